/// pow, floor_divide, remainder, maximum, minimum.
extension Tensor {
    /// `self ** exponent` for a Python number (PowBackward0). Like PyTorch, small integral and
    /// half exponents use exact multiplications or sqrt instead of pow().
    public func pow(_ exponent: Scalar) throws(TensorError) -> Tensor {
        let dt = resultType([PromotionOperand(self), PromotionOperand(exponent)])
        let e = exponent.doubleValue
        if !dt.isFloatingPoint && e < 0 {
            throw .runtime("Integers to negative integer powers are not allowed.")
        }
        let out = try GradMode.withDisabled { () throws(TensorError) -> Tensor in
            let x = try to(dt)
            switch e {
            case 0: return try Tensor.onesLike(x)
            case 1: return try x.cloneData()
            case 2: return try valueUnary(.square, x)
            case 3: return try valueUnary(.square, x).mul(x)
            case 0.5 where dt.isFloatingPoint: return try x.sqrt()
            case -0.5 where dt.isFloatingPoint: return try x.rsqrt()
            case -1 where dt.isFloatingPoint: return try x.reciprocal()
            case -2 where dt.isFloatingPoint: return try valueUnary(.square, x).reciprocal()
            default: return try elementwise(.power, x, .wrapped(exponent), dtype: dt)
            }
        }
        if needsGrad(self) {
            out.setHistory("PowBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in
                if e == 0 { return [try Tensor.zerosLike(self)] }
                return [try g.mul(self.pow(.double(e - 1)).mul(exponent))]
            }
        }
        return out
    }

    /// `self ** exponent` elementwise (PowBackward1).
    public func pow(_ exponent: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, exponent)
        if !dt.isFloatingPoint, try exponent.lt(.int(0)).any().item().boolValue {
            throw .runtime("Integers to negative integer powers are not allowed.")
        }
        let out = try elementwise(.power, self, exponent, dtype: dt)
        if needsGrad(self, exponent) {
            out.setHistory("PowBackward1", [self, exponent], saves: true) { [self, saved = out.detach()] g, need throws(TensorError) in
                let out = saved.reattached()
                return [need[0] ? try reduceGrad(g.mul(exponent).mul(self.pow(exponent.sub(.int(1)))), to: self.shape) : nil,
                 need[1] ? try reduceGrad(g.mul(out.mul(self.log()).masked(self.eq(.int(0)).logicalAnd(exponent.ge(.int(0))))), to: exponent.shape) : nil]
            }
        }
        return out
    }

    /// `base ** self` for a Python number base (PowBackward2).
    public func rpow(_ base: Scalar) throws(TensorError) -> Tensor {
        let out = try GradMode.withDisabled { () throws(TensorError) in try Tensor.wrapped(base).pow(self) }
        if needsGrad(self) {
            out.setHistory("PowBackward2", [self], saves: true) { [saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                return [try g.mul(out.mul(.double(Double.log(base.doubleValue))))]
            }
        }
        return out
    }

    /// Python's `//` (floor division; integer division by zero raises).
    public func floorDivide(_ other: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        try checkIntegerDivisor(other, dt)
        return try elementwise(.floorDivide, self, other, dtype: dt)
    }

    public func floorDivide(_ other: Scalar) throws(TensorError) -> Tensor { try floorDivide(.wrapped(other)) }

    /// Python's `%`: the result takes the divisor's sign (RemainderBackward0).
    public func remainder(_ other: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        try checkIntegerDivisor(other, dt)
        let out = try elementwise(.remainder, self, other, dtype: dt)
        if needsGrad(self, other) {
            out.setHistory("RemainderBackward0", [self, other], saves: true) { [self] g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g, to: self.shape) : nil,
                 need[1] ? try reduceGrad(g.mul(self.floorDivide(other)).neg(), to: other.shape) : nil]
            }
        }
        return out
    }

    public func remainder(_ other: Scalar) throws(TensorError) -> Tensor { try remainder(.wrapped(other)) }

    public func maximum(_ other: Tensor) throws(TensorError) -> Tensor { try extremum(.maximum, "MaximumBackward0", other) }
    public func minimum(_ other: Tensor) throws(TensorError) -> Tensor { try extremum(.minimum, "MinimumBackward0", other) }

    /// Elementwise max/min; where both sides tie, each gets half the gradient, as in PyTorch.
    private func extremum(_ op: ArithOp, _ name: String, _ other: Tensor) throws(TensorError) -> Tensor {
        let out = try elementwise(op, self, other, dtype: resultType(self, other))
        if needsGrad(self, other) {
            out.setHistory(name, [self, other], saves: true) { [self] g, need throws(TensorError) in
                let half = try g.div(.int(2))
                let tie = try self.eq(other)
                let selfWins = op == .maximum ? try self.gt(other) : try self.lt(other)
                let otherWins = op == .maximum ? try self.lt(other) : try self.gt(other)
                let ga = try g.masked(selfWins.logicalNot()).add(half.masked(tie.logicalNot()))
                let gb = try g.masked(otherWins.logicalNot()).add(half.masked(tie.logicalNot()))
                return [need[0] ? try reduceGrad(ga, to: self.shape) : nil,
                        need[1] ? try reduceGrad(gb, to: other.shape) : nil]
            }
        }
        return out
    }

    /// Zero where `mask` is true (a gradient helper; not recorded).
    func masked(_ mask: Tensor) throws(TensorError) -> Tensor {
        try mul(mask.logicalNot())
    }
}

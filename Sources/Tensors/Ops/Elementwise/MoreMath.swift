/// Less common elementwise functions: the rest of libm, fmod, atan2, frac.
extension Tensor {
    /// A floating function whose derivative is `g * d(x, y)`.
    private func mathFunction(_ op: FloatUnaryOp, _ name: String,
                              _ d: @escaping (Tensor, Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        let y = try floatUnary(op, self)
        if needsGrad(self) {
            let usesResult = op == .exp2 || op == .expm1
            y.setHistory(name, [self], saves: true, saved: usesResult ? [] : [self], savesOutput: usesResult) { [self, saved = y.detach()] g, _ throws(TensorError) in
                let y = saved.reattached()
                return [try g.mul(d(self, y))]
            }
        }
        return y
    }

    public func tan() throws(TensorError) -> Tensor {
        try mathFunction(.tan, "TanBackward0") { _, y throws(TensorError) in try y.square().add(.int(1)) }
    }
    public func asin() throws(TensorError) -> Tensor {
        try mathFunction(.asin, "AsinBackward0") { x, _ throws(TensorError) in try x.square().rsub(.int(1)).rsqrt() }
    }
    public func acos() throws(TensorError) -> Tensor {
        try mathFunction(.acos, "AcosBackward0") { x, _ throws(TensorError) in try x.square().rsub(.int(1)).rsqrt().neg() }
    }
    public func atan() throws(TensorError) -> Tensor {
        try mathFunction(.atan, "AtanBackward0") { x, _ throws(TensorError) in try x.square().add(.int(1)).reciprocal() }
    }
    public func sinh() throws(TensorError) -> Tensor {
        try mathFunction(.sinh, "SinhBackward0") { x, _ throws(TensorError) in try x.cosh() }
    }
    public func cosh() throws(TensorError) -> Tensor {
        try mathFunction(.cosh, "CoshBackward0") { x, _ throws(TensorError) in try x.sinh() }
    }
    public func expm1() throws(TensorError) -> Tensor {
        try mathFunction(.expm1, "Expm1Backward0") { _, y throws(TensorError) in try y.add(.int(1)) }
    }
    public func exp2() throws(TensorError) -> Tensor {
        try mathFunction(.exp2, "Exp2Backward0") { _, y throws(TensorError) in try y.mul(.double(Double.log(2))) }
    }
    public func log2() throws(TensorError) -> Tensor {
        try mathFunction(.log2, "Log2Backward0") { x, _ throws(TensorError) in try x.mul(.double(Double.log(2))).reciprocal() }
    }
    public func log10() throws(TensorError) -> Tensor {
        try mathFunction(.log10, "Log10Backward0") { x, _ throws(TensorError) in try x.mul(.double(Double.log(10))).reciprocal() }
    }

    /// C's fmod: the remainder takes the dividend's sign (FmodBackward0).
    public func fmod(_ other: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        try checkIntegerDivisor(other, dt)
        let out = try elementwise(.fmod, self, other, dtype: dt)
        if needsGrad(self, other) {
            out.setHistory("FmodBackward0", [self, other], saves: true) { [self] g, need throws(TensorError) in
                let q = try self.div(other, roundingMode: "trunc")
                return [need[0] ? try reduceGrad(g, to: self.shape) : nil, need[1] ? try reduceGrad(g.mul(q).neg(), to: other.shape) : nil]
            }
        }
        return out
    }

    public func fmod(_ other: Scalar) throws(TensorError) -> Tensor { try fmod(.wrapped(other)) }

    /// `atan2(self, other)` elementwise (Atan2Backward0).
    public func atan2(_ other: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, other).floatingOrDefault
        let (y, x, shape) = try broadcastOperands(self, other, as: dt)
        let out = try Tensor(zerosOf: shape, dtype: dt)
        func k<T: FloatElement>(_: T.Type) { binaryKernel(y, x, into: out) { (a: T, b: T) in T.atan2(a, b) } }
        if dt == .float64 { k(Double.self) } else { k(Float.self) }
        if needsGrad(self, other) {
            out.setHistory("Atan2Backward0", [self, other], saves: true) { [self] g, need throws(TensorError) in
                let denom = try self.square().add(other.square())
                return [need[0] ? try reduceGrad(g.mul(other).div(denom), to: self.shape) : nil,
                        need[1] ? try reduceGrad(g.mul(self).neg().div(denom), to: other.shape) : nil]
            }
        }
        return out
    }

    /// The fractional part, `x - trunc(x)` (FracBackward0).
    public func frac() throws(TensorError) -> Tensor {
        let out = try GradMode.withDisabled { () throws(TensorError) in try sub(trunc()) }
        if needsGrad(self) { out.setHistory("FracBackward0", [self], saves: false) { g, _ in [g] } }
        return out
    }
}

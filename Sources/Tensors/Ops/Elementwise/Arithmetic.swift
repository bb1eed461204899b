/// add, sub, mul, div and their scalar forms: forward kernels, backward formulas, grad_fn names.

/// Elementwise operations computed in the operands' common dtype.
enum ArithOp { case add, sub, mul, floorDivide, remainder, fmod, power, maximum, minimum, bitAnd, bitOr, bitXor }

/// Runs `op` over a and b (already of out's dtype) into out. Bool add and mul are or/and.
func arith(_ op: ArithOp, _ a: Tensor, _ b: Tensor, into out: Tensor) {
    func k<T: TensorElement>(_: T.Type) {
        switch op {
        case .add: binaryKernel(a, b, into: out) { (x: T, y: T) in T.add(x, y) }
        case .sub: binaryKernel(a, b, into: out) { (x: T, y: T) in T.sub(x, y) }
        case .mul: binaryKernel(a, b, into: out) { (x: T, y: T) in T.mul(x, y) }
        case .floorDivide: binaryKernel(a, b, into: out) { (x: T, y: T) in T.floorDivide(x, y) }
        case .remainder: binaryKernel(a, b, into: out) { (x: T, y: T) in T.remainder(x, y) }
        case .fmod: binaryKernel(a, b, into: out) { (x: T, y: T) in T.truncatedRemainder(x, y) }
        case .power: binaryKernel(a, b, into: out) { (x: T, y: T) in T.power(x, y) }
        case .maximum: binaryKernel(a, b, into: out) { (x: T, y: T) in T.maximum(x, y) }
        case .minimum: binaryKernel(a, b, into: out) { (x: T, y: T) in T.minimum(x, y) }
        case .bitAnd: binaryKernel(a, b, into: out) { (x: T, y: T) in T.bitAnd(x, y) }
        case .bitOr: binaryKernel(a, b, into: out) { (x: T, y: T) in T.bitOr(x, y) }
        case .bitXor: binaryKernel(a, b, into: out) { (x: T, y: T) in T.bitXor(x, y) }
        }
    }
    switch out.dtype {
    case .float32: k(Float.self)
    case .float64: k(Double.self)
    case .int64: k(Int64.self)
    case .int32: k(Int32.self)
    case .uint8: k(UInt8.self)
    case .bool:
        // Bools are 0/1 bytes: sum and product become or and and.
        let boolOp: ArithOp = op == .add ? .bitOr : (op == .mul ? .bitAnd : op)
        if boolOp == op { k(UInt8.self) } else { arith(boolOp, a, b, into: out) }
    }
}

/// Computes `op` in `dtype` over the broadcast of a and b into a new tensor.
func elementwise(_ op: ArithOp, _ a: Tensor, _ b: Tensor, dtype: DType) throws(TensorError) -> Tensor {
    let (x, y, shape) = try broadcastOperands(a, b, as: dtype)
    let out = try Tensor(uninitializedOf: shape, dtype: dtype)
    splitElementwise([x, y], into: out) { inputs, out in arith(op, inputs[0], inputs[1], into: out) }
    return out
}

extension Tensor {
    /// `self + alpha * other` (AddBackward0).
    public func add(_ other: Tensor, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        try checkAlpha(alpha, dt)
        let b = alpha == .int(1) ? other : try other.mul(.wrapped(alpha))
        let out = try elementwise(.add, self, b, dtype: dt)
        if needsGrad(self, other) {
            let (sa, sb) = (shape, other.shape)
            out.setHistory("AddBackward0", [self, other], saves: false) { g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g, to: sa) : nil,
                 need[1] ? try reduceGrad(alpha == .int(1) ? g : g.mul(.wrapped(alpha)), to: sb) : nil]
            }
        }
        return out
    }

    public func add(_ other: Scalar, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try add(.wrapped(other), alpha: alpha)
    }

    /// `self - alpha * other` (SubBackward0).
    public func sub(_ other: Tensor, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        if dt == .bool {
            throw .notImplemented("Subtraction, the `-` operator, with two bool tensors is not supported. Use the `^` or `logical_xor()` operator instead.")
        }
        try checkAlpha(alpha, dt)
        let b = alpha == .int(1) ? other : try other.mul(.wrapped(alpha))
        let out = try elementwise(.sub, self, b, dtype: dt)
        if needsGrad(self, other) {
            let (sa, sb) = (shape, other.shape)
            out.setHistory("SubBackward0", [self, other], saves: false) { g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g, to: sa) : nil,
                 need[1] ? try reduceGrad(g.mul(.wrapped(alpha)).neg(), to: sb) : nil]
            }
        }
        return out
    }

    public func sub(_ other: Scalar, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try sub(.wrapped(other), alpha: alpha)
    }

    /// `other - self` for a Python number on the left (RsubBackward1).
    public func rsub(_ other: Scalar) throws(TensorError) -> Tensor {
        let out = try GradMode.withDisabled { () throws(TensorError) in try Tensor.wrapped(other).sub(self) }
        if needsGrad(self) {
            out.setHistory("RsubBackward1", [self], saves: false) { g, _ throws(TensorError) in [try g.neg()] }
        }
        return out
    }

    /// Elementwise product (MulBackward0).
    public func mul(_ other: Tensor) throws(TensorError) -> Tensor {
        let out = try elementwise(.mul, self, other, dtype: resultType(self, other))
        if needsGrad(self, other) {
            // Each side is kept only when the other side needs its gradient.
            let kept = (other.requiresGrad ? [self] : []) + (requiresGrad ? [other] : [])
            out.setHistory("MulBackward0", [self, other], saves: true, saved: kept) { [self] g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g.mul(other), to: self.shape) : nil,
                 need[1] ? try reduceGrad(g.mul(self), to: other.shape) : nil]
            }
        }
        return out
    }

    public func mul(_ other: Scalar) throws(TensorError) -> Tensor { try mul(.wrapped(other)) }

    /// True division; integer inputs give float32 (DivBackward0). `roundingMode` "trunc" or
    /// "floor" keeps integer dtypes, as torch.div.
    public func div(_ other: Tensor, roundingMode: String? = nil) throws(TensorError) -> Tensor {
        let common = resultType(self, other)
        switch roundingMode {
        case nil: break
        case "floor": return try floorDivide(other)
        case "trunc":
            if common.isFloatingPoint { return try div(other).trunc() }
            try checkIntegerDivisor(other, common)
            let q = try div(other).trunc()
            return try q.to(common)
        case let mode?:
            throw .value("div expected rounding_mode to be one of None, 'trunc', or 'floor' but found '\(mode)'")
        }
        let dt = common.floatingOrDefault
        let (x, y, shape) = try broadcastOperands(self, other, as: dt)
        let out = try Tensor(zerosOf: shape, dtype: dt)
        func k<T: FloatElement>(_: T.Type) { binaryKernel(x, y, into: out) { (p: T, q: T) in p / q } }
        if dt == .float64 { k(Double.self) } else { k(Float.self) }
        if needsGrad(self, other) {
            out.setHistory("DivBackward0", [self, other], saves: true, saved: (other.requiresGrad ? [self] : []) + [other]) { [self] g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g.div(other), to: self.shape) : nil,
                 need[1] ? try reduceGrad(g.neg().mul(self).div(other.mul(other)), to: other.shape) : nil]
            }
        }
        return out
    }

    public func div(_ other: Scalar, roundingMode: String? = nil) throws(TensorError) -> Tensor {
        try div(.wrapped(other), roundingMode: roundingMode)
    }

    /// `other / self` for a Python number on the left: PyTorch computes reciprocal() * other.
    public func rdiv(_ other: Scalar) throws(TensorError) -> Tensor {
        try reciprocal().mul(other)
    }

    private func checkAlpha(_ alpha: Scalar, _ dt: DType) throws(TensorError) {
        if alpha.isFloatingPoint && !dt.isFloatingPoint {
            throw .runtime("For integral input tensors, argument alpha must not be a floating point number.")
        }
    }
}

/// Integer division by zero raises in PyTorch instead of producing garbage.
func checkIntegerDivisor(_ divisor: Tensor, _ dt: DType) throws(TensorError) {
    guard !dt.isFloatingPoint else { return }
    if try divisor.int64s().contains(0) { throw .runtime("ZeroDivisionError") }
}

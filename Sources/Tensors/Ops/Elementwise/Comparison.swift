/// Comparisons (→ bool), logical and bitwise operations.

enum CompareOp { case eq, ne, lt, le, gt, ge }

func compare(_ op: CompareOp, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
    let (x, y, shape) = try broadcastOperands(a, b, as: resultType(a, b))
    let out = try Tensor(zerosOf: shape, dtype: .bool)
    func k<T: TensorElement>(_: T.Type) {
        switch op {
        case .eq: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p == q ? 1 : 0 }
        case .ne: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p != q ? 1 : 0 }
        case .lt: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p < q ? 1 : 0 }
        case .le: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p <= q ? 1 : 0 }
        case .gt: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p > q ? 1 : 0 }
        case .ge: binaryKernel(x, y, into: out) { (p: T, q: T) -> UInt8 in p >= q ? 1 : 0 }
        }
    }
    switch x.dtype {
    case .float32: k(Float.self)
    case .float64: k(Double.self)
    case .int64: k(Int64.self)
    case .int32: k(Int32.self)
    case .uint8, .bool: k(UInt8.self)
    }
    return out
}

extension Tensor {
    public func eq(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.eq, self, o) }
    public func ne(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.ne, self, o) }
    public func lt(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.lt, self, o) }
    public func le(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.le, self, o) }
    public func gt(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.gt, self, o) }
    public func ge(_ o: Tensor) throws(TensorError) -> Tensor { try compare(.ge, self, o) }
    public func eq(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.eq, self, .wrapped(o)) }
    public func ne(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.ne, self, .wrapped(o)) }
    public func lt(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.lt, self, .wrapped(o)) }
    public func le(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.le, self, .wrapped(o)) }
    public func gt(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.gt, self, .wrapped(o)) }
    public func ge(_ o: Scalar) throws(TensorError) -> Tensor { try compare(.ge, self, .wrapped(o)) }

    /// PyTorch's `equal`: same shape and same values.
    public func equal(_ o: Tensor) throws(TensorError) -> Bool {
        guard shape == o.shape else { return false }
        return try eq(o).all().item().boolValue
    }

    public func logicalAnd(_ o: Tensor) throws(TensorError) -> Tensor { try logical(.bitAnd, o) }
    public func logicalOr(_ o: Tensor) throws(TensorError) -> Tensor { try logical(.bitOr, o) }
    public func logicalXor(_ o: Tensor) throws(TensorError) -> Tensor { try logical(.bitXor, o) }
    public func logicalNot() throws(TensorError) -> Tensor { try eq(.int(0)) }

    private func logical(_ op: ArithOp, _ o: Tensor) throws(TensorError) -> Tensor {
        try elementwise(op, to(.bool), o.to(.bool), dtype: .bool)
    }

    public func bitwiseAnd(_ o: Tensor) throws(TensorError) -> Tensor { try bitwise(.bitAnd, "bitwise_and_cpu", o) }
    public func bitwiseOr(_ o: Tensor) throws(TensorError) -> Tensor { try bitwise(.bitOr, "bitwise_or_cpu", o) }
    public func bitwiseXor(_ o: Tensor) throws(TensorError) -> Tensor { try bitwise(.bitXor, "bitwise_xor_cpu", o) }
    public func bitwiseAnd(_ o: Scalar) throws(TensorError) -> Tensor { try bitwiseAnd(.wrapped(o)) }
    public func bitwiseOr(_ o: Scalar) throws(TensorError) -> Tensor { try bitwiseOr(.wrapped(o)) }
    public func bitwiseXor(_ o: Scalar) throws(TensorError) -> Tensor { try bitwiseXor(.wrapped(o)) }

    private func bitwise(_ op: ArithOp, _ kernel: String, _ o: Tensor) throws(TensorError) -> Tensor {
        let dt = resultType(self, o)
        if dt.isFloatingPoint { throw .notImplemented("\"\(kernel)\" not implemented for '\(dt.scalarTypeName)'") }
        return try elementwise(op, self, o, dtype: dt)
    }

    /// `~x`: logical not on bool, bitwise not on integers.
    public func bitwiseNot() throws(TensorError) -> Tensor {
        if dtype == .bool { return try logicalNot() }
        if dtype.isFloatingPoint {
            throw .type("~ (operator.invert) is only implemented on integer and Boolean-type tensors")
        }
        return try elementwise(.bitXor, self, .wrapped(.int(-1), dtype: dtype), dtype: dtype)
    }
}

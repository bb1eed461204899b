/// Reading values out: item(), flat element access, and row-major arrays that the Bindings
/// layer turns into Python lists.
extension Tensor {
    /// PyTorch's `item()`.
    public func item() throws(TensorError) -> Scalar {
        guard numel == 1 else {
            throw .runtime("a Tensor with \(numel) elements cannot be converted to Scalar")
        }
        return scalarAt(offset: 0, in: self)
    }

    /// The element at row-major position `index` (0 ..< numel).
    public func element(at index: Int) throws(TensorError) -> Scalar {
        let n = numel
        guard index >= 0 && index < n else {
            throw .index("index \(index) is out of bounds for size \(n)")
        }
        var rest = index, offset = 0
        for d in Swift.stride(from: dim - 1, through: 0, by: -1) {
            offset += (rest % shape[d]) * strides[d]
            rest /= shape[d]
        }
        return scalarAt(offset: offset, in: self)
    }

    /// All elements in row-major order as Python numbers of this dtype's kind.
    public func scalars() throws(TensorError) -> [Scalar] {
        switch dtype {
        case .float32, .float64: return try doubles().map { .double($0) }
        case .bool: return try int64s().map { .bool($0 != 0) }
        default: return try int64s().map { .int($0) }
        }
    }

    public func doubles() throws(TensorError) -> [Double] {
        let c = try contiguousData(dtype: .float64)
        return Array(UnsafeBufferPointer(start: c.pointer(Double.self), count: c.numel))
    }

    public func int64s() throws(TensorError) -> [Int64] {
        let c = try contiguousData(dtype: .int64)
        return Array(UnsafeBufferPointer(start: c.pointer(Int64.self), count: c.numel))
    }

    public func floats() throws(TensorError) -> [Float] {
        let c = try contiguousData(dtype: .float32)
        return Array(UnsafeBufferPointer(start: c.pointer(Float.self), count: c.numel))
    }
}

private func scalarAt(offset: Int, in t: Tensor) -> Scalar {
    switch t.dtype {
    case .float32: return .double(Double(t.pointer(Float.self)[offset]))
    case .float64: return .double(t.pointer(Double.self)[offset])
    case .int64: return .int(t.pointer(Int64.self)[offset])
    case .int32: return .int(Int64(t.pointer(Int32.self)[offset]))
    case .uint8: return .int(Int64(t.pointer(UInt8.self)[offset]))
    case .bool: return .bool(t.pointer(UInt8.self)[offset] != 0)
    }
}

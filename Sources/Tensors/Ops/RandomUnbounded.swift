extension Tensor {
    /// PyTorch's `random_()` without bounds: integers in [0, 2^mantissa] for floats and
    /// [0, max] for integer dtypes, drawn as PyTorch draws them.
    @discardableResult
    public func random_(generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try checkInPlace()
        let target = try Tensor(zerosOf: shape, dtype: dtype == .float32 ? .float32 : (dtype == .float64 ? .float64 : .int64))
        let n = numel
        switch target.dtype {
        case .float32: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Float.self), count: n))
        case .float64: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Double.self), count: n))
        default: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Int64.self), count: n))
        }
        copyElements(from: target, into: self)
        storage.version += 1
        return self
    }
}

/// The `out=` argument of torch functions: the result is written into a given tensor.
extension Tensor {
    /// Writes `result` of `op` into this tensor, as PyTorch's out= variants do: no autograd
    /// through them, a result dtype the output can hold, and the output resized to the result's
    /// shape when they differ (PyTorch deprecates resizing a non-empty output, but does it).
    public func assignOutput(_ result: Tensor, op: String) throws(TensorError) {
        if GradMode.isEnabled && (result.requiresGrad || requiresGrad) {
            throw .runtime("\(op)(): functions with out=... arguments don't support automatic differentiation, but one of the arguments requires grad.")
        }
        guard canCast(result.dtype, to: dtype) else {
            throw .runtime("result type \(result.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        if shape != result.shape { try resizeContiguous(result.shape) }
        copyElements(from: result, into: self)
        storage.version += 1
    }

    /// `resize_`: a contiguous shape over the same storage, grown (its old bytes kept) when too small.
    func resizeContiguous(_ newShape: [Int]) throws(TensorError) {
        let n = try checkedNumel(newShape)
        let (elements, o1) = storageOffset.addingReportingOverflow(n)
        let (bytes, o2) = elements.multipliedReportingOverflow(by: dtype.itemSize)
        if o1 || o2 { throw .runtime("numel: integer multiplication overflow") }
        if bytes > storage.byteCount {
            let grown = try Storage(byteCount: bytes)
            grown.bytes.copyMemory(from: storage.bytes, byteCount: storage.byteCount)
            storage = grown
        }
        shape = newShape
        strides = contiguousStrides(newShape)
    }
}

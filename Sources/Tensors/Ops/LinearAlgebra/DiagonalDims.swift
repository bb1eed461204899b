/// diagonal(offset, dim1, dim2) of any tensor: a view, as PyTorch's.
extension Tensor {
    /// PyTorch's `diagonal(offset, dim1, dim2)` (DiagonalBackward0): the two dims are removed
    /// and their diagonal becomes the last dimension.
    public func diagonal(offset: Int = 0, dim1: Int = 0, dim2: Int = 1) throws(TensorError) -> Tensor {
        let (d1, d2) = (try normalizeDim(dim1, dim), try normalizeDim(dim2, dim))
        guard d1 != d2 else { throw .runtime("diagonal dimensions cannot be identical \(dim1), \(dim2)") }
        let count = Swift.max(0, offset >= 0 ? Swift.min(shape[d1], shape[d2] - offset) : Swift.min(shape[d1] + offset, shape[d2]))
        let start = count == 0 ? 0 : (offset >= 0 ? offset * strides[d2] : -offset * strides[d1])
        let keep = (0..<dim).filter { $0 != d1 && $0 != d2 }
        let view = aliased(shape: keep.map { shape[$0] } + [count], strides: keep.map { strides[$0] } + [strides[d1] + strides[d2]],
                           offset: storageOffset + start)
        let inShape = shape
        return recordView(view, "DiagonalBackward0") { g throws(TensorError) in
            try Tensor.embed(g, into: inShape) { z throws(TensorError) in try z.diagonal(offset: offset, dim1: d1, dim2: d2) }
        }
    }
}

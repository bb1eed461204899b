/// diag and trace.
extension Tensor {
    /// PyTorch's `diag(diagonal)`: a 1-D tensor becomes a square matrix with it on a diagonal;
    /// a matrix gives that diagonal as a 1-D tensor (DiagEmbedBackward0 / DiagonalBackward0_copy,
    /// PyTorch 2.15's names).
    public func diag(_ diagonal: Int = 0) throws(TensorError) -> Tensor {
        switch dim {
        case 1:
            let n = shape[0] + Swift.abs(diagonal)
            let out = try Tensor.zeros([n, n], dtype: dtype)
            copyElements(from: self, into: out.diagonalView(diagonal))
            if needsGrad(self) {
                out.setHistory("DiagEmbedBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.diagonalView(diagonal).cloneData()] }
            }
            return out
        case 2:
            let out = try diagonalView(diagonal).cloneData()
            if needsGrad(self) {
                let inShape = shape
                out.setHistory("DiagonalBackward0_copy", [self], saves: false) { g, _ throws(TensorError) in
                    [try Tensor.embed(g, into: inShape) { z in z.diagonalView(diagonal) }]
                }
            }
            return out
        default:
            throw .runtime("diag(): Supports 1D or 2D tensors. Got \(dim)D")
        }
    }

    /// The elements (i, i + k) of a matrix as a strided view (not recorded).
    func diagonalView(_ k: Int) -> Tensor {
        let (rows, cols) = (shape[0], shape[1])
        let start = k >= 0 ? k * strides[1] : -k * strides[0]
        let count = Swift.max(0, k >= 0 ? Swift.min(rows, cols - k) : Swift.min(rows + k, cols))
        return aliased(shape: [count], strides: [strides[0] + strides[1]], offset: storageOffset + (count > 0 ? start : 0))
    }

    /// PyTorch's `trace()`: the sum of the main diagonal (TraceBackward0).
    public func trace() throws(TensorError) -> Tensor {
        guard dim == 2 else { throw .runtime("trace: expected a matrix, but got tensor with dim \(dim)") }
        let out = try GradMode.withDisabled { () throws(TensorError) in try diagonalView(0).sum() }
        if needsGrad(self) {
            let inShape = shape
            out.setHistory("TraceBackward0", [self], saves: false) { g, _ throws(TensorError) in
                [try Tensor.embed(g.expand([Swift.min(inShape[0], inShape[1])]), into: inShape) { z in z.diagonalView(0) }]
            }
        }
        return out
    }
}

/// rot90, block_diag, unfold and tril_indices/triu_indices.
extension Tensor {
    /// PyTorch's `rot90(k, dims)` (Rot90Backward0): k quarter turns from dims[0] towards dims[1].
    public func rot90(_ k: Int = 1, dims: [Int] = [0, 1]) throws(TensorError) -> Tensor {
        guard dims.count == 2 else { throw .runtime("expected total rotation dims == 2, but got dims = \(dims.count)") }
        guard dim >= 2 else { throw .runtime("expected total dims >= 2, but got total dims = \(dim)") }
        let (d0, d1) = (try normalizeDim(dims[0], dim), try normalizeDim(dims[1], dim))
        guard d0 != d1 else { throw .runtime("expected rotation dims to be different, but got dim0 = \(d0) and dim1 = \(d1)") }
        let turns = ((k % 4) + 4) % 4
        return try Tensor.composite("Rot90Backward0", [self]) { t throws(TensorError) in
            switch turns {
            case 1: return try t[0].flip([d1]).transpose(d0, d1)
            case 2: return try t[0].flip([d0, d1])
            case 3: return try t[0].flip([d0]).transpose(d0, d1)
            default: return try t[0].clone()
            }
        }
    }

    /// PyTorch's `block_diag(*tensors)` (BlockDiagBackward0): the tensors (0-d and 1-D ones as
    /// rows) along the diagonal of a zero matrix.
    public static func blockDiag(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        let blocks = try tensors.enumerated().map { (i, t) throws(TensorError) -> Tensor in
            switch t.dim {
            case 0: return try t.reshape([1, 1])
            case 1: return try t.reshape([1, t.numel])
            case 2: return t
            default: throw .runtime("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input \(i) has \(t.dim) dimensions")
            }
        }
        let width = blocks.reduce(0) { $0 + $1.shape[1] }
        let dt = blocks.reduce(blocks.first?.dtype ?? .float32) { DType.promote($0, $1.dtype) }
        guard !blocks.isEmpty else { return try Tensor.zeros([0, 0], dtype: dt) }
        return try composite("BlockDiagBackward0", blocks) { bs throws(TensorError) in
            var column = 0
            var rows: [Tensor] = []
            for b in bs {
                rows.append(try b.to(dt).constantPad([column, width - column - b.shape[1]]))
                column += b.shape[1]
            }
            return try cat(rows, dim: 0)
        }
    }

    /// PyTorch's `unfold(dimension, size, step)` (UnfoldBackward0): the windows of `size`
    /// elements every `step` along a dimension, as a new last dimension (a view).
    public func unfold(_ dimension: Int, size: Int, step: Int) throws(TensorError) -> Tensor {
        let d = try normalizeDim(dimension, dim)
        let length = dim == 0 ? 1 : shape[d]
        guard size <= length else { throw .runtime("maximum size for tensor at dimension \(d) is \(length) but size is \(size)") }
        guard step > 0 else { throw .runtime("step is \(step) but must be > 0") }
        let count = (length - size) / step + 1
        let inner = dim == 0 ? 1 : strides[d]
        var outShape = shape, outStrides = strides
        if dim > 0 {
            outShape[d] = count
            outStrides[d] = inner * step
        }
        let view = aliased(shape: outShape + [size], strides: outStrides + [inner], offset: storageOffset)
        let inShape = shape
        return recordView(view, "UnfoldBackward0") { g throws(TensorError) in
            // Windows overlap when step < size, so their gradients add up.
            let z = try Tensor.zeros(inShape, dtype: g.dtype)
            guard inShape.count > 0 else { return try g.reshape([]) }
            for i in 0..<count {
                try z.narrow(d, i * step, size).addInPlaceUnchecked(g.select(d, i).movedim(-1, d))
            }
            return z
        }
    }

    /// PyTorch's `tril_indices(row, col, offset)` / `triu_indices`: the 2×N coordinates of
    /// the lower (upper) triangle in row-major order.
    public static func triangleIndices(_ rows: Int, _ cols: Int, offset: Int, lower: Bool) throws(TensorError) -> Tensor {
        guard rows >= 0 else { throw .runtime("row must be non-negative, got\(rows)") }
        guard cols >= 0 else { throw .runtime("col must be non-negative, got\(cols)") }
        func inside(_ i: Int, _ j: Int) -> Bool { lower ? j - i <= offset : j - i >= offset }
        var count = 0
        for i in 0..<rows { count += (0..<cols).filter { inside(i, $0) }.count }
        let out = try Tensor(zerosOf: [2, count], dtype: .int64)
        let p = out.pointer(Int64.self)
        var k = 0
        for i in 0..<rows {
            for j in 0..<cols where inside(i, j) {
                p[k] = Int64(i)
                p[count + k] = Int64(j)
                k += 1
            }
        }
        return out
    }
}

/// tensor_split, hsplit/vsplit/dsplit, column_stack/dstack: NumPy-style splitting and stacking.
extension Tensor {
    /// PyTorch's `tensor_split(sections, dim)`: `sections` nearly equal slices, the first
    /// `size % sections` one element longer (SliceBackward0 each).
    public func tensorSplit(sections: Int, dim: Int = 0) throws(TensorError) -> [Tensor] {
        try requireSplittable()
        guard sections > 0 else { throw .runtime("number of sections must be larger than 0, got \(sections)") }
        let d = try normalizeDim(dim, self.dim)
        let (q, r) = (shape[d] / sections, shape[d] % sections)
        var start = 0
        return try (0..<sections).map { i throws(TensorError) in
            let n = q + (i < r ? 1 : 0)
            defer { start += n }
            return try slice(d, start: start, end: start + n)
        }
    }

    /// PyTorch's `tensor_split(indices, dim)`: slices between consecutive split points.
    public func tensorSplit(indices: [Int], dim: Int = 0) throws(TensorError) -> [Tensor] {
        try requireSplittable()
        let d = try normalizeDim(dim, self.dim)
        var start = 0
        var parts: [Tensor] = []
        for i in indices + [shape[d]] {
            parts.append(try slice(d, start: start, end: i))
            start = i
        }
        return parts
    }

    private func requireSplittable() throws(TensorError) {
        guard dim > 0 else {
            throw .runtime("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims")
        }
    }

    /// PyTorch's `hsplit`, `vsplit`, `dsplit` with a number of equal parts.
    public func numpySplit(_ name: String, sections: Int) throws(TensorError) -> [Tensor] {
        let d = try numpySplitDim(name)
        guard sections != 0, shape[d] % sections == 0 else {
            throw .runtime("torch.\(name) attempted to split along dimension \(d), but the size of the dimension \(shape[d]) is not divisible by the split_size \(sections)!")
        }
        return try tensorSplit(sections: sections, dim: d)
    }

    /// PyTorch's `hsplit`, `vsplit`, `dsplit` at indices.
    public func numpySplit(_ name: String, indices: [Int]) throws(TensorError) -> [Tensor] {
        try tensorSplit(indices: indices, dim: try numpySplitDim(name))
    }

    private func numpySplitDim(_ name: String) throws(TensorError) -> Int {
        let (needed, d) = name == "hsplit" ? (1, dim == 1 ? 0 : 1) : (name == "vsplit" ? (2, 0) : (3, 2))
        guard dim >= needed else {
            throw .runtime("torch.\(name) requires a tensor with at least \(needed) dimension, but got a tensor with \(dim) dimensions!")
        }
        return d
    }

    /// PyTorch's `column_stack`: 0-d and 1-D tensors become columns, then hstack.
    public static func columnStack(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        try hstack(tensors.map { t throws(TensorError) in t.dim <= 1 ? try t.reshape([t.numel, 1]) : t })
    }

    /// PyTorch's `dstack`: tensors made at least 3-D (NumPy's atleast_3d), joined along dim 2.
    public static func dstack(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        try cat(tensors.map { t throws(TensorError) in
            switch t.dim {
            case 0: return try t.reshape([1, 1, 1])
            case 1: return try t.reshape([1, t.shape[0], 1])
            case 2: return try t.unsqueeze(2)
            default: return t
            }
        }, dim: 2)
    }
}

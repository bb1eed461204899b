/// cat, stack, split, chunk, unbind.
extension Tensor {
    /// PyTorch's `torch.cat(tensors, dim)` (CatBackward0). Legacy empty 1-D tensors are skipped.
    public static func cat(_ tensors: [Tensor], dim: Int = 0) throws(TensorError) -> Tensor {
        guard !tensors.isEmpty else { throw .runtime("torch.cat(): expected a non-empty list of Tensors") }
        let parts = tensors.filter { !($0.dim == 1 && $0.shape[0] == 0) }
        guard let first = parts.first else { return try tensors[0].cloneData() }
        for t in parts where t.dim == 0 {
            throw .runtime("zero-dimensional tensor (at position \(tensors.firstIndex { $0 === t } ?? 0)) cannot be concatenated")
        }
        let d = try normalizeDim(dim, first.dim)
        var outShape = first.shape
        outShape[d] = 0
        var dt = first.dtype
        for (i, t) in tensors.enumerated() where !(t.dim == 1 && t.shape[0] == 0) {
            guard t.dim == first.dim else {
                throw .runtime("Tensors must have same number of dimensions: got \(first.dim) and \(t.dim)")
            }
            for k in 0..<t.dim where k != d && t.shape[k] != first.shape[k] {
                throw .runtime("Sizes of tensors must match except in dimension \(d). Expected size \(first.shape[k]) but got size \(t.shape[k]) for tensor number \(i) in the list.")
            }
            outShape[d] += t.shape[d]
            dt = DType.promote(dt, t.dtype)
        }
        let out = try Tensor(zerosOf: outShape, dtype: dt)
        var offset = 0
        var ranges: [(Int, Int)] = []
        for t in parts {
            copyElements(from: t, into: out.sliceView(d, offset, offset + t.shape[d], 1))
            ranges.append((offset, t.shape[d]))
            offset += t.shape[d]
        }
        if needsGrad(parts) {
            out.setHistory("CatBackward0", parts, saves: false) { g, need throws(TensorError) in
                var grads: [Tensor?] = []
                for (i, (s, n)) in ranges.enumerated() { grads.append(need[i] ? try g.narrow(d, s, n) : nil) }
                return grads
            }
        }
        return out
    }

    /// PyTorch's `torch.stack(tensors, dim)` (StackBackward0).
    public static func stack(_ tensors: [Tensor], dim: Int = 0) throws(TensorError) -> Tensor {
        guard let first = tensors.first else { throw .runtime("stack expects a non-empty TensorList") }
        for (i, t) in tensors.enumerated() where t.shape != first.shape {
            throw .runtime("stack expects each tensor to be equal size, but got \(shapeString(first.shape)) at entry 0 and \(shapeString(t.shape)) at entry \(i)")
        }
        let d = try normalizeDim(dim, first.dim + 1)
        let out = try GradMode.withDisabled { () throws(TensorError) in
            try cat(tensors.map { t throws(TensorError) in try t.unsqueeze(d) }, dim: d)
        }
        if needsGrad(tensors) {
            out.setHistory("StackBackward0", tensors, saves: false) { g, need throws(TensorError) in
                var grads: [Tensor?] = []
                for i in tensors.indices { grads.append(need[i] ? try g.select(d, i) : nil) }
                return grads
            }
        }
        return out
    }

    /// PyTorch's `split(split_size, dim)`: pieces of `size` (the last may be shorter).
    public func split(_ size: Int, dim: Int = 0) throws(TensorError) -> [Tensor] {
        let d = try checkedDim(dim)
        let n = shape[d]
        if size == 0 && n != 0 {
            throw .runtime("split_size can only be 0 if dimension size is 0, but got dimension size of \(n)")
        }
        guard size >= 0 else { throw .runtime("split expects split_size be non-negative, but got split_size=\(size)") }
        if size == 0 { return [self] }
        let sizes = Swift.stride(from: 0, to: Swift.max(n, 1), by: size).map { Swift.min(size, n - $0) }
        return try pieces(d, sizes, "SplitBackward0")
    }

    /// PyTorch's `split([sizes], dim)` (SplitWithSizesBackward0).
    public func split(sizes: [Int], dim: Int = 0) throws(TensorError) -> [Tensor] {
        let d = try checkedDim(dim)
        guard sizes.reduce(0, +) == shape[d], sizes.allSatisfy({ $0 >= 0 }) else {
            throw .runtime("split_with_sizes expects split_sizes to sum exactly to \(shape[d]) (input tensor's size at dimension \(d)), but got split_sizes=\(shapeString(sizes))")
        }
        return try pieces(d, sizes, "SplitWithSizesBackward0")
    }

    /// PyTorch's `chunk(chunks, dim)`: split into pieces of ceil(size / chunks).
    public func chunk(_ chunks: Int, dim: Int = 0) throws(TensorError) -> [Tensor] {
        guard chunks > 0 else { throw .runtime("chunk expects `chunks` to be greater than 0, got: \(chunks)") }
        let d = try checkedDim(dim)
        return try split(Swift.max((shape[d] + chunks - 1) / chunks, shape[d] == 0 ? 0 : 1), dim: d)
    }

    private func pieces(_ d: Int, _ sizes: [Int], _ name: String) throws(TensorError) -> [Tensor] {
        var out: [Tensor] = []
        var start = 0
        let inShape = shape
        for n in sizes {
            let s = start
            out.append(recordView(sliceView(d, s, s + n, 1), name) { g throws(TensorError) in
                try Tensor.embed(g, into: inShape) { z in z.sliceView(d, s, s + n, 1) }
            })
            start += n
        }
        return out
    }

    /// PyTorch's `unbind(dim)` (UnbindBackward0).
    public func unbind(dim: Int = 0) throws(TensorError) -> [Tensor] {
        let d = try checkedDim(dim)
        return (0..<shape[d]).map { recordSelect(d, $0, "UnbindBackward0") }
    }
}

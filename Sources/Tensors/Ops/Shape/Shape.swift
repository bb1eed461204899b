/// Views that rearrange shape and strides without copying: view/reshape, squeeze/unsqueeze,
/// transpose/permute/t, expand. Each records its PyTorch node.
extension Tensor {
    /// Records a view node whose backward maps the output gradient to the input's shape.
    func recordView(_ out: Tensor, _ name: String, _ backward: @escaping (Tensor) throws(TensorError) -> Tensor) -> Tensor {
        if needsGrad(self) { out.setHistory(name, [self], saves: false) { g, _ throws(TensorError) in [try backward(g)] } }
        return out
    }

    /// The view with dimensions reordered (no checks, not recorded).
    func permutedView(_ perm: [Int]) -> Tensor {
        aliased(shape: perm.map { shape[$0] }, strides: perm.map { strides[$0] }, offset: storageOffset)
    }

    /// Resolves a single -1 and checks the element count, with PyTorch's messages.
    func inferShape(_ requested: [Int]) throws(TensorError) -> [Int] {
        var inferred: Int?
        var known = 1
        for (i, s) in requested.enumerated() {
            if s == -1 {
                if inferred != nil { throw .runtime("only one dimension can be inferred") }
                inferred = i
            } else if s < 0 {
                throw .runtime("invalid shape dimension \(s) at index \(i) of shape \(shapeString(requested))")
            } else {
                known = known.multipliedReportingOverflow(by: s).partialValue
            }
        }
        let n = numel
        var out = requested
        if let i = inferred {
            if known == 0 {
                if n == 0 {
                    throw .runtime("cannot reshape tensor of 0 elements into shape \(shapeString(requested)) because the unspecified dimension size -1 can be any value and is ambiguous")
                }
            } else if n % known == 0 {
                out[i] = n / known
                return out
            }
        } else if known == n {
            return out
        }
        throw .runtime("shape '\(shapeString(requested))' is invalid for input of size \(n)")
    }

    /// Strides for viewing this tensor as `newShape`, or nil when the memory layout does not
    /// allow it (PyTorch's computeStride).
    func viewStrides(_ newShape: [Int]) -> [Int]? {
        if numel == 0 || shape.isEmpty { return contiguousStrides(newShape) }
        var newStrides = [Int](repeating: 0, count: newShape.count)
        var viewD = newShape.count - 1
        var chunkBase = strides[strides.count - 1]
        var tensorNumel = 1, viewNumel = 1
        for d in Swift.stride(from: dim - 1, through: 0, by: -1) {
            tensorNumel *= shape[d]
            if d == 0 || (shape[d - 1] != 1 && strides[d - 1] != tensorNumel * chunkBase) {
                while viewD >= 0 && (viewNumel < tensorNumel || newShape[viewD] == 1) {
                    newStrides[viewD] = viewNumel * chunkBase
                    viewNumel *= newShape[viewD]
                    viewD -= 1
                }
                if viewNumel != tensorNumel { return nil }
                if d > 0 {
                    chunkBase = strides[d - 1]
                    tensorNumel = 1
                    viewNumel = 1
                }
            }
        }
        return viewD == -1 ? newStrides : nil
    }

    /// PyTorch's `view` (ViewBackward0).
    public func view(_ newShape: [Int]) throws(TensorError) -> Tensor {
        let target = try inferShape(newShape)
        guard let st = viewStrides(target) else {
            throw .runtime("view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.")
        }
        let inShape = shape
        return recordView(aliased(shape: target, strides: st, offset: storageOffset), "ViewBackward0") { g throws(TensorError) in
            try g.reshape(inShape)
        }
    }

    /// PyTorch's `reshape`: a view when the layout allows, else a copy.
    public func reshape(_ newShape: [Int]) throws(TensorError) -> Tensor {
        let target = try inferShape(newShape)
        if viewStrides(target) != nil { return try view(target) }
        let copy = try clone()
        let inShape = shape
        let out = copy.aliased(shape: target, strides: contiguousStrides(target), offset: 0)
        out.viewBase = nil
        return copy.recordView(out, "UnsafeViewBackward0") { g throws(TensorError) in try g.reshape(inShape) }
    }

    public func viewAs(_ other: Tensor) throws(TensorError) -> Tensor { try view(other.shape) }
    public func reshapeAs(_ other: Tensor) throws(TensorError) -> Tensor { try reshape(other.shape) }

    /// PyTorch's `flatten(start_dim, end_dim)`.
    public func flatten(startDim: Int = 0, endDim: Int = -1) throws(TensorError) -> Tensor {
        let s = try normalizeDim(startDim, dim), e = try normalizeDim(endDim, dim)
        if s > e { throw .runtime("flatten() has invalid args: start_dim cannot come after end_dim") }
        if dim == 0 { return try reshape([1]) }
        if s == e { return self }
        let merged = shape[s...e].reduce(1, *)
        return try reshape(Array(shape[..<s]) + [merged] + Array(shape[(e + 1)...]))
    }

    /// PyTorch's `squeeze()` (SqueezeBackward0) and `squeeze(dim)` (SqueezeBackward1).
    public func squeeze(dim d: Int? = nil) throws(TensorError) -> Tensor {
        try squeeze(dim: d, nodeName: d == nil ? "SqueezeBackward0" : "SqueezeBackward1")
    }

    func squeeze(dim d: Int?, nodeName: String) throws(TensorError) -> Tensor {
        var keep = Array(0..<dim)
        if let d {
            let n = try normalizeDim(d, dim)
            if dim > 0 && shape[n] == 1 { keep.remove(at: n) }
        } else {
            keep = keep.filter { shape[$0] != 1 }
        }
        let inShape = shape
        let out = aliased(shape: keep.map { shape[$0] }, strides: keep.map { strides[$0] }, offset: storageOffset)
        return recordView(out, nodeName) { g throws(TensorError) in try g.reshape(inShape) }
    }

    /// PyTorch's `unsqueeze(dim)` (UnsqueezeBackward0).
    public func unsqueeze(_ d: Int) throws(TensorError) -> Tensor {
        let n = try normalizeDim(d, dim + 1)
        var sh = shape, st = strides
        let newStride = n < dim ? shape[n] * strides[n] : 1
        sh.insert(1, at: n)
        st.insert(newStride, at: n)
        return recordView(aliased(shape: sh, strides: st, offset: storageOffset), "UnsqueezeBackward0") { g throws(TensorError) in
            try g.squeeze(dim: n)
        }
    }

    /// PyTorch's `transpose(dim0, dim1)` (TransposeBackward0).
    public func transpose(_ d0: Int, _ d1: Int) throws(TensorError) -> Tensor {
        let a = try normalizeDim(d0, dim), b = try normalizeDim(d1, dim)
        return try swapped(a, b, "TransposeBackward0")
    }

    private func swapped(_ a: Int, _ b: Int, _ name: String) throws(TensorError) -> Tensor {
        var perm = Array(0..<dim)
        if dim > 0 { perm.swapAt(a, b) }
        return recordView(permutedView(perm), name) { g throws(TensorError) in try g.transpose(a, b) }
    }

    /// PyTorch's `t()` (TBackward0): only for tensors of at most 2 dimensions.
    public func t() throws(TensorError) -> Tensor {
        guard dim <= 2 else { throw .runtime("t() expects a tensor with <= 2 dimensions, but self is \(dim)D") }
        return try swapped(0, dim == 2 ? 1 : 0, "TBackward0")
    }

    /// PyTorch's `.T`: all dimensions reversed (PermuteBackward0).
    public func reversedDims() throws(TensorError) -> Tensor { try permute(Array((0..<dim).reversed())) }

    /// PyTorch's `permute(dims)` (PermuteBackward0).
    public func permute(_ dims: [Int]) throws(TensorError) -> Tensor {
        guard dims.count == dim else {
            throw .runtime("permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = \(dim) is not equal to len(dims) = \(dims.count)")
        }
        var perm: [Int] = []
        for d in dims {
            let n = try normalizeDim(d, dim)
            if perm.contains(n) { throw .runtime("permute(): duplicate dims are not allowed.") }
            perm.append(n)
        }
        var inverse = perm
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return recordView(permutedView(perm), "PermuteBackward0") { g throws(TensorError) in try g.permute(inverse) }
    }

    /// Moves dimension `source` to position `destination` (PyTorch's movedim).
    public func movedim(_ source: Int, _ destination: Int) throws(TensorError) -> Tensor {
        let s = try normalizeDim(source, dim), d = try normalizeDim(destination, dim)
        if dim == 0 { return self }
        var order = Array(0..<dim)
        order.remove(at: s)
        order.insert(s, at: d)
        return try permute(order)
    }

    /// PyTorch's `expand(sizes)` (ExpandBackward0); -1 keeps a size.
    public func expand(_ sizes: [Int]) throws(TensorError) -> Tensor {
        guard sizes.count >= dim else {
            throw .runtime("expand(\(dtype.tensorTypeName){\(shapeString(shape))}, size=\(shapeString(sizes))): the number of sizes provided (\(sizes.count)) must be greater or equal to the number of dimensions in the tensor (\(dim))")
        }
        let lead = sizes.count - dim
        var sh = sizes, st = [Int](repeating: 0, count: sizes.count)
        for i in 0..<sizes.count {
            if i < lead {
                if sizes[i] < 0 { throw .runtime("The expanded size of the tensor (\(sizes[i])) isn't allowed in a leading, non-existing dimension \(i)") }
                continue
            }
            let d = i - lead
            if sizes[i] == -1 || sizes[i] == shape[d] {
                sh[i] = shape[d]
                st[i] = strides[d]
            } else if shape[d] == 1 {
                if sizes[i] < 0 { throw .runtime("The expanded size of the tensor (\(sizes[i])) isn't allowed") }
                st[i] = 0
            } else {
                throw .runtime("The expanded size of the tensor (\(sizes[i])) must match the existing size (\(shape[d])) at non-singleton dimension \(i).  Target sizes: \(shapeString(sizes)).  Tensor sizes: \(shapeString(shape))")
            }
        }
        let inShape = shape
        return recordView(aliased(shape: sh, strides: st, offset: storageOffset), "ExpandBackward0") { g throws(TensorError) in
            try g.sumToShape(inShape)
        }
    }

    public func expandAs(_ other: Tensor) throws(TensorError) -> Tensor { try expand(other.shape) }
}

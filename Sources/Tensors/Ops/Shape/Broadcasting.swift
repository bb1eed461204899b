/// broadcast_to, broadcast_tensors, meshgrid, atleast_Nd, tile, take_along_dim, cartesian_prod.
extension Tensor {
    /// PyTorch's `broadcast_tensors`: every tensor expanded to the common shape.
    public static func broadcastTensors(_ tensors: [Tensor]) throws(TensorError) -> [Tensor] {
        var shape: [Int] = []
        for t in tensors { shape = try broadcastShapes(shape, t.shape) }
        return try tensors.map { t throws(TensorError) in t.shape == shape ? t : try t.expand(shape) }
    }

    /// PyTorch's `meshgrid(*tensors, indexing)`: 0-d or 1-D inputs expanded to the grid
    /// ('ij' indexes by the inputs' order; 'xy' swaps the roles of the first two).
    public static func meshgrid(_ tensors: [Tensor], indexing: String = "ij") throws(TensorError) -> [Tensor] {
        guard !tensors.isEmpty else { throw .runtime("meshgrid expects a non-empty TensorList") }
        for t in tensors where t.dim > 1 {
            throw .runtime("torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: \(t.description)")
        }
        guard indexing == "ij" || indexing == "xy" else {
            throw .runtime("torch.meshgrid: indexing must be one of \"xy\" or \"ij\", but received: \(indexing)")
        }
        let swap = indexing == "xy" && tensors.count >= 2
        var order = tensors
        if swap { order.swapAt(0, 1) }
        let sizes = order.map(\.numel)
        var grids = try order.enumerated().map { (i, t) throws(TensorError) -> Tensor in
            var shape = [Int](repeating: 1, count: sizes.count)
            shape[i] = t.numel
            return try t.reshape(shape).expand(sizes)
        }
        if swap { grids.swapAt(0, 1) }
        return grids
    }

    /// PyTorch's `atleast_1d/2d/3d`: views with leading (and for 3-D, trailing) unit dims.
    public func atLeast(_ n: Int) throws(TensorError) -> Tensor {
        switch (n, dim) {
        case (_, let d) where d >= n: return self
        case (1, _), (2, 0), (3, 0): return try reshape([Int](repeating: 1, count: n))
        case (2, 1), (3, 1): return n == 2 ? try unsqueeze(0) : try unsqueeze(0).unsqueeze(-1)
        default: return try unsqueeze(-1)
        }
    }

    /// PyTorch's `tile(dims)`: repeat with the repeats padded by leading ones.
    public func tile(_ reps: [Int]) throws(TensorError) -> Tensor {
        try `repeat`([Int](repeating: 1, count: Swift.max(dim - reps.count, 0)) + reps)
    }

    /// PyTorch's `take_along_dim(indices, dim)`: gather after broadcasting all but `dim`;
    /// without dim, on the flattened tensors.
    public func takeAlongDim(_ indices: Tensor, dim: Int?) throws(TensorError) -> Tensor {
        guard indices.dtype == .int64 else {
            throw .runtime("torch.take_along_dim(): dtype of indices should be Long but got \(indices.dtype.scalarTypeName)")
        }
        guard let dim else { return try reshape([-1]).gather(0, indices.reshape([-1])) }
        guard self.dim == indices.dim else {
            throw .runtime("torch.take_along_dim(): input and indices should have the same number of dimensions, but got \(self.dim) dimensions for input, and \(indices.dim) dimensions for indices")
        }
        let d = try normalizeDim(dim, self.dim)
        var selfShape = shape, indexShape = indices.shape
        selfShape[d] = 1
        indexShape[d] = 1
        let common = try broadcastShapes(selfShape, indexShape)
        var s = common, i = common
        s[d] = shape[d]
        i[d] = indices.shape[d]
        return try expand(s).gather(d, indices.expand(i))
    }

    /// PyTorch's `cartesian_prod(*tensors)`: the rows of all combinations (StackBackward0).
    public static func cartesianProduct(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        if tensors.count == 1 { return tensors[0] }
        let grids = try meshgrid(tensors)
        return try stack(grids.map { g throws(TensorError) in try g.reshape([-1]) }, dim: 1)
    }

    /// PyTorch's `diag_embed(offset)` for the default dims: the last dimension becomes the
    /// diagonal (shifted by `offset`) of new square matrices (DiagEmbedBackward0).
    public func diagEmbed(offset: Int = 0) throws(TensorError) -> Tensor {
        let m = shape.last ?? 1, k = Swift.abs(offset)
        let onDiagonal = try Tensor.eye(m, dtype: .bool)
        return try Tensor.composite("DiagEmbedBackward0", [self]) { t throws(TensorError) in
            let square = try Tensor.where(onDiagonal, (dim == 0 ? t[0].reshape([1]) : t[0]).unsqueeze(-1), .int(0))
            if offset == 0 { return square }
            return try square.constantPad(offset > 0 ? [k, 0, 0, k] : [0, k, k, 0])
        }
    }
}

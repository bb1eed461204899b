/// Advanced indexing as lists of element positions: where each result element lives in
/// storage (to read or write it) and which element of the original it is (for gradients).
struct IndexPlan {
    var shape: [Int]
    /// Absolute storage positions of the result's elements, row-major.
    var memory: [Int]
    /// Row-major element numbers in the indexed tensor.
    var logical: [Int]
}

/// Row-major storage positions of every element of a view.
func elementOffsets(_ t: Tensor) -> [Int] {
    var out: [Int] = []
    out.reserveCapacity(t.numel)
    let loop = StridedLoop(shape: t.shape, strides: [t.strides])
    loop.forEachRow { o, n, s in
        for i in 0..<n { out.append(t.storageOffset + o[0] + i * s[0]) }
    }
    return out
}

extension Tensor {
    /// Combines the advanced indices of a subscript into element positions, placing the
    /// broadcast index dimensions first, or where the first one stood when they are adjacent.
    func advancedPlan(_ b: BasicIndexing) throws(TensorError) -> IndexPlan {
        var bshape: [Int] = []
        for a in b.advanced {
            do { bshape = try broadcastShapes(bshape, a.index.shape) } catch {
                let shapes = b.advanced.map { shapeString($0.index.shape) }.joined(separator: ", ")
                throw .index("shape mismatch: indexing tensors could not be broadcast together with shapes \(shapes)")
            }
        }
        var idx: [[Int64]] = []
        for a in b.advanced { idx.append(try a.index.expand(bshape).int64s()) }
        let advDims = b.advanced.map { $0.dim }
        let rest = (0..<b.view.dim).filter { !advDims.contains($0) }
        let restView = Tensor(storage: storage, dtype: dtype, shape: rest.map { b.view.shape[$0] },
                              strides: rest.map { b.view.strides[$0] }, storageOffset: 0)
        let restTwin = Tensor(storage: storage, dtype: dtype, shape: restView.shape,
                              strides: rest.map { b.twin.strides[$0] }, storageOffset: 0)
        let restMemory = elementOffsets(restView), restLogical = elementOffsets(restTwin)
        let count = bshape.reduce(1, *)
        var memory: [Int] = [], logical: [Int] = []
        memory.reserveCapacity(count * restMemory.count)
        logical.reserveCapacity(count * restMemory.count)
        for p in 0..<count {
            var mem = b.view.storageOffset, log = b.twin.storageOffset
            for (j, a) in b.advanced.enumerated() {
                let size = b.view.shape[a.dim]
                var i = Int(idx[j][p])
                guard i >= -size && i < size else {
                    throw .index("index \(i) is out of bounds for dimension \(j) with size \(size)")
                }
                if i < 0 { i += size }
                mem += i * b.view.strides[a.dim]
                log += i * b.twin.strides[a.dim]
            }
            for r in restMemory.indices {
                memory.append(mem + restMemory[r])
                logical.append(log + restLogical[r])
            }
        }
        var plan = IndexPlan(shape: bshape + restView.shape, memory: memory, logical: logical)
        let first = advDims[0]
        let adjacent = advDims == Array(first..<(first + advDims.count))
        if adjacent && first > 0 {
            // Move the index dimensions back to where the first advanced index stood.
            let nb = bshape.count
            let perm = Array(nb..<(nb + first)) + Array(0..<nb) + Array((nb + first)..<plan.shape.count)
            plan.memory = try Tensor.reorder(plan.memory, plan.shape, perm)
            plan.logical = try Tensor.reorder(plan.logical, plan.shape, perm)
            plan.shape = perm.map { plan.shape[$0] }
        }
        return plan
    }

    private static func reorder(_ values: [Int], _ shape: [Int], _ perm: [Int]) throws(TensorError) -> [Int] {
        try Tensor.from(values.map { Int64($0) }, shape: shape).permutedView(perm).int64s().map { Int($0) }
    }

    /// A new tensor of `plan.shape` read from this tensor's storage at `plan.memory`.
    func gatherElements(_ plan: IndexPlan) throws(TensorError) -> Tensor {
        let out = try Tensor(zerosOf: plan.shape, dtype: dtype)
        func k<T: TensorElement>(_: T.Type) {
            let src = storage.pointer(T.self), dst = out.pointer(T.self)
            for (i, m) in plan.memory.enumerated() { dst[i] = src[m] }
        }
        switch dtype {
        case .float32: k(Float.self)
        case .float64: k(Double.self)
        case .int64: k(Int64.self)
        case .int32: k(Int32.self)
        case .uint8, .bool: k(UInt8.self)
        }
        return out
    }

    /// Writes the contiguous `values` (of this dtype) to storage positions `positions`.
    func scatterCopy(_ values: Tensor, toMemory positions: [Int]) {
        func k<T: TensorElement>(_: T.Type) {
            let dst = storage.pointer(T.self), src = values.pointer(T.self)
            for (i, m) in positions.enumerated() { dst[m] = src[i] }
        }
        switch dtype {
        case .float32: k(Float.self)
        case .float64: k(Double.self)
        case .int64: k(Int64.self)
        case .int32: k(Int32.self)
        case .uint8, .bool: k(UInt8.self)
        }
    }

    /// For a bool tensor: one int64 tensor of coordinates per dimension of the true elements.
    func nonzeroColumns() throws(TensorError) -> [Tensor] {
        let flags = try int64s()
        var columns = [[Int64]](repeating: [], count: Swift.max(dim, 1))
        for (i, f) in flags.enumerated() where f != 0 {
            var rest = i
            for d in Swift.stride(from: dim - 1, through: 0, by: -1) {
                columns[d].append(Int64(rest % shape[d]))
                rest /= shape[d]
            }
        }
        return try columns.map { c throws(TensorError) in try Tensor.from(c, shape: [c.count]) }
    }

    /// PyTorch's `torch.where(condition)` / `nonzero(as_tuple=True)`: one coordinate tensor per dim.
    public func nonzeroTuple() throws(TensorError) -> [Tensor] {
        // A 0-dim tensor counts as one element at coordinate 0.
        dim == 0 ? [try Tensor.zeros([try nonzero().shape[0]], dtype: .int64)] : try nonzeroColumns()
    }

    /// PyTorch's `count_nonzero(dim)`.
    public func countNonzero(dims: [Int]? = nil) throws(TensorError) -> Tensor {
        try ne(.int(0)).sum(dims: dims)
    }

    /// PyTorch's `nonzero()`: [count, dim] int64 coordinates of non-zero elements.
    public func nonzero() throws(TensorError) -> Tensor {
        let cols = try (dim == 0 ? reshape([1]) : self).nonzeroColumns()
        let n = cols.first?.numel ?? 0
        if dim == 0 { return try Tensor.zeros([n, 0], dtype: .int64) }
        return try Tensor.stack(cols, dim: 1).reshape([n, dim])
    }
}

/// Sums `g` (row-major) into zeros of `shape` at element numbers `positions`.
func accumulateAt(_ g: Tensor, positions: [Int], shape: [Int]) throws(TensorError) -> Tensor {
    let out = try Tensor(zerosOf: shape, dtype: g.dtype)
    let src = try g.contiguousData()
    func k<T: TensorElement>(_: T.Type) {
        let dst = out.pointer(T.self), s = src.pointer(T.self)
        for (i, m) in positions.enumerated() { dst[m] = T.add(dst[m], s[i]) }
    }
    switch g.dtype {
    case .float32: k(Float.self)
    case .float64: k(Double.self)
    default: k(Int64.self)
    }
    return out
}

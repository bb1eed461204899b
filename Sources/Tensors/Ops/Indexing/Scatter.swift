/// scatter, scatter_add and index_add: writing values at gathered positions.
extension Tensor {
    /// The part of `src` that lines up with `index` (its leading corner), row-major.
    private func corner(of src: Tensor, like index: Tensor) throws(TensorError) -> Tensor {
        guard src.dim == index.dim else {
            throw .runtime("Index tensor must have the same number of dimensions as src tensor")
        }
        var view = src
        for d in 0..<src.dim {
            guard index.shape[d] <= src.shape[d] else {
                throw .runtime("Expected index \(shapeString(index.shape)) to be no larger than self \(shapeString(shape)) apart from dimension \(d) and to be no larger size than src \(shapeString(src.shape))")
            }
            view = try view.narrow(d, 0, index.shape[d])
        }
        return view
    }

    private func scatterPositions(_ dim: Int, _ index: Tensor) throws(TensorError) -> (Int, [Int]) {
        guard index.dtype == .int64 else { throw .runtime("scatter(): Expected dtype int64 for index") }
        let d = try normalizeDim(dim, self.dim)
        guard index.dim == self.dim || (self.dim == 0 && index.dim <= 1) else {
            throw .runtime("Index tensor must have the same number of dimensions as self tensor")
        }
        return (d, try gatherPositions(d, index))
    }

    /// PyTorch's `scatter(dim, index, src)` (ScatterBackward0).
    public func scatter(_ dim: Int, _ index: Tensor, _ src: Tensor) throws(TensorError) -> Tensor {
        try scatterOp(dim, index, src, add: false)
    }

    /// PyTorch's `scatter(dim, index, value)` (ScatterBackward1).
    public func scatter(_ dim: Int, _ index: Tensor, value: Scalar) throws(TensorError) -> Tensor {
        let (_, positions) = try scatterPositions(dim, index)
        let out = try cloneData()
        out.scatterCopy(try Tensor.full([positions.count], value, dtype: dtype), toMemory: positions)
        if needsGrad(self) {
            out.setHistory("ScatterBackward1", [self], saves: false) { g, _ throws(TensorError) in
                let kept = try g.cloneData()
                kept.scatterCopy(try Tensor.zeros([positions.count], dtype: g.dtype), toMemory: positions)
                return [kept]
            }
        }
        return out
    }

    /// PyTorch's `scatter_add(dim, index, src)` (ScatterAddBackward0).
    public func scatterAdd(_ dim: Int, _ index: Tensor, _ src: Tensor) throws(TensorError) -> Tensor {
        try scatterOp(dim, index, src, add: true)
    }

    private func scatterOp(_ dim: Int, _ index: Tensor, _ src: Tensor, add: Bool) throws(TensorError) -> Tensor {
        let (d, positions) = try scatterPositions(dim, index)
        let values = try corner(of: src, like: index).contiguousData(dtype: dtype)
        let out: Tensor
        if add {
            out = try cloneData().adding(values, at: positions)
        } else {
            out = try cloneData()
            out.scatterCopy(values, toMemory: positions)
        }
        if needsGrad(self, src) {
            let srcShape = src.shape
            out.setHistory(add ? "ScatterAddBackward0" : "ScatterBackward0", [self, src], saves: true) { g, need throws(TensorError) in
                var gs: Tensor? = nil
                if need[0] {
                    if add { gs = g } else {
                        let kept = try g.cloneData()
                        kept.scatterCopy(try Tensor.zeros([positions.count], dtype: g.dtype), toMemory: positions)
                        gs = kept
                    }
                }
                var gsrc: Tensor? = nil
                if need[1] {
                    let picked = try g.gather(d, index)
                    let z = try Tensor.zeros(srcShape, dtype: g.dtype)
                    var corner = z
                    for k in 0..<z.dim { corner = try corner.narrow(k, 0, index.shape[k]) }
                    copyElements(from: picked, into: corner)
                    gsrc = z
                }
                return [gs, gsrc]
            }
        }
        return out
    }

    /// Adds `values` (contiguous, this dtype) at element positions of this contiguous tensor.
    private func adding(_ values: Tensor, at positions: [Int]) throws(TensorError) -> Tensor {
        let summed = try accumulateAt(values, positions: positions, shape: [numel]).to(dtype)
        try addInPlaceUnchecked(summed.reshape(shape))
        return self
    }

    /// PyTorch's `index_add(dim, index, source, alpha)` (IndexAddBackward0).
    public func indexAdd(_ dim: Int, _ index: Tensor, _ source: Tensor, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        let d = try checkedDim(dim)
        guard index.dim <= 1, index.dtype == .int64 || index.dtype == .int32 else {
            throw .index("index_add_(): Index is supposed to be a vector")
        }
        let ids = try index.int64s()
        for i in ids where i < 0 || Int(i) >= shape[d] {
            throw .index("index out of range in self")
        }
        guard source.dim == self.dim, source.shape[d] == ids.count else {
            throw .runtime("index_add_(): Number of indices (\(ids.count)) should be equal to source.size(dim) (\(source.dim == 0 ? 1 : source.shape[Swift.min(d, source.dim - 1)]))")
        }
        for k in 0..<self.dim where k != d && source.shape[k] != shape[k] {
            throw .runtime("index_add_(): self (\(shapeString(shape))) and source (\(shapeString(source.shape))) must have the same shape apart from dimension \(d)")
        }
        let scaled = try GradMode.withDisabled { () throws(TensorError) in try source.mul(.wrapped(alpha)).to(dtype) }
        let out = try cloneData()
        for (j, i) in ids.enumerated() {
            try out.selectView(d, Int(i)).addInPlaceUnchecked(scaled.selectView(d, j))
        }
        if needsGrad(self, source) {
            out.setHistory("IndexAddBackward0", [self, source], saves: true) { g, need throws(TensorError) in
                [need[0] ? g : nil, need[1] ? try g.indexSelect(d, index).mul(.wrapped(alpha)) : nil]
            }
        }
        return out
    }
}

/// index_select, gather, masked_fill, where, masked_select.
extension Tensor {
    /// PyTorch's `index_select(dim, index)` (IndexSelectBackward0).
    public func indexSelect(_ dim: Int, _ index: Tensor) throws(TensorError) -> Tensor {
        guard index.dtype == .int64 || index.dtype == .int32 else {
            throw .runtime("index_select(): Expected dtype int32 or int64 for index")
        }
        guard index.dim <= 1 else { throw .index("index_select(): Index is supposed to be a vector") }
        let d = try normalizeDim(dim, self.dim)
        let size = self.dim == 0 ? 1 : shape[d]
        let ids = try index.int64s()
        for i in ids where i < 0 || Int(i) >= size {
            if d == 0 { throw .index("index out of range in self") }
            throw .runtime("INDICES element is out of DATA bounds, id=\(i) axis_dim=\(size)")
        }
        let out = try GradMode.withDisabled { () throws(TensorError) in
            self.dim == 0 ? try cloneData() : try indexed(by: Array(repeating: TensorIndex.slice(start: nil, stop: nil, step: nil), count: d) + [.tensor(index.to(.int64).reshape([-1]))])
        }
        if needsGrad(self) {
            let inShape = shape
            out.setHistory("IndexSelectBackward0", [self], saves: false) { g, _ throws(TensorError) in
                let z = try Tensor.zeros(inShape, dtype: g.dtype)
                return [try z.indexAdd(d, ids, g)]
            }
        }
        return out
    }

    /// Adds slices of `source` along `d` at positions `ids` (not recorded).
    private func indexAdd(_ d: Int, _ ids: [Int64], _ source: Tensor) throws(TensorError) -> Tensor {
        for (j, i) in ids.enumerated() {
            try selectView(d, Int(i)).addInPlaceUnchecked(source.selectView(d, j))
        }
        return self
    }

    /// PyTorch's `gather(dim, index)` (GatherBackward0): out[i][j] = self[index[i][j]][j] for dim 0.
    public func gather(_ dim: Int, _ index: Tensor) throws(TensorError) -> Tensor {
        guard index.dtype == .int64 else { throw .runtime("gather(): Expected dtype int64 for index") }
        let d = try normalizeDim(dim, self.dim)
        guard index.dim == self.dim || (self.dim == 0 && index.dim <= 1) else {
            throw .runtime("Index tensor must have the same number of dimensions as input tensor")
        }
        for k in 0..<index.dim where k != d && index.shape[k] > shape[k] {
            throw .runtime("Size does not match at dimension \(k) expected index \(shapeString(index.shape)) to be no larger than self \(shapeString(shape)) apart from dimension \(d)")
        }
        let logical = try gatherPositions(d, index)
        let src = try contiguousData()
        let out = try src.gatherElements(IndexPlan(shape: index.shape, memory: logical.map { $0 + src.storageOffset }, logical: logical))
        if needsGrad(self) {
            let inShape = shape
            out.setHistory("GatherBackward0", [self], saves: false) { g, _ throws(TensorError) in
                [try accumulateAt(g, positions: logical, shape: inShape)]
            }
        }
        return out
    }

    /// PyTorch's `masked_fill(mask, value)` (MaskedFillBackward0).
    public func maskedFill(_ mask: Tensor, _ value: Scalar) throws(TensorError) -> Tensor {
        guard mask.dtype == .bool else {
            throw .runtime("masked_fill_ only supports boolean masks, but got mask with dtype \(mask.dtype.cTypeName)")
        }
        let shape = try broadcastShapes(self.shape, mask.shape)
        guard shape == self.shape else {
            throw .runtime("The expanded size of the tensor (\(self.shape.last ?? 0)) must match the existing size (\(mask.shape.last ?? 0)) at non-singleton dimension \(self.dim - 1).  Target sizes: \(shapeString(self.shape)).  Tensor sizes: \(shapeString(mask.shape))")
        }
        let out = try GradMode.withDisabled { () throws(TensorError) in
            try Tensor.whereKernel(mask, Tensor.wrapped(value, dtype: dtype), self, dtype: dtype)
        }
        if needsGrad(self) {
            out.setHistory("MaskedFillBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.masked(mask)] }
        }
        return out
    }

    @discardableResult
    public func maskedFill_(_ mask: Tensor, _ value: Scalar) throws(TensorError) -> Tensor {
        try inPlace([]) { x throws(TensorError) in try x.maskedFill(mask, value) }
    }

    /// PyTorch's `torch.where(condition, x, y)` (WhereBackward0).
    public static func `where`(_ condition: Tensor, _ x: Tensor, _ y: Tensor) throws(TensorError) -> Tensor {
        guard condition.dtype == .bool else {
            throw .runtime("where expected condition to be a boolean tensor, but got a tensor with dtype \(condition.dtype.scalarTypeName)")
        }
        let out = try whereKernel(condition, x, y, dtype: resultType(x, y))
        if needsGrad(x, y) {
            let (sx, sy) = (x.shape, y.shape)
            out.setHistory("WhereBackward0", [x, y], saves: false) { g, need throws(TensorError) in
                [need[0] ? try reduceGrad(g.masked(condition.logicalNot()), to: sx) : nil,
                 need[1] ? try reduceGrad(g.masked(condition), to: sy) : nil]
            }
        }
        return out
    }

    public static func `where`(_ condition: Tensor, _ x: Tensor, _ y: Scalar) throws(TensorError) -> Tensor {
        try `where`(condition, x, .wrapped(y))
    }

    public static func `where`(_ condition: Tensor, _ x: Scalar, _ y: Tensor) throws(TensorError) -> Tensor {
        try `where`(condition, .wrapped(x), y)
    }

    /// Elementwise select over the broadcast of three tensors (not recorded); large flat
    /// operands are split between threads as PyTorch's where kernel is.
    static func whereKernel(_ c: Tensor, _ x: Tensor, _ y: Tensor, dtype: DType) throws(TensorError) -> Tensor {
        let shape = try broadcastShapes(c.shape, broadcastShapes(x.shape, y.shape))
        let (xs, ys) = (try x.contiguousData(dtype: dtype), try y.contiguousData(dtype: dtype))
        let out = try Tensor(uninitializedOf: shape, dtype: dtype)
        splitElementwise([c, xs, ys], into: out) { inputs, out in select(inputs[0], inputs[1], inputs[2], into: out) }
        return out
    }

    private static func select(_ c: Tensor, _ x: Tensor, _ y: Tensor, into out: Tensor) {
        let n = out.numel
        let flat = [c, x, y].allSatisfy { $0.isContiguous && $0.shape == out.shape }
        func k<T: TensorElement>(_: T.Type) {
            let pc = c.pointer(UInt8.self), px = x.pointer(T.self), py = y.pointer(T.self), po = out.pointer(T.self)
            if flat {
                // Unit strides the compiler can see, so the select vectorises.
                for i in 0..<n { po[i] = pc[i] != 0 ? px[i] : py[i] }
                return
            }
            let loop = StridedLoop(shape: out.shape, strides: [broadcastStrides(c, to: out.shape), broadcastStrides(x, to: out.shape),
                                                              broadcastStrides(y, to: out.shape), out.strides])
            loop.forEachRow { o, n, s in
                var (ic, ix, iy, io) = (o[0], o[1], o[2], o[3])
                for _ in 0..<n {
                    po[io] = pc[ic] != 0 ? px[ix] : py[iy]
                    ic &+= s[0]; ix &+= s[1]; iy &+= s[2]; io &+= s[3]
                }
            }
        }
        switch out.dtype {
        case .float32: k(Float.self)
        case .float64: k(Double.self)
        case .int64: k(Int64.self)
        case .int32: k(Int32.self)
        case .uint8, .bool: k(UInt8.self)
        }
    }

    /// PyTorch's `masked_select(mask)`: the selected elements as a 1-D tensor.
    public func maskedSelect(_ mask: Tensor) throws(TensorError) -> Tensor {
        let shape = try broadcastShapes(self.shape, mask.shape)
        return try expand(shape).indexed(by: [.tensor(mask.expand(shape))])
    }
}

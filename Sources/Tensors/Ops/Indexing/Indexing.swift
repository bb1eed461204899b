/// Python's `x[...]` and `x[...] = v` with PyTorch's semantics: integers, slices, None and
/// Ellipsis give views; integer tensors, lists and bool masks ("advanced" indices) gather.

/// One entry of a subscript.
public enum TensorIndex {
    case int(Int)
    case slice(start: Int?, stop: Int?, step: Int?)
    case none
    case ellipsis
    case tensor(Tensor)
    case list([Int])
}

/// The result of the basic part of a subscript: a view, its twin over a row-major layout of
/// the original (whose offsets are logical element numbers), and the advanced entries left.
struct BasicIndexing {
    var view: Tensor
    var twin: Tensor
    /// (dimension in `view`, dimension in the original for messages, int64 index tensor)
    var advanced: [(dim: Int, original: Int, index: Tensor)] = []
}

extension Tensor {
    /// `self[indices]`.
    public func indexed(by indices: [TensorIndex]) throws(TensorError) -> Tensor {
        let basic = try applyBasic(indices)
        guard !basic.advanced.isEmpty else { return basic.view }
        let plan = try advancedPlan(basic)
        let out = try gatherElements(plan)
        if needsGrad(self) {
            let (inShape, logical) = (shape, plan.logical)
            out.setHistory("IndexBackward0", [self], saves: false) { g, _ throws(TensorError) in
                [try accumulateAt(g, positions: logical, shape: inShape)]
            }
        }
        return out
    }

    /// `self[indices] = value` (value broadcasts; its dtype converts).
    public func setIndexed(_ indices: [TensorIndex], to value: Tensor) throws(TensorError) {
        let basic = try applyBasic(indices)
        let target: [Int], memory: [Int]?, logical: [Int]
        if basic.advanced.isEmpty {
            target = basic.view.shape
            guard try broadcastShapes(value.shape, target) == target else { _ = try value.expand(target); return }
            if !needsGrad(self, value) {
                try checkInPlace()
                copyElements(from: value, into: basic.view)
                storage.version += 1
                return
            }
            memory = nil
            logical = elementOffsets(basic.twin)
        } else {
            let plan = try advancedPlan(basic)
            target = plan.shape
            guard (try? broadcastShapes(value.shape, target)) == target else {
                throw .runtime("shape mismatch: value tensor of shape \(shapeString(value.shape)) cannot be broadcast to indexing result of shape \(shapeString(target))")
            }
            memory = plan.memory
            logical = plan.logical
        }
        if let memory, !needsGrad(self, value) {
            try checkInPlace()
            let v = try value.expand(target).contiguousData(dtype: dtype)
            scatterCopy(v, toMemory: memory)
            storage.version += 1
            return
        }
        let name = basic.advanced.isEmpty ? "CopySlices" : "IndexPutBackward0"
        _ = try inPlace([value]) { x throws(TensorError) in
            let out = try x.cloneData()
            let v = try value.expand(target).contiguousData(dtype: dtype)
            out.scatterCopy(v, toMemory: logical)
            let (vShape, inShape) = (value.shape, shape)
            out.setHistory(name, [x, value], saves: false) { g, need throws(TensorError) in
                let gc = try g.cloneData()
                let kept = try g.cloneData()
                kept.scatterCopy(try Tensor.zeros([logical.count], dtype: g.dtype), toMemory: logical)
                let picked = try gc.gatherElements(IndexPlan(shape: target, memory: logical, logical: logical))
                return [need[0] ? try kept.reshape(inShape) : nil, need[1] ? try reduceGrad(picked, to: vShape) : nil]
            }
            return out
        }
    }

    fileprivate func applyBasic(_ indices: [TensorIndex]) throws(TensorError) -> BasicIndexing {
        var consumed = 0, ellipses = 0
        for i in indices {
            switch i {
            case .int, .slice, .list: consumed += 1
            case .tensor(let t): consumed += t.dtype == .bool || t.dtype == .uint8 ? t.dim : 1
            case .ellipsis: ellipses += 1
            case .none: break
            }
        }
        if consumed > dim { throw .index("too many indices for tensor of dimension \(dim)") }
        let twinBase = Tensor(storage: storage, dtype: dtype, shape: shape, strides: contiguousStrides(shape), storageOffset: 0)
        // The view goes through the recorded view operations, so autograd sees PyTorch's nodes.
        var r = BasicIndexing(view: self, twin: twinBase)
        var d = 0, original = 0
        for entry in indices {
            switch entry {
            case .int(let i):
                let size = r.view.shape[d]
                guard i >= -size && i < size else {
                    throw .index("index \(i) is out of bounds for dimension \(original) with size \(size)")
                }
                let k = i < 0 ? i + size : i
                r.view = r.view.recordSelect(d, k, "SelectBackward0")
                r.twin = r.twin.selectView(d, k)
                original += 1
            case .slice(let start, let stop, let step):
                let st = step ?? 1
                if st == 0 { throw .value("slice step cannot be zero") }
                if st < 0 { throw .value("step must be greater than zero") }
                let size = r.view.shape[d]
                func clampIndex(_ i: Int) -> Int { i < 0 ? Swift.max(i + size, 0) : Swift.min(i, size) }
                let s = clampIndex(start ?? 0), e = Swift.max(clampIndex(stop ?? size), s)
                r.view = r.view.recordSlice(d, s, e, st)
                r.twin = r.twin.sliceView(d, s, e, st)
                d += 1; original += 1
            case .none:
                r.view = try r.view.unsqueeze(d)
                r.twin = r.twin.insertingUnitDim(d)
                d += 1
            case .ellipsis:
                // Only the first ellipsis stands for the unindexed dimensions.
                let skip = ellipses > 0 ? dim - consumed : 0
                ellipses = 0
                d += skip; original += skip
            case .list(let values):
                r.advanced.append((d, original, try Tensor.from(values.map { Int64($0) }, shape: [values.count])))
                d += 1; original += 1
            case .tensor(let t):
                if t.dtype == .bool || t.dtype == .uint8 {
                    let k = Swift.max(t.dim, 1)
                    let mask = t.dim == 0 ? try t.reshape([1]) : t
                    if t.dim == 0 {
                        // x[True] adds a dimension of size 1 (x[False] one of size 0).
                        r.view = try r.view.unsqueeze(d)
                        r.twin = r.twin.insertingUnitDim(d)
                    }
                    for j in 0..<k where mask.shape[j] != r.view.shape[d + j] {
                        throw .index("The shape of the mask \(shapeString(mask.shape)) at index \(j) does not match the shape of the indexed tensor \(shapeString(r.view.shape)) at index \(d + j)")
                    }
                    let coords = try mask.nonzeroColumns()
                    for j in 0..<k { r.advanced.append((d + j, original + j, coords[j])) }
                    d += k; original += k
                } else if t.dtype == .int64 || t.dtype == .int32 {
                    r.advanced.append((d, original, try t.to(.int64)))
                    d += 1; original += 1
                } else {
                    throw .index("tensors used as indices must be long, int, byte or bool tensors")
                }
            }
        }
        return r
    }

    /// A view with a new dimension of size 1 at `d` (not recorded).
    func insertingUnitDim(_ d: Int) -> Tensor {
        var sh = shape, st = strides
        sh.insert(1, at: d)
        st.insert(d < dim ? shape[d] * strides[d] : 1, at: d)
        return aliased(shape: sh, strides: st, offset: storageOffset)
    }
}

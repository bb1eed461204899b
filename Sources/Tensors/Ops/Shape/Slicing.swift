/// select, narrow and stepped slices: views with SelectBackward0 / SliceBackward0.
extension Tensor {
    /// The gradient of a view: zeros of the input's shape with `g` written into the same view.
    static func embed(_ g: Tensor, into shape: [Int], _ view: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        let z = try Tensor(zerosOf: shape, dtype: g.dtype)
        copyElements(from: g, into: try GradMode.withDisabled { () throws(TensorError) in try view(z) })
        return z
    }

    /// Element `index` along `dim`, dropping the dimension (no bounds message, not recorded).
    func selectView(_ d: Int, _ index: Int) -> Tensor {
        var sh = shape, st = strides
        sh.remove(at: d)
        st.remove(at: d)
        return aliased(shape: sh, strides: st, offset: storageOffset + index * strides[d])
    }

    /// PyTorch's `select(dim, index)` (SelectBackward0).
    public func select(_ dim: Int, _ index: Int) throws(TensorError) -> Tensor {
        guard self.dim > 0 else { throw .index("select() cannot be applied to a 0-dim tensor.") }
        let d = try normalizeDim(dim, self.dim)
        let size = shape[d]
        guard index >= -size && index < size else {
            throw .index("select(): index \(index) out of range for tensor of size \(shapeString(shape)) at dimension \(dim)")
        }
        return recordSelect(d, index < 0 ? index + size : index, "SelectBackward0")
    }

    func recordSelect(_ d: Int, _ i: Int, _ name: String) -> Tensor {
        let inShape = shape
        return recordView(selectView(d, i), name) { g throws(TensorError) in
            try Tensor.embed(g, into: inShape) { z in z.selectView(d, i) }
        }
    }

    /// Elements start, start+step, ... before `end` along `dim` (not recorded, no checks).
    func sliceView(_ d: Int, _ start: Int, _ end: Int, _ step: Int) -> Tensor {
        var sh = shape, st = strides
        sh[d] = end > start ? (end - start + step - 1) / step : 0
        st[d] = strides[d] * step
        return aliased(shape: sh, strides: st, offset: storageOffset + (sh[d] > 0 ? start * strides[d] : 0))
    }

    /// Python slice semantics along `dim` (SliceBackward0): bounds are clamped; step > 0.
    public func slice(_ dim: Int, start: Int? = nil, end: Int? = nil, step: Int = 1) throws(TensorError) -> Tensor {
        guard self.dim > 0 else { throw .index("slice() cannot be applied to a 0-dim tensor.") }
        guard step > 0 else { throw .value("step must be greater than zero") }
        let d = try normalizeDim(dim, self.dim)
        let size = shape[d]
        func clampIndex(_ i: Int) -> Int { i < 0 ? Swift.max(i + size, 0) : Swift.min(i, size) }
        let s = clampIndex(start ?? 0), e = Swift.max(clampIndex(end ?? size), s)
        return recordSlice(d, s, e, step)
    }

    func recordSlice(_ d: Int, _ s: Int, _ e: Int, _ step: Int) -> Tensor {
        let inShape = shape
        return recordView(sliceView(d, s, e, step), "SliceBackward0") { g throws(TensorError) in
            try Tensor.embed(g, into: inShape) { z in z.sliceView(d, s, e, step) }
        }
    }

    /// PyTorch's `narrow(dim, start, length)` (SliceBackward0).
    public func narrow(_ dim: Int, _ start: Int, _ length: Int) throws(TensorError) -> Tensor {
        guard self.dim > 0 else { throw .runtime("narrow() cannot be applied to a 0-dim tensor.") }
        let d = try normalizeDim(dim, self.dim)
        let size = shape[d]
        guard start >= -size && start <= size else {
            throw .index("start out of range (expected to be in range of [\(-size), \(size)], but got \(start))")
        }
        let s = start < 0 ? start + size : start
        guard length >= 0 else { throw .runtime("narrow(): length must be non-negative.") }
        guard s + length <= size else {
            throw .runtime("start (\(s)) + length (\(length)) exceeds dimension size (\(size)).")
        }
        return recordSlice(d, s, s + length, 1)
    }
}

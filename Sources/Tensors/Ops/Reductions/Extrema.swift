import CVectorMath

/// max/min (whole tensor and along a dim), amax/amin, argmax/argmin, median.

/// Index of the largest (or smallest) element of a lane; NaN wins, ties keep the first.
@inline(__always)
func extremeIndex<T: TensorElement>(_ row: UnsafeBufferPointer<T>, largest: Bool) -> Int {
    var best = 0
    for i in row.indices {
        let v = row[i]
        if v.isNaNValue { return i }
        if largest ? v > row[best] : v < row[best] { best = i }
    }
    return best
}

extension Tensor {
    /// Per-lane indices along `d` chosen by `pick` (keepdim shape, int64).
    func laneIndices(_ d: Int?, keepdim: Bool,
                     _ pick: (Tensor, ReductionLayout) throws(TensorError) -> Tensor) throws(TensorError) -> (Tensor, ReductionLayout) {
        let layout = try ReductionLayout(self, dims: d.map { [$0] }, keepdim: true)
        return (try pick(layout.data, layout), layout)
    }

    /// Indices of the extreme element along `d` in the keepdim shape.
    private func extremeIndices(_ layout: ReductionLayout, largest: Bool) throws(TensorError) -> Tensor {
        let out = try Tensor(zerosOf: layout.keptShape, dtype: .int64)
        func k<T: TensorElement>(_: T.Type) {
            layout.forEachRow(T.self, into: out) { (r: UnsafeBufferPointer<T>) -> Int64 in Int64(extremeIndex(r, largest: largest)) }
        }
        switch layout.data.dtype {
        case .float32: k(Float.self)
        case .float64: k(Double.self)
        case .int64: k(Int64.self)
        case .int32: k(Int32.self)
        case .uint8, .bool: k(UInt8.self)
        }
        return out
    }

    /// Values at `indices` (keepdim shape along `d`), recorded as `name` scattering back.
    func valuesAt(_ d: Int, _ indices: Tensor, keepdim: Bool, _ name: String) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let positions = try gatherPositions(d, indices)
        let src = try contiguousData()
        var values = try src.gatherElements(IndexPlan(shape: indices.shape, memory: positions.map { $0 + src.storageOffset }, logical: positions))
        var idx = indices
        if !keepdim && dim > 0 {
            values = values.squeezedView(d)
            idx = idx.squeezedView(d)
        }
        if needsGrad(self) {
            let inShape = shape
            values.setHistory(name, [self], saves: true) { g, _ throws(TensorError) in
                [try accumulateAt(g, positions: positions, shape: inShape)]
            }
        }
        return (values, idx)
    }

    /// A fresh tensor without dimension `d` (which has size 1), sharing storage.
    func squeezedView(_ d: Int) -> Tensor {
        let t = selectView(d, 0)
        t.viewBase = nil
        return t
    }

    /// PyTorch's `Swift.max(dim, keepdim)`: (values, indices) (MaxBackward0).
    public func max(dim: Int, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        try extremeAlong(dim, keepdim: keepdim, largest: true, "max", "MaxBackward0")
    }

    public func min(dim: Int, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        try extremeAlong(dim, keepdim: keepdim, largest: false, "min", "MinBackward0")
    }

    private func extremeAlong(_ dim: Int, keepdim: Bool, largest: Bool, _ op: String, _ name: String) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, self.dim)
        if self.dim > 0 && shape[d] == 0 {
            throw .index("\(op)(): Expected reduction dim \(d) to have non-zero size.")
        }
        let layout = try ReductionLayout(self, dims: [d], keepdim: true)
        return try valuesAt(d, extremeIndices(layout, largest: largest), keepdim: keepdim, name)
    }

    /// PyTorch's `Swift.max()` over all elements (MaxBackward1: ties share the gradient).
    public func max() throws(TensorError) -> Tensor { try extremeAll(largest: true, "max", "MaxBackward1") }
    public func min() throws(TensorError) -> Tensor { try extremeAll(largest: false, "min", "MinBackward1") }

    private func extremeAll(largest: Bool, _ op: String, _ name: String) throws(TensorError) -> Tensor {
        guard numel > 0 else {
            throw .runtime("\(op)(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.")
        }
        let result: Tensor
        var value: Float = 0
        if dtype == .float32 && isContiguous && flint_extreme(pointer(Float.self), numel, largest ? 1 : 0, &value) != 0 {
            result = try Tensor.scalar(.double(Double(value)), dtype: dtype)
        } else {
            let layout = try ReductionLayout(self, dims: nil, keepdim: false)
            let flat = try extremeIndices(layout, largest: largest).item().int64Value
            result = try Tensor.scalar(try layout.data.element(at: Int(flat)), dtype: dtype)
        }
        if needsGrad(self) { result.setHistory(name, [self], saves: true) { [self, result = result.detach()] g, _ throws(TensorError) in [try self.evenlyDistribute(g, result.reattached())] } }
        return result
    }

    /// The gradient of a whole-tensor max/min/median: shared equally by the elements equal
    /// to the result.
    func evenlyDistribute(_ g: Tensor, _ value: Tensor) throws(TensorError) -> Tensor {
        let mask = try eq(value)
        let count = try mask.sum()
        return try mask.to(g.dtype).mul(g.div(count))
    }

    /// PyTorch's `amax(dims, keepdim)` (AmaxBackward0) and `amin`.
    public func amax(dims: [Int] = [], keepdim: Bool = false) throws(TensorError) -> Tensor {
        try extremeValues(dims, keepdim, largest: true, "AmaxBackward0")
    }

    public func amin(dims: [Int] = [], keepdim: Bool = false) throws(TensorError) -> Tensor {
        try extremeValues(dims, keepdim, largest: false, "AminBackward0")
    }

    private func extremeValues(_ dims: [Int], _ keepdim: Bool, largest: Bool, _ name: String) throws(TensorError) -> Tensor {
        let layout = try ReductionLayout(self, dims: dims, keepdim: keepdim)
        let idx = try extremeIndices(layout, largest: largest).int64s()
        var vals: [Scalar] = []
        for (o, i) in idx.enumerated() { vals.append(try layout.data.element(at: o * layout.inner + Int(i))) }
        let out = try Tensor.fromScalars(vals, shape: layout.outShape, dtype: dtype)
        if needsGrad(self) {
            let kept = layout.keptShape
            out.setHistory(name, [self], saves: true) { [self, saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                let mask = try self.eq(out.reshape(kept))
                let count = try mask.sum(dims: layout.dims, keepdim: true)
                return [try mask.to(g.dtype).mul(g.reshape(kept).div(count))]
            }
        }
        return out
    }

    /// PyTorch's `argmax(dim, keepdim)`; without a dim, over the flattened tensor.
    public func argmax(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try argExtreme(dim, keepdim, largest: true, "argmax")
    }

    public func argmin(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try argExtreme(dim, keepdim, largest: false, "argmin")
    }

    private func argExtreme(_ dim: Int?, _ keepdim: Bool, largest: Bool, _ op: String) throws(TensorError) -> Tensor {
        if dim == nil && numel == 0 {
            throw .runtime("\(op)(): Expected reduction dim to be specified for input.numel() == 0.")
        }
        if let dim {
            let d = try normalizeDim(dim, self.dim)
            if self.dim > 0 && shape[d] == 0 {
                throw .index("\(op)(): Expected reduction dim \(d) to have non-zero size.")
            }
        }
        let layout = try ReductionLayout(self, dims: dim.map { [$0] }, keepdim: keepdim)
        let idx = try extremeIndices(layout, largest: largest)
        return try idx.reshape(dim == nil && keepdim ? [Int](repeating: 1, count: self.dim) : layout.outShape)
    }

    /// A tensor from Python numbers in row-major order.
    public static func fromScalars(_ values: [Scalar], shape: [Int], dtype: DType) throws(TensorError) -> Tensor {
        if dtype.isFloatingPoint { return try from(values.map { $0.doubleValue }, shape: shape, dtype: dtype) }
        return try from(values.map { $0.int64Value }, shape: shape, dtype: dtype)
    }
}

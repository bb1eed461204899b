/// sum, mean, prod, all, any over dimensions, with keepdim; the shared reduction layout.

/// The input laid out as `outer` rows of `inner` contiguous elements, the reduced dimensions
/// last, together with the output shapes.
struct ReductionLayout {
    var data: Tensor
    var outer: Int
    var inner: Int
    /// The output shape as returned (reduced dims dropped unless keepdim).
    var outShape: [Int]
    /// The output shape with reduced dims kept as 1, for broadcasting gradients back.
    var keptShape: [Int]
    var dims: [Int]
    /// Elements after the last reduced dimension: 1 when the reduction is innermost, else
    /// the number of columns of PyTorch's outer-reduction loop.
    var trailing = 1

    init(_ t: Tensor, dims requested: [Int]?, keepdim: Bool) throws(TensorError) {
        var dims: [Int] = []
        for d in requested ?? [] {
            let n = try normalizeDim(d, t.dim)
            if dims.contains(n) { throw .runtime("dim \(n) appears multiple times in the list of dims") }
            dims.append(n)
        }
        // No dims means all of them; a 0-dim tensor has none to reduce.
        if requested == nil || requested?.isEmpty == true || t.dim == 0 { dims = Array(0..<t.dim) }
        dims.sort()
        let kept = (0..<t.dim).filter { !dims.contains($0) }
        let view = t.dim == 0 ? t : t.permutedView(kept + dims)
        data = try view.contiguousData()
        outer = kept.reduce(1) { $0 * t.shape[$1] }
        inner = dims.reduce(1) { $0 * t.shape[$1] }
        keptShape = t.shape.enumerated().map { dims.contains($0.offset) ? 1 : $0.element }
        outShape = keepdim ? keptShape : kept.map { t.shape[$0] }
        self.dims = dims
        if let last = dims.last { trailing = t.shape[(last + 1)...].reduce(1, *) }
    }

    /// out[o] = f(row o) for each of the `outer` rows.
    @inline(__always)
    func forEachRow<T: TensorElement, R: TensorElement>(_: T.Type, into out: Tensor, _ f: (UnsafeBufferPointer<T>) -> R) {
        let p = data.pointer(T.self), po = out.pointer(R.self)
        for o in 0..<outer { po[o] = f(UnsafeBufferPointer(start: p + o * inner, count: inner)) }
    }
}

/// Sums rows exactly for integers (wrapping) and in double precision for floats.
@inline(__always)
func rowSum<T: TensorElement, R: TensorElement>(_ row: UnsafeBufferPointer<T>) -> R {
    if T.self == Float.self || T.self == Double.self {
        var s = 0.0
        for v in row { s += v.asDouble }
        return R(fromDouble: s)
    }
    var s: Int64 = 0
    for v in row { s = s &+ v.asInt64 }
    return R(fromInt64: s)
}

extension Tensor {
    /// PyTorch's `sum(dim, keepdim, dtype)`: integer and bool inputs sum to int64.
    /// SumBackward0 without dims, SumBackward1 with them.
    public func sum(dims: [Int]? = nil, keepdim: Bool = false, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let layout = try ReductionLayout(self, dims: dims, keepdim: keepdim)
        let outType = dtype ?? (self.dtype.isFloatingPoint ? self.dtype : .int64)
        let out = try layout.reduceRows(.sum, to: outType)
        if needsGrad(self) {
            let (kept, inShape) = (layout.keptShape, shape)
            out.setHistory(dims == nil ? "SumBackward0" : "SumBackward1", [self], saves: false) { g, _ throws(TensorError) in
                [try g.reshape(kept).expand(inShape)]
            }
        }
        return out
    }

    /// PyTorch's `mean`; only floating inputs (MeanBackward0 / MeanBackward1).
    public func mean(dims: [Int]? = nil, keepdim: Bool = false, dtype: DType? = nil) throws(TensorError) -> Tensor {
        if let dtype, !dtype.isFloatingPoint {
            throw .notImplemented("mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: \(dtype.scalarTypeName)")
        }
        if dtype == nil && !self.dtype.isFloatingPoint {
            throw .notImplemented("mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: \(self.dtype.scalarTypeName)")
        }
        let layout = try ReductionLayout(self, dims: dims, keepdim: keepdim)
        let out = try GradMode.withDisabled { () throws(TensorError) in
            try sum(dims: dims, keepdim: keepdim, dtype: dtype).div(.int(Int64(Swift.max(layout.inner, 0))))
        }
        if needsGrad(self) {
            let (kept, inShape, n) = (layout.keptShape, shape, layout.inner)
            out.setHistory(dims == nil ? "MeanBackward0" : "MeanBackward1", [self], saves: false) { g, _ throws(TensorError) in
                [try g.div(.int(Int64(n))).reshape(kept).expand(inShape)]
            }
        }
        return out
    }

    /// PyTorch's `prod` (ProdBackward0 / ProdBackward1).
    public func prod(dim: Int? = nil, keepdim: Bool = false, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let layout = try ReductionLayout(self, dims: dim.map { [$0] }, keepdim: keepdim)
        let outType = dtype ?? (self.dtype.isFloatingPoint ? self.dtype : .int64)
        let out = try layout.reduceRows(.prod, to: outType)
        if needsGrad(self) {
            let (kept, inShape) = (layout.keptShape, shape)
            out.setHistory(dim == nil ? "ProdBackward0" : "ProdBackward1", [self], saves: true) { [self, saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                // d(prod)/dx_i = product of the others; computed by division where x_i != 0.
                let gp = try g.mul(out).reshape(kept).expand(inShape)
                let zero = try self.eq(.int(0))
                if try !zero.any().item().boolValue { return [try gp.div(self)] }
                return [try self.prodGradWithZeros(g.reshape(kept).expand(inShape), dim: dim)]
            }
        }
        return out
    }

    /// Product of all other elements along the reduced dims, exact when inputs contain zeros.
    private func prodGradWithZeros(_ g: Tensor, dim: Int?) throws(TensorError) -> Tensor {
        let flat = dim == nil ? try reshape([1, numel]) : try movedim(dim ?? 0, -1)
        let vals = try flat.contiguousData(dtype: .float64).doubles()
        let n = flat.shape.last ?? 1
        var out = [Double](repeating: 0, count: vals.count)
        for row in Swift.stride(from: 0, to: vals.count, by: Swift.max(n, 1)) {
            for i in 0..<n {
                var p = 1.0
                for j in 0..<n where j != i { p *= vals[row + j] }
                out[row + i] = p
            }
        }
        var r = try Tensor.from(out, shape: flat.shape, dtype: dtype)
        r = dim == nil ? try r.reshape(shape) : try r.movedim(-1, dim ?? 0)
        return try g.mul(r)
    }

    /// PyTorch's `all` / `any` (bool results).
    public func all(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try boolReduce(dim: dim, keepdim: keepdim, any: false)
    }

    public func any(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try boolReduce(dim: dim, keepdim: keepdim, any: true)
    }

    private func boolReduce(dim: Int?, keepdim: Bool, any: Bool) throws(TensorError) -> Tensor {
        let layout = try ReductionLayout(self, dims: dim.map { [$0] }, keepdim: keepdim)
        let l2 = ReductionLayout(reusing: layout, data: try layout.data.contiguousData(dtype: .bool))
        let out = try Tensor(zerosOf: layout.outShape, dtype: .bool)
        l2.forEachRow(UInt8.self, into: out) { (r: UnsafeBufferPointer<UInt8>) -> UInt8 in
            any ? (r.contains { $0 != 0 } ? 1 : 0) : (r.allSatisfy { $0 != 0 } ? 1 : 0)
        }
        return out
    }
}

extension ReductionLayout {
    /// The same layout over converted data.
    init(reusing l: ReductionLayout, data: Tensor) {
        self = l
        self.data = data
    }

    enum RowOp { case sum, prod }

    /// Sums each row: floats in PyTorch's order (SumOrder), integers exactly (wrapping).
    func sumRows<T: TensorElement>(_: T.Type, into out: Tensor) {
        func floating<F: BinaryFloatingPoint & SIMDScalar>(_: F.Type) {
            let p = data.pointer(F.self), po = out.pointer(F.self)
            if outer == 1 && trailing == 1 { po[0] = SumOrder.fullSum(p, count: inner); return }
            for o in 0..<outer {
                let row = UnsafePointer(p + o * inner)
                po[o] = trailing == 1 ? SumOrder.innerSum(row, count: inner)
                    : SumOrder.outerColumnSum(row, count: inner, column: o % trailing, columns: trailing)
            }
        }
        if T.self == Float.self { return floating(Float.self) }
        if T.self == Double.self { return floating(Double.self) }
        forEachRow(T.self, into: out) { (r: UnsafeBufferPointer<T>) -> T in rowSum(r) }
    }

    /// Reduces each row, accumulating in the output's floating type or in int64 (wrapping).
    func reduceRows(_ op: RowOp, to outType: DType) throws(TensorError) -> Tensor {
        let accType: DType = outType.isFloatingPoint ? outType : .int64
        let l = ReductionLayout(reusing: self, data: try data.contiguousData(dtype: accType))
        let acc = try Tensor(zerosOf: outShape, dtype: accType)
        func k<T: TensorElement>(_: T.Type) {
            switch op {
            case .sum: l.sumRows(T.self, into: acc)
            case .prod: l.forEachRow(T.self, into: acc) { (r: UnsafeBufferPointer<T>) -> T in r.reduce(T.one) { T.mul($0, $1) } }
            }
        }
        switch accType {
        case .float32: k(Float.self)
        case .float64: k(Double.self)
        default: k(Int64.self)
        }
        return accType == outType ? acc : try acc.cloneData(dtype: outType)
    }
}

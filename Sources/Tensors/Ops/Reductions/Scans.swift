/// Running sums and products along a dimension.
extension Tensor {
    /// PyTorch's `cumsum(dim)` (CumsumBackward0); integers and bools accumulate in int64.
    public func cumsum(dim: Int, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let d = try normalizeDim(dim, self.dim)
        let outType = dtype ?? (self.dtype.isFloatingPoint ? self.dtype : .int64)
        let y = try to(outType).scan(d, reverse: false)
        if needsGrad(self) {
            y.setHistory("CumsumBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.scan(d, reverse: true)] }
        }
        return y
    }

    /// Running sums (or products) along `d`, from the end when `reverse`; not recorded.
    func scan(_ d: Int, reverse: Bool, product: Bool = false) throws(TensorError) -> Tensor {
        func k<T: TensorElement>(_: T.Type) throws(TensorError) -> Tensor {
            try mapLanes(d, T.self, dtype, T.self) { p, o, n in
                var s = product ? T.one : T.zero
                for j in 0..<n {
                    let i = reverse ? n - 1 - j : j
                    s = product ? T.mul(s, p[i]) : T.add(s, p[i])
                    o[i] = s
                }
            }
        }
        switch dtype {
        case .float32: return try k(Float.self)
        case .float64: return try k(Double.self)
        case .int64: return try k(Int64.self)
        case .int32: return try k(Int32.self)
        case .uint8, .bool: return try k(UInt8.self)
        }
    }

    /// PyTorch's `cumprod(dim)` (CumprodBackward0); integers and bools accumulate in int64.
    public func cumprod(dim: Int, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let d = try normalizeDim(dim, self.dim)
        let outType = dtype ?? (self.dtype.isFloatingPoint ? self.dtype : .int64)
        let x = try to(outType)
        let y = try x.scan(d, reverse: false, product: true)
        if needsGrad(self) {
            y.setHistory("CumprodBackward0", [self], saves: true, saved: [self]) { [saved = y.detach()] g, _ throws(TensorError) in
                let y = saved.reattached()
                // d y_j / d x_i = y_j / x_i for j >= i; exact without dividing when x has zeros.
                if try !x.eq(.int(0)).any().item().boolValue {
                    return [try g.mul(y).scan(d, reverse: true).div(x)]
                }
                return [try x.cumprodGradWithZeros(g, d)]
            }
        }
        return y
    }

    /// Σ_{j ≥ i} g_j ∏_{k ≤ j, k ≠ i} x_k per lane, in O(n²), for inputs containing zeros.
    private func cumprodGradWithZeros(_ g: Tensor, _ d: Int) throws(TensorError) -> Tensor {
        let xs = try movedim(d, -1).contiguousData(dtype: .float64)
        let gs = try g.movedim(d, -1).contiguousData(dtype: .float64)
        let n = dim == 0 ? 1 : shape[d]
        let (xv, gv) = (try xs.doubles(), try gs.doubles())
        var out = [Double](repeating: 0, count: xv.count)
        for lane in Swift.stride(from: 0, to: xv.count, by: Swift.max(n, 1)) {
            for i in 0..<n {
                var total = 0.0
                for j in i..<n {
                    var p = 1.0
                    for k in 0...j where k != i { p *= xv[lane + k] }
                    total += gv[lane + j] * p
                }
                out[lane + i] = total
            }
        }
        let r = try Tensor.from(out, shape: xs.shape, dtype: g.dtype)
        return dim == 0 ? try r.reshape([]) : try r.movedim(-1, d)
    }
}

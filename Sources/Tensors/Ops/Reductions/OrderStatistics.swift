/// kthvalue, quantile, aminmax, nansum and nanmean.
extension Tensor {
    /// PyTorch's `kthvalue(k, dim, keepdim)` (KthvalueBackward0): the k-th smallest value and
    /// its index along dim.
    public func kthvalue(_ k: Int, dim: Int = -1, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let n = self.dim == 0 ? 1 : shape[d]
        guard k >= 1 && k <= n else { throw .runtime("kthvalue(): selected number k out of range for dimension \(d)") }
        let x = self.dim == 0 ? try reshape([1]) : self
        let order = try GradMode.withDisabled { () throws(TensorError) in try x.sort(dim: d).indices.narrow(d, k - 1, 1) }
        let squeezed = !(keepdim && self.dim > 0)
        let values = try Tensor.composite("KthvalueBackward0", [x]) { t throws(TensorError) in
            let v = try t[0].gather(d, order)
            return squeezed ? try v.squeeze(dim: self.dim == 0 ? nil : d) : v
        }
        return (values, squeezed ? try order.squeeze(dim: self.dim == 0 ? nil : d) : order)
    }

    /// PyTorch's `quantile(q, dim, keepdim)` with linear interpolation between the sorted
    /// neighbours, PyTorch's lerp formula in the input's precision (SqueezeBackward4).
    public func quantile(_ q: [Double], scalarQ: Bool, dim: Int?, keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else { throw .runtime("quantile() input tensor must be either float or double dtype") }
        for v in q where !(v >= 0 && v <= 1) { throw .runtime("quantile() q values must be in the range [0, 1]") }
        guard numel > 0 else { throw .runtime("quantile() input tensor must be non-empty") }
        let d = try dim.map { v throws(TensorError) in try normalizeDim(v, Swift.max(self.dim, 1)) }
        // Sorted values with the reduced dimension last.
        let n = d.map { self.dim == 0 ? 1 : shape[$0] } ?? numel
        let qt = try Tensor.from(q, shape: [q.count], dtype: dtype)
        let ranks = try qt.mul(.int(Int64(n - 1)))
        let below = try ranks.floor(), above = try ranks.ceil()
        let weights = try ranks.sub(below)
        let (lo, hi) = (try below.to(.int64), try above.to(.int64))
        return try Tensor.composite("SqueezeBackward4", [self]) { t throws(TensorError) in
            let base = d == nil ? try t[0].reshape([-1]) : (self.dim == 0 ? try t[0].reshape([1]) : try t[0].movedim(d ?? 0, -1))
            let sorted = try base.sort(dim: -1).values
            let lead = Array(sorted.shape.dropLast())
            func pick(_ i: Tensor) throws(TensorError) -> Tensor {
                try sorted.unsqueeze(-2).expand(lead + [q.count, n]).gather(-1, i.reshape([Int](repeating: 1, count: lead.count) + [q.count, 1]).expand(lead + [q.count, 1])).squeeze(dim: -1)
            }
            let (vb, va) = (try pick(lo), try pick(hi))
            let w = try weights.reshape([Int](repeating: 1, count: lead.count) + [q.count])
            let small = try vb.add(w.mul(va.sub(vb)))
            let large = try va.sub(va.sub(vb).mul(w.rsub(.int(1))))
            var r = try Tensor.where(w.lt(.double(0.5)).expand(small.shape), small, large)
            // q's dimension leads, as in PyTorch; the reduced dimension is kept as 1 on request.
            r = try r.movedim(-1, 0)
            if keepdim {
                var kept = self.dim == 0 ? [] : shape
                if let d, self.dim > 0 { kept[d] = 1 } else { kept = [Int](repeating: 1, count: self.dim) }
                r = try r.reshape([q.count] + kept)
            }
            return scalarQ ? try r.squeeze(dim: 0) : r
        }
    }

    /// PyTorch's `aminmax(dim, keepdim)`: (min, max), both AminmaxBackward0.
    public func aminmax(dim: Int? = nil, keepdim: Bool = false) throws(TensorError) -> (min: Tensor, max: Tensor) {
        let dims = dim.map { [$0] } ?? []
        let lo = try Tensor.composite("AminmaxBackward0", [self]) { t throws(TensorError) in try t[0].amin(dims: dims, keepdim: keepdim) }
        let hi = try Tensor.composite("AminmaxBackward0", [self]) { t throws(TensorError) in try t[0].amax(dims: dims, keepdim: keepdim) }
        return (lo, hi)
    }

    /// PyTorch's `nansum(dim, keepdim)` (NansumBackward0): NaNs count as zero.
    public func nansum(dims: [Int]? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try Tensor.composite("NansumBackward0", [self]) { t throws(TensorError) in
            try Tensor.where(t[0].isnan(), .int(0), t[0]).sum(dims: dims, keepdim: keepdim)
        }
    }

    /// PyTorch's `nanmean(dim, keepdim)`: nansum over the count of non-NaN elements (DivBackward0).
    public func nanmean(dims: [Int]? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else {
            throw .runtime("nanmean(): expected input to have floating point or complex dtype but got \(dtype.scalarTypeName)")
        }
        let count = try isnan().logicalNot().sum(dims: dims, keepdim: keepdim)
        return try nansum(dims: dims, keepdim: keepdim).div(count)
    }
}

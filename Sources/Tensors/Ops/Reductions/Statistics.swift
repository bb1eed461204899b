/// var, std, norm, logsumexp, median.
extension Tensor {
    private func requireFloat(_ message: String) throws(TensorError) {
        if !dtype.isFloatingPoint { throw .notImplemented(message) }
    }

    /// PyTorch's `var(dim, correction, keepdim)` (VarBackward0); correction 1 is unbiased.
    public func variance(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("std and var only support floating point and complex dtypes")
        let (out, centered, n) = try GradMode.withDisabled { () throws(TensorError) in
            try varianceParts(dims, correction, keepdim)
        }
        if needsGrad(self) {
            out.setHistory("VarBackward0", [self], saves: true) { g, _ throws(TensorError) in
                [try centered.mul(g.reshape(centered.keptShape(dims, keepdim))).mul(.double(2 / n))]
            }
        }
        return out
    }

    /// PyTorch's `std` (StdBackward0).
    public func std(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("std and var only support floating point and complex dtypes")
        let out = try GradMode.withDisabled { () throws(TensorError) in
            let (v, _, _) = try varianceParts(dims, correction, keepdim)
            return try v.sqrt()
        }
        if needsGrad(self) {
            out.setHistory("StdBackward0", [self], saves: true) { [self, saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                let (_, centered, n) = try self.varianceParts(dims, correction, keepdim)
                let kept = centered.keptShape(dims, keepdim)
                return [try centered.mul(g.reshape(kept).div(out.reshape(kept).mul(.double(n))))]
            }
        }
        return out
    }

    /// (variance, x - mean, N - correction), computed in double precision.
    private func varianceParts(_ dims: [Int]?, _ correction: Double, _ keepdim: Bool) throws(TensorError) -> (Tensor, Tensor, Double) {
        let x64 = try to(.float64)
        let layout = try ReductionLayout(x64, dims: dims, keepdim: keepdim)
        let mean = try x64.mean(dims: layout.dims, keepdim: true)
        let centered = try x64.sub(mean)
        let denom = Double(layout.inner) - correction
        let v = try centered.square().sum(dims: layout.dims, keepdim: keepdim).div(.double(Swift.max(denom, 0)))
        return (try v.to(dtype), try centered.to(dtype), denom)
    }

    /// The input's shape with reduced dims set to 1.
    func keptShape(_ dims: [Int]?, _ keepdim: Bool) -> [Int] {
        guard let dims, !dims.isEmpty else { return [Int](repeating: 1, count: dim) }
        let ds = dims.map { $0 < 0 ? $0 + dim : $0 }
        return shape.enumerated().map { ds.contains($0.offset) ? 1 : $0.element }
    }

    /// PyTorch's `norm(p, dim, keepdim)` (LinalgVectorNormBackward0).
    public func norm(p: Double = 2, dims: [Int]? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try requireFloat("linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        let out = try GradMode.withDisabled { () throws(TensorError) -> Tensor in
            let a = try abs()
            if p == .infinity { return try a.amax(dims: dims ?? [], keepdim: keepdim) }
            if p == 1 { return try a.sum(dims: dims, keepdim: keepdim) }
            if p == 2 { return try a.square().sum(dims: dims, keepdim: keepdim).sqrt() }
            return try a.pow(.double(p)).sum(dims: dims, keepdim: keepdim).pow(.double(1 / p))
        }
        if needsGrad(self) {
            out.setHistory("LinalgVectorNormBackward0", [self], saves: true) { [self, saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                let kept = self.keptShape(dims, keepdim)
                let (gk, nk) = (try g.reshape(kept), try out.reshape(kept))
                if p == 1 { return [try self.sign().mul(gk)] }
                if p == 2 { return [try self.mul(gk.div(nk)).masked(nk.eq(.int(0)).expand(self.shape))] }
                let scaled = try self.mul(self.abs().pow(.double(p - 2))).mul(gk.div(nk.pow(.double(p - 1))))
                return [try scaled.masked(nk.eq(.int(0)).expand(self.shape))]
            }
        }
        return out
    }

    /// PyTorch's `logsumexp(dim, keepdim)` (LogsumexpBackward0); integers give float32.
    public func logsumexp(dims: [Int], keepdim: Bool = false) throws(TensorError) -> Tensor {
        let x = try to(dtype.floatingOrDefault)
        let out = try GradMode.withDisabled { () throws(TensorError) -> Tensor in
            let m = try x.amax(dims: dims, keepdim: true)
            // Infinite maxima would give inf - inf; shift by zero there instead.
            let shift = try Tensor.where(m.abs().eq(.double(.infinity)), Tensor.zerosLike(m), m)
            let s = try x.sub(shift).exp().sum(dims: dims, keepdim: true).log().add(shift)
            return keepdim ? s : try s.reshape(try ReductionLayout(x, dims: dims, keepdim: false).outShape)
        }
        if needsGrad(self) {
            out.setHistory("LogsumexpBackward0", [self], saves: true) { [saved = out.detach()] g, _ throws(TensorError) in
                let out = saved.reattached()
                let kept = x.keptShape(dims, keepdim)
                return [try g.reshape(kept).mul(x.sub(out.reshape(kept)).exp())]
            }
        }
        return out
    }

    /// PyTorch's `median()`: the lower of the two middle values (MedianBackward0).
    public func median() throws(TensorError) -> Tensor {
        guard numel > 0 else {
            throw .runtime("median() input tensor cannot be empty")
        }
        let flat = try reshape([-1])
        let (sorted, _) = try GradMode.withDisabled { () throws(TensorError) in try flat.sort(dim: 0) }
        let result = try sorted.select(0, (numel - 1) / 2).cloneData()
        if needsGrad(self) {
            result.setHistory("MedianBackward0", [self], saves: true) { [self, result = result.detach()] g, _ throws(TensorError) in [try self.evenlyDistribute(g, result.reattached())] }
        }
        return result
    }

    /// PyTorch's `median(dim, keepdim)`: (values, indices) (MedianBackward1).
    public func median(dim: Int, keepdim: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, self.dim)
        let (_, order) = try GradMode.withDisabled { () throws(TensorError) in try sort(dim: d) }
        let n = self.dim == 0 ? 1 : shape[d]
        let idx = self.dim == 0 ? order : try order.narrow(d, (n - 1) / 2, 1).contiguousData()
        return try valuesAt(d, idx, keepdim: keepdim, "MedianBackward1")
    }
}

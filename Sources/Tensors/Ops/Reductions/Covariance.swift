/// cov, corrcoef and histc.
extension Tensor {
    /// PyTorch's `cov(correction)`: rows are variables, columns observations; (x - mean) ·
    /// (x - mean)ᵀ / (N - correction), squeezed (SqueezeBackward0).
    public func cov(correction: Int = 1) throws(TensorError) -> Tensor {
        guard dim <= 2 else { throw .runtime("cov(): expected input to have two or fewer dimensions but got an input with \(dim) dimensions") }
        var x = dim < 2 ? try reshape([1, -1]) : self
        if !x.isFloatingPoint { x = try x.to(.float32) }
        let observations = x.shape[1]
        let factor = Swift.max(observations - correction, 0)
        let centered = try x.sub(x.mean(dims: [1]).unsqueeze(1))
        return try centered.mm(centered.t()).div(.int(Int64(factor))).squeeze()
    }

    /// PyTorch's `corrcoef()`: cov scaled by the standard deviations, clipped to [-1, 1].
    public func corrcoef() throws(TensorError) -> Tensor {
        let c = try cov()
        if c.dim == 0 { return try c.div(c) }
        let std = try c.diagonal(offset: 0, dim1: 0, dim2: 1).sqrt()
        return try c.div(std.view([-1, 1])).div(std.view([1, -1])).clamp(min: .int(-1), max: .int(1))
    }

    /// PyTorch's `histc(bins, min, max)`: counts in equal-width bins (the data's range when
    /// min == max), computed in the input's precision; values outside are ignored.
    public func histc(bins: Int = 100, min lo: Double = 0, max hi: Double = 0) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else { throw .notImplemented("\"histogram_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        guard bins > 0 else { throw .runtime("torch.histc(): bins must be > 0, but got \(bins) for dimension 0") }
        guard lo <= hi else { throw .runtime("torch.histc(): max must be larger than min") }
        return dtype == .float32 ? try histogram(Float.self, bins, lo, hi) : try histogram(Double.self, bins, lo, hi)
    }

    private func histogram<T: BinaryFloatingPoint & TensorElement>(_: T.Type, _ bins: Int, _ lo: Double, _ hi: Double) throws(TensorError) -> Tensor {
        let data = try contiguousData()
        defer { withExtendedLifetime(data) {} }
        let xs = data.pointer(T.self)
        let n = numel
        var (left, right) = (T(lo), T(hi))
        if left == right && n > 0 {
            left = (0..<n).map { xs[$0] }.min() ?? 0
            right = (0..<n).map { xs[$0] }.max() ?? 0
        }
        if left == right { left -= 1; right += 1 }
        guard left.isFinite && right.isFinite else { throw .runtime("torch.histc(): range of [\(lo), \(hi)] is not finite") }
        let out = try Tensor(zerosOf: [bins], dtype: .float64)
        let counts = out.pointer(Double.self)
        for i in 0..<n {
            let x = xs[i]
            guard x >= left && x <= right else { continue }
            var pos = Int((x - left) * T(bins) / (right - left))
            pos = Swift.min(pos, bins - 1)
            counts[pos] += 1
        }
        return try out.to(dtype)
    }
}

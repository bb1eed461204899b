#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// cummax, cummin and logcumsumexp: scans along one dimension.
extension Tensor {
    /// PyTorch's `cummax(dim)` (CummaxBackward0): running maxima and where they were last
    /// reached (ties take the later index, NaN sticks).
    public func cummax(dim: Int) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        try runningExtreme(dim, largest: true)
    }

    /// PyTorch's `cummin(dim)` (CumminBackward0).
    public func cummin(dim: Int) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        try runningExtreme(dim, largest: false)
    }

    private func runningExtreme(_ dim: Int, largest: Bool) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let moved = self.dim == 0 ? try reshape([1]) : try movedim(d, -1)
        let n = moved.shape.last ?? 1
        let xs = try moved.contiguousData().to(.float64).doubles()
        var values = xs, indices = [Int64](repeating: 0, count: xs.count)
        for lane in Swift.stride(from: 0, to: xs.count, by: Swift.max(n, 1)) {
            var best = xs[lane], at = 0
            for j in 0..<n {
                let v = xs[lane + j]
                if best.isNaN == false && (v.isNaN || (largest ? v >= best : v <= best)) { best = v; at = j }
                values[lane + j] = best
                indices[lane + j] = Int64(at)
            }
        }
        func back(_ t: Tensor) throws(TensorError) -> Tensor { self.dim == 0 ? try t.reshape([]) : try t.movedim(-1, d) }
        let idx = try back(Tensor.from(indices, shape: moved.shape)).contiguous()
        let out = try back(Tensor.from(values, shape: moved.shape, dtype: dtype)).contiguous()
        if needsGrad(self) {
            let inShape = shape
            out.setHistory(largest ? "CummaxBackward0" : "CumminBackward0", [self], saves: false) { g, _ throws(TensorError) in
                guard !inShape.isEmpty else { return [g] }
                return [try Tensor.zeros(inShape, dtype: g.dtype).scatterAdd(d, idx, g)]
            }
        }
        return (out, idx)
    }

    /// PyTorch's `logcumsumexp(dim)` (LogcumsumexpBackward0): running log-sum-exp, each step
    /// max + log1p(exp(min - max)) in double.
    public func logcumsumexp(dim: Int) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else { throw .notImplemented("\"logcumsumexp_out_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let y = try logScan(d)
        if needsGrad(self) {
            y.setHistory("LogcumsumexpBackward0", [self], saves: true, saved: [self], savesOutput: true) { [self, saved = y.detach()] g, _ throws(TensorError) in
                // ∂y_j/∂x_i = exp(x_i - y_j) for j ≥ i, shifted by the lane's largest x.
                guard self.dim > 0 else { return [g] }
                let c = try self.amax(dims: [d], keepdim: true)
                let tail = try g.mul(c.sub(saved.reattached()).exp()).scan(d, reverse: true)
                return [try tail.mul(self.sub(c).exp())]
            }
        }
        return y
    }

    private func logScan(_ d: Int) throws(TensorError) -> Tensor {
        let moved = dim == 0 ? try reshape([1]) : try movedim(d, -1)
        let n = moved.shape.last ?? 1
        var xs = try moved.contiguousData().to(.float64).doubles()
        for lane in Swift.stride(from: 0, to: xs.count, by: Swift.max(n, 1)) {
            var acc = -Double.infinity
            for j in 0..<n {
                let v = xs[lane + j]
                let (lo, hi) = (Swift.min(acc, v), Swift.max(acc, v))
                acc = (lo != hi || lo.isFinite) ? hi + logAddExpTail(lo - hi) : acc
                xs[lane + j] = acc
            }
        }
        let r = try Tensor.from(xs, shape: moved.shape, dtype: dtype)
        return dim == 0 ? try r.reshape([]) : try r.movedim(-1, d).contiguous()
    }
}

/// log1p(exp(x)) with libm's functions (the extension's methods of those names would shadow them).
private func logAddExpTail(_ x: Double) -> Double { log1p(exp(x)) }

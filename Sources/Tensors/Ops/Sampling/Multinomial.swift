#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// torch.multinomial and exponential_, drawing from the generator exactly as PyTorch's CPU
/// kernels do (MultinomialKernel.cpp and the exponential/Gumbel fast path of Distributions.cpp).
extension Tensor {
    /// PyTorch's `exponential_(lambd)`: -log1p(-u) / lambd per element, u a 53-bit uniform
    /// double, computed in double and rounded to the dtype.
    @discardableResult
    public func exponential_(lambd: Double = 1, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard lambd > 0 else { throw .runtime("exponential_ expects lambda > 0.0, but found lambda=\(pythonNumber(lambd))") }
        guard dtype.isFloatingPoint else { throw .notImplemented("\"exponential_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        try checkInPlace()
        var draws = [Double](repeating: 0, count: numel)
        for i in draws.indices { draws[i] = -1 / lambd * logOnePlus(-generator.unitDouble()) }
        let values = try Tensor.from(draws, shape: shape, dtype: dtype)
        copyElements(from: values, into: self)
        storage.version += 1
        return self
    }

    /// PyTorch's `multinomial(num_samples, replacement)`: category indices (int64) drawn from
    /// each row of non-negative weights.
    public func multinomial(_ samples: Int, replacement: Bool = false, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard dim == 1 || dim == 2 else { throw .runtime("prob_dist must be 1 or 2 dim") }
        guard dtype.isFloatingPoint else {
            throw .runtime("multinomial only supports floating-point dtypes for input, got: \(dtype.scalarTypeName)")
        }
        guard samples > 0 else { throw .runtime("cannot sample n_sample <= 0 samples") }
        let categories = shape[dim - 1], rows = dim == 2 ? shape[0] : 1
        guard replacement || samples <= categories else {
            throw .runtime("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
        }
        let outShape = dim == 1 ? [samples] : [rows, samples]
        if rows == 0 || categories == 0 { return try Tensor.zeros(outShape, dtype: .int64) }
        if !replacement || samples == 1 {
            // Gumbel-max: argmax / topk of p / q with q ~ Exp(1), one draw per weight.
            let values = try contiguousData().to(.float64).doubles()
            guard values.allSatisfy({ $0 >= 0 && $0 < .infinity }) else {
                throw .runtime("probability tensor contains either `inf`, `nan` or element < 0")
            }
            for r in 0..<rows where values[(r * categories)..<((r + 1) * categories)].reduce(0, +) == 0 {
                throw .runtime("invalid multinomial distribution (sum of probabilities <= 0)")
            }
            let q = try Tensor.emptyLike(self).exponential_(generator: generator)
            let ratio = try GradMode.withDisabled { () throws(TensorError) in try detach().div(q) }
            return samples == 1 ? try ratio.argmax(dim: -1, keepdim: true) : try ratio.topk(samples, dim: -1).indices
        }
        let out = try Tensor(zerosOf: outShape, dtype: .int64)
        if dtype == .float32 {
            try sampleWithReplacement(Float.self, rows, categories, samples, generator, into: out.pointer(Int64.self))
        } else {
            try sampleWithReplacement(Double.self, rows, categories, samples, generator, into: out.pointer(Int64.self))
        }
        return out
    }

    /// Inverse-CDF sampling on each row's normalised running sums, accumulated in the weights'
    /// own precision; a binary search per uniform double.
    private func sampleWithReplacement<T: TensorElement & BinaryFloatingPoint>(_: T.Type, _ rows: Int, _ categories: Int, _ samples: Int,
                                                                                _ generator: Generator, into out: UnsafeMutablePointer<Int64>) throws(TensorError) {
        let p = try contiguousData()
        defer { withExtendedLifetime(p) {} }
        let weights = p.pointer(T.self)
        var cumulative = [T](repeating: 0, count: categories)
        for r in 0..<rows {
            var sum = T.zero
            for j in 0..<categories {
                let w = weights[r * categories + j]
                guard w >= 0 else { throw .runtime("invalid multinomial distribution (encountering probability entry < 0)") }
                guard w.isFinite else { throw .runtime("invalid multinomial distribution (encountering probability entry = infinity or NaN)") }
                sum += w
                cumulative[j] = sum
            }
            guard sum > 0 else { throw .runtime("invalid multinomial distribution (sum of probabilities <= 0)") }
            for j in 0..<categories { cumulative[j] /= sum }
            cumulative[categories - 1] = 1
            for s in 0..<samples {
                let u = generator.unitDouble()
                var (lo, hi) = (0, categories)
                while hi > lo {
                    let mid = lo + (hi - lo) / 2
                    if Double(cumulative[mid]) < u { lo = mid + 1 } else { hi = mid }
                }
                out[r * samples + s] = Int64(lo)
            }
        }
    }
}

/// libm's log1p (the extension's own `log1p` method would shadow it).
private func logOnePlus(_ x: Double) -> Double { log1p(x) }

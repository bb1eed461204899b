/// scatter_reduce: src values combined into self at gathered positions by sum, prod, mean,
/// amax or amin, with or without self's own values.
extension Tensor {
    public enum ScatterReduction: String, Sendable { case sum, prod, mean, amax, amin }

    /// PyTorch's `scatter_reduce(dim, index, src, reduce, include_self)` (ScatterReduceBackward0;
    /// Flint differentiates sum and mean).
    public func scatterReduce(_ dim: Int, _ index: Tensor, _ src: Tensor, _ reduce: ScatterReduction,
                              includeSelf: Bool = true) throws(TensorError) -> Tensor {
        guard index.dtype == .int64 else { throw .runtime("scatter_reduce(): Expected dtype int64 for index") }
        guard src.dtype == dtype else {
            throw .runtime("scatter_reduce(): Expected self.dtype to be equal to src.dtype")
        }
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let positions = try gatherPositions(d, index)
        switch reduce {
        case .sum, .mean:
            return try Tensor.composite("ScatterReduceBackward0", [self, src]) { t throws(TensorError) in
                let base = includeSelf ? t[0] : try t[0].scatter(d, index, value: .int(0))
                let total = try base.scatterAdd(d, index, t[1])
                guard reduce == .mean else { return total }
                let ones = try Tensor.onesLike(src)
                let start = includeSelf ? try Tensor.onesLike(self) : try Tensor.onesLike(self).scatter(d, index, value: .int(0))
                let count = try start.scatterAdd(d, index, ones).clampMin(.int(1))
                return self.isFloatingPoint ? try total.div(count) : try total.div(count, roundingMode: "floor")
            }
        case .prod, .amax, .amin:
            let out = try combine(positions, try src.contiguousData(dtype: dtype).narrowedLike(index), reduce, includeSelf)
            if needsGrad(self, src) {
                out.setHistory("ScatterReduceBackward0", [self, src], saves: false) { _, _ throws(TensorError) in
                    throw .notImplemented("scatter_reduce: the gradient for reduce='\(reduce.rawValue)' is not supported yet (only 'sum' and 'mean')")
                }
            }
            return out
        }
    }

    /// The leading corner of this tensor with `index`'s shape, contiguous.
    private func narrowedLike(_ index: Tensor) throws(TensorError) -> Tensor {
        var v = self
        for k in 0..<Swift.min(dim, index.dim) { v = try v.narrow(k, 0, Swift.min(index.shape[k], shape[k])) }
        return try v.contiguousData()
    }

    private func combine(_ positions: [Int], _ values: Tensor, _ reduce: ScatterReduction, _ includeSelf: Bool) throws(TensorError) -> Tensor {
        var out = try contiguousData().to(.float64).doubles()
        let vs = try values.to(.float64).doubles()
        var seen = Set<Int>()
        for (k, p) in positions.enumerated() where k < vs.count {
            let first = !includeSelf && seen.insert(p).inserted
            let v = vs[k]
            switch reduce {
            case .prod: out[p] = first ? v : out[p] * v
            case .amax: out[p] = first ? v : (v.isNaN || out[p].isNaN ? .nan : Swift.max(out[p], v))
            default: out[p] = first ? v : (v.isNaN || out[p].isNaN ? .nan : Swift.min(out[p], v))
            }
        }
        return try Tensor.from(out, shape: shape, dtype: dtype)
    }
}

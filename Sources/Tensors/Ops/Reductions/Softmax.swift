import CVectorMath
/// softmax and log_softmax along a dimension.
extension Tensor {
    /// PyTorch's `softmax(dim)` (SoftmaxBackward0): exp(x - max) times 1/sum, as ATen's kernel.
    public func softmax(dim: Int, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try softmaxFamily(dim, dtype, log: false)
    }

    /// PyTorch's `log_softmax(dim)` (LogSoftmaxBackward0): x - max - log(sum(exp(x - max))).
    public func logSoftmax(dim: Int, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try softmaxFamily(dim, dtype, log: true)
    }

    private func softmaxFamily(_ dim: Int, _ dtype: DType?, log: Bool) throws(TensorError) -> Tensor {
        let d = try normalizeDim(dim, self.dim)
        let x = try to(dtype ?? self.dtype)
        guard x.dtype.isFloatingPoint else {
            let kernel = log ? "log_softmax_lastdim_kernel_impl" : "softmax_lastdim_kernel_impl"
            throw .notImplemented("\"\(kernel)\" not implemented for '\(x.dtype.scalarTypeName)'")
        }
        func k<T: FloatElement>(_: T.Type) throws(TensorError) -> Tensor {
            try x.mapLanes(d, T.self, x.dtype, T.self) { p, o, n in
                guard n > 0 else { return }
                var m = p[0]
                for i in 0..<n where p[i] > m || p[i].isNaN { m = p[i] }
                var s = 0.0
                for i in 0..<n {
                    let e = T.exp(p[i] - m)
                    if !log { o[i] = e }
                    s += e.asDouble
                }
                if log {
                    let ls = T(Double.log(s))
                    for i in 0..<n { o[i] = p[i] - m - ls }
                } else {
                    let r = 1 / T(s)
                    for i in 0..<n { o[i] = o[i] * r }
                }
            }
        }
        /// float32 as ATen's vectorised kernel rounds it: SLEEF exp, lane-ordered float sums.
        func float32() throws(TensorError) -> Tensor {
            try x.mapLanes(d, Float.self, x.dtype, Float.self) { p, o, n in
                guard n > 0 else { return }
                var m = p[0]
                for i in 0..<n where p[i] > m || p[i].isNaN { m = p[i] }
                flint_sleef_expf(p, m, o, n)
                let s = VectorMath.reduceAllSum(o, count: n)
                if log {
                    let ls = Float.log(s)
                    for i in 0..<n { o[i] = p[i] - m - ls }
                } else {
                    let r = 1 / s
                    for i in 0..<n { o[i] = o[i] * r }
                }
            }
        }
        let y = x.dtype == .float64 ? try k(Double.self) : try float32()
        if needsGrad(x) {
            if log {
                y.setHistory("LogSoftmaxBackward0", [x], saves: true, savesOutput: true) { [saved = y.detach()] g, _ throws(TensorError) in
                    let y = saved.reattached()
                    return [try g.sub(y.exp().mul(g.sum(dims: [d], keepdim: true)))]
                }
            } else {
                y.setHistory("SoftmaxBackward0", [x], saves: true, savesOutput: true) { [saved = y.detach()] g, _ throws(TensorError) in
                    let y = saved.reattached()
                    let gy = try g.mul(y)
                    return [try gy.sub(y.mul(gy.sum(dims: [d], keepdim: true)))]
                }
            }
        }
        return y
    }
}

/// logaddexp and hypot: two-operand functions computed stably.
extension Tensor {
    /// PyTorch's `logaddexp(other)` (LogaddexpBackward0): log(exp(a) + exp(b)) as
    /// max(a, b) + log1p(exp(-|a - b|)), and a itself where both are the same infinity.
    public func logaddexp(_ other: Tensor) throws(TensorError) -> Tensor {
        try requireFloating("logaddexp")
        return try Tensor.composite("LogaddexpBackward0", [self, other]) { t throws(TensorError) in
            let (a, b) = (t[0], t[1])
            let spread = try a.sub(b).abs().neg().exp().log1p()
            let y = try a.maximum(b).add(spread)
            let sameInfinity = try a.isinf().logicalAnd(a.eq(b))
            return try Tensor.where(sameInfinity, a.expand(y.shape), y)
        }
    }

    /// PyTorch's `hypot(other)` (HypotBackward0): sqrt(a² + b²) computed in double so float32
    /// rounds once, as C's hypotf does.
    public func hypot(_ other: Tensor) throws(TensorError) -> Tensor {
        try requireFloating("hypot")
        let dt = resultType(self, other)
        return try Tensor.composite("HypotBackward0", [self, other]) { t throws(TensorError) in
            let (a, b) = (try t[0].to(.float64), try t[1].to(.float64))
            return try a.square().add(b.square()).sqrt().to(dt)
        }
    }

    private func requireFloating(_ name: String) throws(TensorError) {
        if !dtype.isFloatingPoint { throw .notImplemented("\"\(name)_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
    }
}

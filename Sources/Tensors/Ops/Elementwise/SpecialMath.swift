/// logit, xlogy, sgn, deg2rad and rad2deg.
extension Tensor {
    /// PyTorch's `logit(eps)` (LogitBackward0): log(x / (1 - x)), x clamped to [eps, 1 - eps]
    /// when eps is given.
    public func logit(eps: Double? = nil) throws(TensorError) -> Tensor {
        try Tensor.composite("LogitBackward0", [self]) { t throws(TensorError) in
            var x = t[0].isFloatingPoint ? t[0] : try t[0].to(.float32)
            if let eps { x = try x.clamp(min: .double(eps), max: .double(1 - eps)) }
            return try x.div(x.rsub(.int(1))).log()
        }
    }

    /// PyTorch's `xlogy(x, y)` (XlogyBackward0): x · log(y), 0 where x is 0 (unless y is NaN).
    public static func xlogy(_ x: Tensor, _ y: Tensor) throws(TensorError) -> Tensor {
        try composite("XlogyBackward0", [x, y]) { t throws(TensorError) in
            let product = try t[0].mul(t[1].log())
            let zero = try t[0].eq(.int(0)).logicalAnd(t[1].isnan().logicalNot())
            return try Tensor.where(zero, .int(0), product)
        }
    }

    /// PyTorch's `sgn()` (SgnBackward0): the sign for real tensors.
    public func sgn() throws(TensorError) -> Tensor {
        try Tensor.composite("SgnBackward0", [self]) { t throws(TensorError) in try t[0].sign() }
    }

    /// PyTorch's `deg2rad()` (Deg2RadBackward0) and `rad2deg()` (Rad2DegBackward0): one
    /// multiplication by the double constant, as ATen's kernels.
    public func deg2rad() throws(TensorError) -> Tensor {
        try Tensor.composite("Deg2RadBackward0", [self]) { t throws(TensorError) in try t[0].mul(.double(0.017453292519943295769236907684886127134428718885417)) }
    }

    public func rad2deg() throws(TensorError) -> Tensor {
        try Tensor.composite("Rad2DegBackward0", [self]) { t throws(TensorError) in try t[0].mul(.double(57.295779513082320876798154814105170332405472466564)) }
    }
}

/// addcmul, addcdiv and lerp with ATen's rounding: `self + value * t1 * t2`,
/// `self + value * t1 / t2` (left to right, no fused multiply-add), and lerp's fused
/// `fma(w or w - 1, end - start, start or end)` chosen by |w| < 0.5.
extension Tensor {
    public func addcmul(_ t1: Tensor, _ t2: Tensor, value: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try add(t1.mul(value).mul(t2))
    }

    public func addcdiv(_ t1: Tensor, _ t2: Tensor, value: Scalar = .int(1)) throws(TensorError) -> Tensor {
        if !t1.isFloatingPoint && !t2.isFloatingPoint {
            throw .runtime("Integer division with addcdiv is no longer supported, and in a future release addcdiv will perform a true division of tensor1 and tensor2. The historic addcdiv behavior can be implemented as (input + value * torch.trunc(tensor1 / tensor2)).to(input.dtype) using PyTorch 1.5 or older.")
        }
        return try add(t1.mul(value).div(t2))
    }

    @discardableResult
    public func addcmul_(_ t1: Tensor, _ t2: Tensor, value: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try inPlace([t1, t2]) { x throws(TensorError) in try x.addcmul(t1, t2, value: value) }
    }

    @discardableResult
    public func addcdiv_(_ t1: Tensor, _ t2: Tensor, value: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try inPlace([t1, t2]) { x throws(TensorError) in try x.addcdiv(t1, t2, value: value) }
    }

    /// `torch.lerp(start, end, weight)` for a number weight.
    public func lerp(_ end: Tensor, weight: Double) throws(TensorError) -> Tensor {
        let small = Swift.abs(weight) < 0.5
        let coeff = small ? weight : weight - 1
        let diff = try end.sub(self)
        let base = try (small ? self : end).expand(diff.shape)
        if needsGrad(self, end) || !diff.isFloatingPoint {
            return try base.add(diff.mul(.double(coeff)))
        }
        if diff.dtype == .float64 {
            let d = try diff.doubles(), b = try base.contiguous().doubles()
            return try Tensor.from(zip(d, b).map { $1.addingProduct(coeff, $0) }, shape: diff.shape, dtype: .float64)
        }
        let c = small ? Float(weight) : Float(weight) - 1  // ATen forms w - 1 in the element type
        let d = try diff.floats(), b = try base.contiguous().floats()
        return try Tensor.from(zip(d, b).map { Double($1.addingProduct(c, $0)) }, shape: diff.shape, dtype: .float32)
    }

    @discardableResult
    public func lerp_(_ end: Tensor, weight: Double) throws(TensorError) -> Tensor {
        try inPlace([end]) { x throws(TensorError) in try x.lerp(end, weight: weight) }
    }
}

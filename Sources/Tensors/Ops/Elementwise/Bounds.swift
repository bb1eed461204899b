/// clamp_min, clamp_max and nan_to_num: one-sided bounds and replacing non-finite values.
extension Tensor {
    /// PyTorch's `clamp_min(min)` (ClampMinBackward0); the gradient passes strictly above min.
    public func clampMin(_ lo: Scalar) throws(TensorError) -> Tensor { try oneSided(lo, lower: true) }

    /// PyTorch's `clamp_max(max)` (ClampMaxBackward0); the gradient passes strictly below max.
    public func clampMax(_ hi: Scalar) throws(TensorError) -> Tensor { try oneSided(hi, lower: false) }

    private func oneSided(_ bound: Scalar, lower: Bool) throws(TensorError) -> Tensor {
        let y = try GradMode.withDisabled { () throws(TensorError) in lower ? try clamp(min: bound) : try clamp(max: bound) }
        if needsGrad(self) {
            y.setHistory(lower ? "ClampMinBackward0" : "ClampMaxBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in
                [try g.mul(lower ? self.gt(bound) : self.lt(bound))]
            }
        }
        return y
    }

    /// PyTorch's `nan_to_num(nan, posinf, neginf)` (NanToNumBackward0): infinities default to
    /// the dtype's largest finite values; integer tensors come back unchanged.
    public func nanToNum(nan: Double = 0, posinf: Double? = nil, neginf: Double? = nil) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else { return try clone() }
        let big = dtype == .float32 ? Double(Float.greatestFiniteMagnitude) : Double.greatestFiniteMagnitude
        return try Tensor.composite("NanToNumBackward0", [self]) { xs throws(TensorError) in
            let x = xs[0]
            var y = try Tensor.where(x.isnan(), .double(nan), x)
            y = try Tensor.where(x.eq(.double(.infinity)), .double(posinf ?? big), y)
            return try Tensor.where(x.eq(.double(-.infinity)), .double(neginf ?? -big), y)
        }
    }
}

/// clamp_min, clamp_max and nan_to_num: one-sided bounds and replacing non-finite values.
extension Tensor {
    /// PyTorch's `clamp_min(min)` (ClampMinBackward0).
    public func clampMin(_ lo: Scalar) throws(TensorError) -> Tensor {
        try Tensor.composite("ClampMinBackward0", [self]) { x throws(TensorError) in try x[0].clamp(min: lo) }
    }

    /// PyTorch's `clamp_max(max)` (ClampMaxBackward0).
    public func clampMax(_ hi: Scalar) throws(TensorError) -> Tensor {
        try Tensor.composite("ClampMaxBackward0", [self]) { x throws(TensorError) in try x[0].clamp(max: hi) }
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

/// std_mean and var_mean: the spread and the mean in one call, as PyTorch returns them.
extension Tensor {
    /// PyTorch's `std_mean(dim, correction, keepdim)` (StdMeanBackward0 on both results).
    public func stdMean(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws(TensorError) -> (Tensor, Tensor) {
        try moments("StdMeanBackward0", dims, keepdim) { x throws(TensorError) in try x.std(dims: dims, correction: correction, keepdim: keepdim) }
    }

    /// PyTorch's `var_mean(dim, correction, keepdim)` (VarMeanBackward0 on both results).
    public func varMean(dims: [Int]? = nil, correction: Double = 1, keepdim: Bool = false) throws(TensorError) -> (Tensor, Tensor) {
        try moments("VarMeanBackward0", dims, keepdim) { x throws(TensorError) in try x.variance(dims: dims, correction: correction, keepdim: keepdim) }
    }

    private func moments(_ name: String, _ dims: [Int]?, _ keepdim: Bool,
                         _ spread: @escaping (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> (Tensor, Tensor) {
        let s = try Tensor.composite(name, [self]) { x throws(TensorError) in try spread(x[0]) }
        let m = try Tensor.composite(name, [self]) { x throws(TensorError) in try x[0].mean(dims: dims, keepdim: keepdim) }
        return (s, m)
    }
}

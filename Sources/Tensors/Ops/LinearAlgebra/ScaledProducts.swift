/// addmv, baddbmm, addbmm: beta * input + alpha * (a product), one node each as in PyTorch.
extension Tensor {
    /// PyTorch's `addmv(input, mat, vec, beta, alpha)` (AddmvBackward0).
    public static func addmv(_ input: Tensor, _ mat: Tensor, _ vec: Tensor, beta: Scalar = .int(1), alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try scaledSum("AddmvBackward0", input, mat, vec, beta, alpha) { a, b throws(TensorError) in try a.mv(b) }
    }

    /// PyTorch's `baddbmm(input, batch1, batch2, beta, alpha)` (BaddbmmBackward0).
    public static func baddbmm(_ input: Tensor, _ b1: Tensor, _ b2: Tensor, beta: Scalar = .int(1), alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try scaledSum("BaddbmmBackward0", input, b1, b2, beta, alpha) { a, b throws(TensorError) in try a.bmm(b) }
    }

    /// PyTorch's `addbmm(input, batch1, batch2, beta, alpha)` (AddbmmBackward0): the batch of
    /// products summed.
    public static func addbmm(_ input: Tensor, _ b1: Tensor, _ b2: Tensor, beta: Scalar = .int(1), alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try scaledSum("AddbmmBackward0", input, b1, b2, beta, alpha) { a, b throws(TensorError) in try a.bmm(b).sum(dims: [0]) }
    }

    private static func scaledSum(_ name: String, _ input: Tensor, _ a: Tensor, _ b: Tensor, _ beta: Scalar, _ alpha: Scalar,
                                  _ product: @escaping (Tensor, Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        try composite(name, [input, a, b]) { t throws(TensorError) in
            var p = try product(t[1], t[2])
            if alpha.doubleValue != 1 { p = try p.mul(.wrapped(alpha)) }
            // beta = 0 ignores the input, NaNs included, as PyTorch documents.
            if beta.doubleValue == 0 { return try p.add(t[0].mul(.int(0)).nanToNum()).expand(p.shape).contiguous() }
            let bias = beta.doubleValue == 1 ? t[0] : try t[0].mul(.wrapped(beta))
            return try bias.add(p)
        }
    }
}

/// F.normalize, cosine_similarity, pairwise_distance and cdist, as PyTorch composes them.
extension Tensor {
    /// `F.normalize(input, p, dim, eps)`: input / max(‖input‖_p, eps) along dim (DivBackward0).
    public func normalize(p: Double = 2, dim: Int = 1, eps: Double = 1e-12) throws(TensorError) -> Tensor {
        let denom = try norm(p: p, dims: [dim], keepdim: true).clampMin(.double(eps)).expand(shape)
        return try div(denom)
    }

    /// `F.cosine_similarity(x1, x2, dim, eps)`: each input divided by its norm (at least eps),
    /// multiplied and summed along dim (SumBackward1), as ATen's kernel does.
    public static func cosineSimilarity(_ x1: Tensor, _ x2: Tensor, dim: Int = 1, eps: Double = 1e-8) throws(TensorError) -> Tensor {
        let shape = try broadcastShapes(x1.shape, x2.shape)
        let (a, b) = (try x1.expand(shape), try x2.expand(shape))
        let na = try a.norm(dims: [dim], keepdim: true).clampMin(.double(eps))
        let nb = try b.norm(dims: [dim], keepdim: true).clampMin(.double(eps))
        return try a.div(na).mul(b.div(nb)).sum(dims: [dim])
    }

    /// `F.pairwise_distance(x1, x2, p, eps, keepdim)`: ‖x1 - x2 + eps‖_p over the last
    /// dimension (NormBackward1).
    public static func pairwiseDistance(_ x1: Tensor, _ x2: Tensor, p: Double = 2, eps: Double = 1e-6, keepdim: Bool = false) throws(TensorError) -> Tensor {
        try composite("NormBackward1", [x1, x2]) { t throws(TensorError) in
            let d = try t[0].sub(t[1]).add(.double(eps))
            return try d.norm(p: p, dims: [d.dim == 0 ? 0 : -1], keepdim: keepdim)
        }
    }

    /// `torch.cdist(x1, x2, p)`: distances between the rows of x1 and of x2 (CdistBackward0).
    public static func cdist(_ x1: Tensor, _ x2: Tensor, p: Double = 2) throws(TensorError) -> Tensor {
        guard x1.dim >= 2 else { throw .runtime("cdist only supports at least 2D tensors, X1 got: \(x1.dim)D") }
        guard x2.dim >= 2 else { throw .runtime("cdist only supports at least 2D tensors, X2 got: \(x2.dim)D") }
        guard x1.shape[x1.dim - 1] == x2.shape[x2.dim - 1] else {
            throw .runtime("X1 and X2 must have the same number of columns. X1: \(x1.shape[x1.dim - 1]) X2: \(x2.shape[x2.dim - 1])")
        }
        guard p >= 0 else { throw .runtime("cdist only supports non-negative p values") }
        return try composite("CdistBackward0", [x1, x2]) { t throws(TensorError) in
            try t[0].unsqueeze(-2).sub(t[1].unsqueeze(-3)).norm(p: p, dims: [-1])
        }
    }
}

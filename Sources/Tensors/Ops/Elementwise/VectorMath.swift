// The float32 arithmetic of PyTorch's vectorised CPU kernels where its results differ from
// correctly rounded ones: the lane order of `vec::reduce_all` sums (AVX2, 8 lanes), so softmax,
// log_softmax and the losses on them round as PyTorch's do. SLEEF's expf is in CVectorMath.

enum VectorMath {
    /// `vec::reduce_all` with `+` over n floats: 8 lanes accumulate vector by vector, a short
    /// tail adds into the first lanes, then the lanes fold pairwise (4, 2, 1 apart).
    static func reduceAllSum(_ p: UnsafePointer<Float>, count n: Int) -> Float {
        let lanes = 8
        if n < lanes {
            var s: Float = n > 0 ? p[0] : 0
            for i in 1..<Swift.max(n, 1) { s += p[i] }
            return s
        }
        var acc = (0..<lanes).map { p[$0] }
        var d = lanes
        while d + lanes <= n {
            for l in 0..<lanes { acc[l] += p[d + l] }
            d += lanes
        }
        for l in 0..<(n - d) { acc[l] += p[d + l] }
        let half = (0..<lanes).map { acc[$0] + acc[$0 ^ 4] }
        let quarter = (0..<lanes).map { half[$0] + half[$0 ^ 2] }
        return quarter[0] + quarter[1]
    }
}

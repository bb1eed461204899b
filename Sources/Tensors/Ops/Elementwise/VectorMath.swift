// The float32 arithmetic of PyTorch's vectorised CPU kernels where its results differ from
// correctly rounded ones: SLEEF's expf (u10) and the lane order of `vec::reduce_all` sums
// (AVX2, 8 lanes), so softmax, log_softmax and the losses on them round as PyTorch's do.

enum VectorMath {
    /// SLEEF's `xexpf` (sleefsimdsp.c) with fused multiply-adds, as PyTorch's AVX2 build uses.
    @inline(__always)
    static func expf(_ d: Float) -> Float {
        let q = (d * 1.442695040888963407359924681001892137426645954152985934135449406931).rounded(.toNearestOrEven)
        var s = d.addingProduct(q, -0.693145751953125)
        s = s.addingProduct(q, -1.428606765330187045e-06)
        var u = Float(0.00139304355252534151077271).addingProduct(Float(0.000198527617612853646278381), s)
        u = Float(0.00833336077630519866943359).addingProduct(u, s)
        u = Float(0.0416664853692054748535156).addingProduct(u, s)
        u = Float(0.166666671633720397949219).addingProduct(u, s)
        u = Float(0.5).addingProduct(u, s)
        u = 1 + s.addingProduct(s * s, u)
        if d < -104 { return 0 }
        if d > 100 { return .infinity }
        guard q.isFinite else { return d.isNaN ? d : 0 }
        // SLEEF's ldexp2: two exact halves, so a subnormal result is rounded once, by the last.
        let k = Int(q), half = k >> 1
        return u * Float(sign: .plus, exponent: half, significand: 1) * Float(sign: .plus, exponent: k - half, significand: 1)
    }

    /// `expf` on eight lanes at once, with the same operations lane by lane (and so the same bits).
    @inline(__always)
    static func expf(_ d: SIMD8<Float>) -> SIMD8<Float> {
        let q = (d * 1.442695040888963407359924681001892137426645954152985934135449406931).rounded(.toNearestOrEven)
        var s = d.addingProduct(q, SIMD8(repeating: -0.693145751953125))
        s = s.addingProduct(q, SIMD8(repeating: -1.428606765330187045e-06))
        var u = SIMD8<Float>(repeating: 0.00139304355252534151077271).addingProduct(SIMD8(repeating: 0.000198527617612853646278381), s)
        u = SIMD8<Float>(repeating: 0.00833336077630519866943359).addingProduct(u, s)
        u = SIMD8<Float>(repeating: 0.0416664853692054748535156).addingProduct(u, s)
        u = SIMD8<Float>(repeating: 0.166666671633720397949219).addingProduct(u, s)
        u = SIMD8<Float>(repeating: 0.5).addingProduct(u, s)
        u = 1 + s.addingProduct(s * s, u)
        let under = d .< -104, over = d .> 100, nan = d .!= d
        // Lanes replaced below get q = 0, so the conversion to integers cannot overflow.
        let k = SIMD8<Int32>(q.replacing(with: 0, where: under .| over .| nan))
        let half = k &>> 1
        func pow2(_ e: SIMD8<Int32>) -> SIMD8<Float> { unsafeBitCast((e &+ 127) &<< 23, to: SIMD8<Float>.self) }
        u = u * pow2(half) * pow2(k &- half)
        return u.replacing(with: 0, where: under).replacing(with: .infinity, where: over).replacing(with: d, where: nan)
    }

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

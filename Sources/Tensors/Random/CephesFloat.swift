/// The float32 `log` and `sincos` polynomials of PyTorch's `avx_mathfun.h` (Cephes), evaluated
/// with the same roundings and fused multiply-adds GCC emits for PyTorch's AVX2 normal kernel.
/// They differ from libm in the last bit for some inputs, which is why they are reproduced.
enum CephesFloat {
    /// Natural log for x in (0, 1].
    @inline(__always)
    static func log(_ input: Float) -> Float {
        let x = max(input, Float(bitPattern: 0x0080_0000))  // smallest normal, 2^-126
        let bits = x.bitPattern
        var e = Float(Int32(bitPattern: bits >> 23) &- 127) + 1
        // Mantissa with the exponent of 0.5: m in [0.5, 1).
        var m = Float(bitPattern: (bits & ~0x7F80_0000) | Float(0.5).bitPattern)
        if m < Float(0.707106781186547524) {
            e -= 1
            m = (m - 1) + m
        } else {
            m -= 1
        }
        let z = m * m
        var y: Float = 7.0376836292E-2
        y = Float(-1.1514610310E-1).addingProduct(y, m)
        y = Float(1.1676998740E-1).addingProduct(y, m)
        y = Float(-1.2420140846E-1).addingProduct(y, m)
        y = Float(1.4249322787E-1).addingProduct(y, m)
        y = Float(-1.6668057665E-1).addingProduct(y, m)
        y = Float(2.0000714765E-1).addingProduct(y, m)
        y = Float(-2.4999993993E-1).addingProduct(y, m)
        y = Float(3.3333331174E-1).addingProduct(y, m)
        y *= m
        y = (e * Float(-2.12194440e-4)).addingProduct(y, z)
        y -= z * 0.5
        let r = m + y
        return r.addingProduct(e, 0.693359375)
    }

    /// (sin x, cos x) for x >= 0.
    @inline(__always)
    static func sincos(_ input: Float) -> (sin: Float, cos: Float) {
        var j = Int32(input * Float(1.27323954473516))
        j = (j &+ 1) & ~1
        let y = Float(j)
        var x = input.addingProduct(y, -0.78515625)
        x = x.addingProduct(y, -2.4187564849853515625e-4)
        x = x.addingProduct(y, -3.77489497744594108e-8)
        let z = x * x
        var c: Float = 2.443315711809948E-005
        c = Float(-1.388731625493765E-003).addingProduct(c, z)
        c = Float(4.166664568298827E-002).addingProduct(c, z)
        c *= z
        c = (-(z * 0.5)).addingProduct(c, z)
        c += 1
        var s: Float = -1.9515295891E-4
        s = Float(8.3321608736E-3).addingProduct(s, z)
        s = Float(-1.6666654611E-1).addingProduct(s, z)
        s *= z
        s = x.addingProduct(s, x)
        var (sine, cosine) = (j & 2) == 0 ? (s, c) : (c, s)
        if (j & 4) != 0 { sine = -sine }
        if ((j &- 2) & 4) == 0 { cosine = -cosine }
        return (sine, cosine)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Script
import Tensors

/// NumPy's legacy `RandomState` (what `np.random.seed/rand/randn/randint` use): an MT19937
/// stream, 53-bit doubles from two words, polar Box–Muller normals with the second value
/// cached, and masked rejection sampling for integers — the same values as NumPy's.
final class RandomState {
    private let bits = Generator()
    private var cachedGauss: Double?

    init() { reseed() }

    /// `seed(n)`: NumPy's legacy seeding is MT19937's `init_genrand`, as PyTorch's is.
    func seed(_ s: UInt32) {
        bits.manualSeed(UInt64(s))
        cachedGauss = nil
    }

    /// `seed()`: fresh entropy from the operating system.
    func reseed() {
        var system = SystemRandomNumberGenerator()
        seed(UInt32(truncatingIfNeeded: system.next()))
    }

    /// `random_sample()`: a double in [0, 1) from 27 + 26 bits.
    func double() -> Double {
        let a = Double(bits.random() >> 5), b = Double(bits.random() >> 6)
        return (a * 67_108_864 + b) / 9_007_199_254_740_992
    }

    /// `legacy_gauss`: the polar method; each pair of draws yields two normals.
    func gauss() -> Double {
        if let g = cachedGauss {
            cachedGauss = nil
            return g
        }
        var x1 = 0.0, x2 = 0.0, r2 = 0.0
        repeat {
            x1 = 2 * double() - 1
            x2 = 2 * double() - 1
            r2 = x1 * x1 + x2 * x2
        } while r2 >= 1 || r2 == 0
        let f = (-2 * log(r2) / r2).squareRoot()
        cachedGauss = f * x1
        return f * x2
    }

    /// A uniform integer in [0, range] by masked rejection (`random_bounded_uint64` with use_masked).
    func bounded(_ range: UInt64) -> UInt64 {
        guard range > 0 else { return 0 }
        var mask = range
        for shift in [1, 2, 4, 8, 16, 32] as [UInt64] { mask |= mask >> shift }
        if range <= 0xFFFF_FFFF {
            if range == 0xFFFF_FFFF { return UInt64(bits.random()) }
            var v: UInt64
            repeat { v = UInt64(bits.random()) & mask } while v > range
            return v
        }
        if range == .max { return bits.random64() }
        var v: UInt64
        repeat { v = bits.random64() & mask } while v > range
        return v
    }
}

// random: CPython's Mersenne Twister (MT19937) and its derived functions, value for value.

#if canImport(Glibc)
import Glibc
#endif

/// MT19937 seeded and consumed exactly as CPython's _random module does.
final class MersenneTwister {
    private var mt = [UInt32](repeating: 0, count: 624)
    private var index = 625
    var gaussNext: Double?

    init() { seed(key: [0]) }

    private func initGenrand(_ s: UInt32) {
        mt[0] = s
        for i in 1..<624 { mt[i] = 1812433253 &* (mt[i - 1] ^ (mt[i - 1] >> 30)) &+ UInt32(i) }
        index = 624
    }

    /// init_by_array, as random.seed(int) uses with the 32-bit words of abs(seed).
    func seed(key: [UInt32]) {
        let key = key.isEmpty ? [0] : key
        initGenrand(19650218)
        var i = 1, j = 0
        for _ in 0..<max(624, key.count) {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1664525)) &+ key[j] &+ UInt32(j)
            i += 1; j += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
            if j >= key.count { j = 0 }
        }
        for _ in 0..<623 {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) &* 1566083941)) &- UInt32(i)
            i += 1
            if i >= 624 { mt[0] = mt[623]; i = 1 }
        }
        mt[0] = 0x8000_0000
        gaussNext = nil
    }

    func next32() -> UInt32 {
        if index >= 624 {
            for k in 0..<624 {
                let y = (mt[k] & 0x8000_0000) | (mt[(k + 1) % 624] & 0x7fff_ffff)
                mt[k] = mt[(k + 397) % 624] ^ (y >> 1) ^ (y & 1 == 0 ? 0 : 0x9908_b0df)
            }
            index = 0
        }
        var y = mt[index]
        index += 1
        y ^= y >> 11
        y ^= (y << 7) & 0x9d2c_5680
        y ^= (y << 15) & 0xefc6_0000
        y ^= y >> 18
        return y
    }

    func random() -> Double {
        let a = Double(next32() >> 5), b = Double(next32() >> 6)
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// getrandbits(k) for k <= 64.
    func bits(_ k: Int) -> UInt64 {
        if k <= 32 { return UInt64(next32() >> (32 - UInt32(k))) }
        let low = UInt64(next32())
        let high = UInt64(next32() >> (64 - UInt32(k)))
        return low | (high << 32)
    }

    /// getrandbits(k) for any k: 32-bit words from the least significant, the last one shifted.
    func bigBits(_ k: Int) -> BigInt {
        var words: [UInt32] = []
        var left = k
        while left > 0 {
            words.append(next32() >> UInt32(32 - Swift.min(left, 32)))
            left -= 32
        }
        let limbs = Swift.stride(from: 0, to: words.count, by: 2).map { i in
            UInt64(words[i]) | (i + 1 < words.count ? UInt64(words[i + 1]) << 32 : 0)
        }
        return BigInt(negative: false, limbs: limbs)
    }

    /// _randbelow_with_getrandbits for an n beyond 64 bits.
    func below(_ n: BigInt) -> BigInt {
        var r = bigBits(n.bitLength)
        while r.compare(n) >= 0 { r = bigBits(n.bitLength) }
        return r
    }

    /// _randbelow_with_getrandbits
    func below(_ n: Int) -> Int {
        if n <= 0 { return 0 }
        let k = Int.bitWidth - n.leadingZeroBitCount
        var r = Int(bits(k))
        while r >= n { r = Int(bits(k)) }
        return r
    }
}

func makeRandomModule() -> PyModule {
    let m = PyModule(name: "random")
    let rng = MersenneTwister()
    rng.seed(key: timeSeedKey())
    m.define("seed", ["a?"]) { a throws(PyError) in
        guard let s = a.optional("a"), !s.isNone else { rng.seed(key: timeSeedKey()); return .none }
        var n: UInt64
        switch s {
        case .bigInt(let b):
            // The key is |a| in 32-bit words, least significant first.
            rng.seed(key: b.limbs.flatMap { [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)] }.reversed().drop { $0 == 0 }.reversed())
            return .none
        case .int(let i): n = i.magnitude.toUInt64
        case .bool(let b): n = b ? 1 : 0
        case .float(let d): n = UInt64(truncatingIfNeeded: try HashKey(.float(d)).pythonHash.magnitude)
        case .str(let text):
            // CPython hashes str seeds with SHA-512; a stable FNV hash stands in here.
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in text.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            n = h
        default: throw PyError.typeError("The only supported seed types are: None, int, float, str, bytes, and bytearray.")
        }
        var key: [UInt32] = []
        while n > 0 { key.append(UInt32(truncatingIfNeeded: n)); n >>= 32 }
        rng.seed(key: key)
        return .none
    }
    m.define("random", []) { _ throws(PyError) in .float(rng.random()) }
    m.define("getrandbits", ["k"]) { a throws(PyError) in
        let k = try a.int(0)
        if k < 0 { throw PyError.valueError("number of bits must be non-negative") }
        if k > 1 << 33 { throw PyError(MemoryErrorClass, "") }
        return .integer(rng.bigBits(k))
    }
    func randrange(_ start: Int, _ stop: Int?, _ step: Int) throws(PyError) -> Int {
        guard let stop else {
            if start > 0 { return rng.below(start) }
            throw PyError.valueError("empty range for randrange()")
        }
        let (width, overflow) = stop.subtractingReportingOverflow(start)
        if overflow { throw PyError.overflowError("range too large for randrange() in Flint") }
        if step == 1 {
            if width > 0 { return start + rng.below(width) }
            throw PyError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
        }
        if step == 0 { throw PyError.valueError("zero step for randrange()") }
        let n = step > 0 ? (width + step - 1) / step : (width + step + 1) / step
        if n <= 0 { throw PyError.valueError("empty range for randrange()") }
        return start + step * rng.below(n)
    }
    /// randrange(start, stop) with bounds beyond 64 bits (step 1 only).
    func bigRandrange(_ start: BigInt, _ stop: BigInt) throws(PyError) -> Value {
        let width = stop - start
        if width.negative || width.isZero { throw PyError.valueError("empty range for randrange()") }
        return .integer(start + rng.below(width))
    }
    m.define("randrange", ["start", "stop?", "step?"]) { a throws(PyError) in
        if case .bigInt(let n) = a[0], a.optional("stop") == nil { return try bigRandrange(.zero, n) }
        if let stop = a.optional("stop"), a.optional("step") == nil, let x = bigOperand(a[0]), let y = bigOperand(stop),
           x.asInt == nil || y.asInt == nil {
            return try bigRandrange(x, y)
        }
        let stop = try a.optional("stop").flatMap { (v: Value) throws(PyError) -> Int? in v.isNone ? nil : try a.interp.toIndex(v) }
        let step = try a.optional("step").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? 1
        return .int(try randrange(try a.int(0), stop, step))
    }
    m.define("randint", ["a", "b"]) { a throws(PyError) in
        guard let x = bigOperand(a[0]), let y = bigOperand(a[1]), x.asInt == nil || y.asInt == nil || y.asInt == Int.max else {
            return .int(try randrange(try a.int(0), try a.int(1) + 1, 1))
        }
        return try bigRandrange(x, y + .one)
    }
    m.define("choice", ["seq"]) { a throws(PyError) in
        let n = try a.interp.length(a[0])
        if n == 0 { throw PyError.indexError("Cannot choose from an empty sequence") }
        return try a.interp.getItem(a[0], .int(rng.below(n)))
    }
    m.define("shuffle", ["x"]) { a throws(PyError) in
        guard case .list(let l) = a[0] else {
            let n = try a.interp.length(a[0])
            for i in Swift.stride(from: n - 1, to: 0, by: -1) {
                let j = rng.below(i + 1)
                let xi = try a.interp.getItem(a[0], .int(i)), xj = try a.interp.getItem(a[0], .int(j))
                try a.interp.setItem(a[0], .int(i), xj)
                try a.interp.setItem(a[0], .int(j), xi)
            }
            return .none
        }
        for i in Swift.stride(from: l.items.count - 1, to: 0, by: -1) {
            let j = rng.below(i + 1)
            l.items.swapAt(i, j)
        }
        return .none
    }
    m.define("uniform", ["a", "b"]) { a throws(PyError) in
        let lo = try a.double(0), hi = try a.double(1)
        return .float(lo + (hi - lo) * rng.random())
    }
    m.define("gauss", ["mu?", "sigma?"], defaults: ["mu": .float(0), "sigma": .float(1)]) { a throws(PyError) in
        let mu = try a.double("mu"), sigma = try a.double("sigma")
        var z: Double
        if let g = rng.gaussNext { z = g; rng.gaussNext = nil } else {
            let x2pi = rng.random() * 2 * Double.pi
            let g2rad = (-2.0 * Glibc.log(1.0 - rng.random())).squareRoot()
            z = Glibc.cos(x2pi) * g2rad
            rng.gaussNext = Glibc.sin(x2pi) * g2rad
        }
        return .float(mu + z * sigma)
    }
    m.define("normalvariate", ["mu?", "sigma?"], defaults: ["mu": .float(0), "sigma": .float(1)]) { a throws(PyError) in
        let mu = try a.double("mu"), sigma = try a.double("sigma")
        let magic = 4 * Glibc.exp(-0.5) / 2.0.squareRoot()
        while true {
            let u1 = rng.random(), u2 = 1.0 - rng.random()
            let z = magic * (u1 - 0.5) / u2
            if z * z / 4.0 <= -Glibc.log(u2) { return .float(mu + z * sigma) }
        }
    }
    m.define("sample", ["population", "k"]) { a throws(PyError) in
        let population = try a.interp.toArray(a[0])
        let n = population.count, k = try a.int(1)
        guard k >= 0 && k <= n else { throw PyError.valueError("Sample larger than population or is negative") }
        var setsize = 21
        if k > 5 { setsize += Int(Glibc.pow(4.0, Glibc.ceil(Glibc.log(Double(k * 3)) / Glibc.log(4.0)))) }
        var result: [Value] = []
        if n <= setsize {
            var pool = population
            for i in 0..<k {
                let j = rng.below(n - i)
                result.append(pool[j])
                pool[j] = pool[n - i - 1]
            }
        } else {
            var selected = Set<Int>()
            for _ in 0..<k {
                var j = rng.below(n)
                while selected.contains(j) { j = rng.below(n) }
                selected.insert(j)
                result.append(population[j])
            }
        }
        return .list(PyList(result))
    }
    m.define("choices", ["population", "weights?", "*", "cum_weights?", "k?"], defaults: ["k": .int(1)]) { a throws(PyError) in
        let population = try a.interp.toArray(a[0])
        let k = try a.int("k")
        var cumulative: [Double]?
        if let w = a.optional("cum_weights"), !w.isNone {
            cumulative = try a.interp.toArray(w).map { (v: Value) throws(PyError) in try a.interp.toDouble(v) }
        } else if let w = a.optional("weights"), !w.isNone {
            var total = 0.0
            cumulative = try a.interp.toArray(w).map { (v: Value) throws(PyError) in total += try a.interp.toDouble(v); return total }
        }
        guard !population.isEmpty else { throw PyError.indexError("Cannot choose from an empty population") }
        guard let cum = cumulative else {
            return .list(PyList((0..<k).map { _ in population[Int(rng.random() * Double(population.count))] }))
        }
        guard cum.count == population.count else { throw PyError.valueError("The number of weights does not match the population") }
        let total = cum.last ?? 0
        return .list(PyList((0..<k).map { _ in
            let x = rng.random() * total
            var lo = 0, hi = cum.count - 1
            while lo < hi { let mid = (lo + hi) / 2; if x < cum[mid] { hi = mid } else { lo = mid + 1 } }
            return population[lo]
        }))
    }
    return m
}

private func timeSeedKey() -> [UInt32] {
    var ts = timespec()
    clock_gettime(CLOCK_REALTIME, &ts)
    let n = UInt64(ts.tv_sec) &* 1_000_000_000 &+ UInt64(ts.tv_nsec)
    return [UInt32(truncatingIfNeeded: n), UInt32(truncatingIfNeeded: n >> 32)]
}

private extension UInt {
    var toUInt64: UInt64 { UInt64(self) }
}

// Python's arbitrary-precision int beyond 64 bits: sign and magnitude, the magnitude in
// little-endian 64-bit limbs. Values that fit in Int stay `Value.int`; see `Value.integer`.

/// An integer of any size. The magnitude has no leading zero limbs; zero is the empty magnitude
/// and is never negative, so equal numbers have equal representations (synthesised `==`/hash).
public struct BigInt: Hashable, Sendable {
    public private(set) var limbs: [UInt64]
    public private(set) var negative: Bool

    init(negative: Bool, limbs: [UInt64]) {
        var l = limbs
        BigInt.trim(&l)
        self.negative = negative && !l.isEmpty
        self.limbs = l
    }

    public init(_ i: Int) {
        negative = i < 0
        limbs = i == 0 ? [] : [i.magnitude.asUInt64]
    }

    public init(_ u: UInt64) {
        negative = false
        limbs = u == 0 ? [] : [u]
    }

    public static let zero = BigInt(0)
    public static let one = BigInt(1)

    public var isZero: Bool { limbs.isEmpty }

    /// The value as an Int when it fits.
    public var asInt: Int? {
        guard limbs.count <= 1 else { return nil }
        let m = limbs.first ?? 0
        if negative {
            if m <= UInt64(Int.max) { return -Int(m) }
            return m == UInt64(Int.max) + 1 ? Int.min : nil
        }
        return m <= UInt64(Int.max) ? Int(m) : nil
    }

    /// The number of bits of the magnitude (Python's `int.bit_length`).
    public var bitLength: Int {
        guard let top = limbs.last else { return 0 }
        return limbs.count * 64 - top.leadingZeroBitCount
    }

    /// The number of one bits of the magnitude (Python's `int.bit_count`).
    public var bitCount: Int { limbs.reduce(0) { $0 + $1.nonzeroBitCount } }

    public var magnitudeValue: BigInt { BigInt(negative: false, limbs: limbs) }

    static func trim(_ l: inout [UInt64]) {
        while let last = l.last, last == 0 { l.removeLast() }
    }
}

extension UInt {
    var asUInt64: UInt64 { UInt64(truncatingIfNeeded: self) }
}

extension BigInt: Comparable {
    /// -1, 0 or 1 as the magnitudes compare.
    static func compareMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> Int {
        if a.count != b.count { return a.count < b.count ? -1 : 1 }
        var i = a.count - 1
        while i >= 0 {
            if a[i] != b[i] { return a[i] < b[i] ? -1 : 1 }
            i -= 1
        }
        return 0
    }

    /// -1, 0 or 1 as `self` compares with `other`.
    public func compare(_ other: BigInt) -> Int {
        if negative != other.negative { return negative ? -1 : 1 }
        let c = BigInt.compareMagnitudes(limbs, other.limbs)
        return negative ? -c : c
    }

    public static func < (a: BigInt, b: BigInt) -> Bool { a.compare(b) < 0 }
}

extension Value {
    /// An integer result, normalised: `.int` whenever it fits, `.bigInt` only beyond 64 bits.
    public static func integer(_ b: BigInt) -> Value {
        if let i = b.asInt { return .int(i) }
        return .bigInt(b)
    }
}

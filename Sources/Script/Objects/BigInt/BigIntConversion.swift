// BigInt to and from Double and text in any radix from 2 to 36.

extension BigInt {
    /// The nearest Double (ties to even, as CPython's int.__float__); infinite beyond Double's range.
    public var doubleValue: Double {
        let bits = bitLength
        if bits <= 64 {
            let d = Double(limbs.first ?? 0)
            return negative ? -d : d
        }
        let shift = bits - 64
        var top = BigInt.shiftRightMagnitude(limbs, shift).first ?? 0
        // Fold the bits below the top 64 into a sticky bit: Double(top) then rounds exactly once.
        let word = shift / 64, bit = shift % 64
        if limbs[word] & ((1 << bit) &- 1) != 0 || limbs[..<word].contains(where: { $0 != 0 }) { top |= 1 }
        return Double(sign: negative ? .minus : .plus, exponent: shift, significand: Double(top))
    }

    /// The integer equal to a finite, integral Double.
    public init?(exactly d: Double) {
        guard d.isFinite, d == d.rounded(.towardZero) else { return nil }
        if let i = Int(exactly: d) { self.init(i); return }
        // |d| >= 2**63: a 53-bit significand scaled by a positive power of two.
        let significand = d.significandBitPattern | (1 << 52)
        self = BigInt(significand).shiftedLeft(Int(d.exponent) - 52)
        if d < 0 { self = -self }
    }

    /// The largest power of `radix` that fits a limb, and its number of digits.
    private static func chunk(_ radix: Int) -> (UInt64, Int) {
        var p: UInt64 = 1, k = 0
        while true {
            let (n, o) = p.multipliedReportingOverflow(by: UInt64(radix))
            if o { return (p, k) }
            p = n; k += 1
        }
    }

    /// Digits in `radix` (2...36), with a leading "-" for negative numbers.
    public func toString(radix: Int = 10, uppercase: Bool = false) -> String {
        guard !isZero else { return "0" }
        let (p, k) = BigInt.chunk(radix)
        var chunks: [UInt64] = []
        var rest = limbs
        while !rest.isEmpty {
            let (q, r) = BigInt.divideMagnitude(rest, by: p)
            chunks.append(r)
            rest = q
        }
        var s = negative ? "-" : ""
        s += String(chunks.last ?? 0, radix: radix, uppercase: uppercase)
        for c in chunks.dropLast().reversed() {
            let digits = String(c, radix: radix, uppercase: uppercase)
            s += String(repeating: "0", count: k - digits.count) + digits
        }
        return s
    }

    /// A non-negative number from ASCII digits in `radix` (no sign, prefix or underscores); nil if
    /// empty or any digit is invalid.
    public init?<S: StringProtocol>(digits text: S, radix: Int) {
        guard !text.isEmpty, (2...36).contains(radix) else { return nil }
        let (p, k) = BigInt.chunk(radix)
        var magnitude: [UInt64] = []
        var value: UInt64 = 0, count = 0
        func flush(_ scale: UInt64) {
            // magnitude = magnitude * scale + value
            var carry = value
            for i in magnitude.indices {
                let m = magnitude[i].multipliedFullWidth(by: scale)
                let (lo, o) = m.low.addingReportingOverflow(carry)
                magnitude[i] = lo
                carry = m.high &+ (o ? 1 : 0)
            }
            if carry != 0 { magnitude.append(carry) }
        }
        for c in text.utf8 {
            guard let d = BigInt.digitValue(c), d < radix else { return nil }
            value = value &* UInt64(radix) &+ UInt64(d)
            count += 1
            if count == k { flush(p); value = 0; count = 0 }
        }
        if count > 0 {
            var scale: UInt64 = 1
            for _ in 0..<count { scale &*= UInt64(radix) }
            flush(scale)
        }
        self.init(negative: false, limbs: magnitude)
    }

    static func digitValue(_ c: UInt8) -> Int? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return Int(c - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return Int(c - UInt8(ascii: "a")) + 10
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return Int(c - UInt8(ascii: "A")) + 10
        default: return nil
        }
    }
}

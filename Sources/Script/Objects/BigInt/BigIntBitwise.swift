// Shifts and bitwise operators with Python's semantics: negative numbers behave as infinite
// two's complement, and right shifts round toward minus infinity.

extension BigInt {
    static func shiftLeftMagnitude(_ a: [UInt64], _ bits: Int) -> [UInt64] {
        guard !a.isEmpty else { return [] }
        let words = bits / 64, s = bits % 64
        var out = [UInt64](repeating: 0, count: words)
        out.reserveCapacity(words + a.count + 1)
        if s == 0 { return out + a }
        var carry: UInt64 = 0
        for limb in a {
            out.append(limb << s | carry)
            carry = limb >> (64 - s)
        }
        if carry != 0 { out.append(carry) }
        return out
    }

    static func shiftRightMagnitude(_ a: [UInt64], _ bits: Int) -> [UInt64] {
        let words = bits / 64, s = bits % 64
        guard words < a.count else { return [] }
        var out = Array(a[words...])
        if s != 0 {
            for i in 0..<out.count {
                let high = i + 1 < out.count ? out[i + 1] << (64 - s) : 0
                out[i] = out[i] >> s | high
            }
        }
        trim(&out)
        return out
    }

    /// `self << bits` for bits >= 0.
    public func shiftedLeft(_ bits: Int) -> BigInt {
        BigInt(negative: negative, limbs: BigInt.shiftLeftMagnitude(limbs, bits))
    }

    /// `self >> bits` for bits >= 0, rounding toward minus infinity as Python does.
    public func shiftedRight(_ bits: Int) -> BigInt {
        if !negative { return BigInt(negative: false, limbs: BigInt.shiftRightMagnitude(limbs, bits)) }
        // -x >> s == -((x - 1) >> s) - 1
        let reduced = BigInt.subtractMagnitudes(limbs, [1])
        return -BigInt(negative: false, limbs: BigInt.shiftRightMagnitude(reduced, bits)) - .one
    }

    /// The low `count` limbs of the two's complement form.
    private func twosComplement(_ count: Int) -> [UInt64] {
        var out = limbs + [UInt64](repeating: 0, count: count - limbs.count)
        guard negative else { return out }
        var carry = true
        for i in 0..<count {
            let (s, o) = (~out[i]).addingReportingOverflow(carry ? 1 : 0)
            out[i] = s
            carry = carry && o
        }
        return out
    }

    /// A number from two's complement limbs whose top bit is the sign.
    private static func fromTwosComplement(_ words: [UInt64]) -> BigInt {
        guard let top = words.last, top >> 63 == 1 else { return BigInt(negative: false, limbs: words) }
        var magnitude = words.map { ~$0 }
        var i = 0
        while i < magnitude.count {
            let (s, o) = magnitude[i].addingReportingOverflow(1)
            magnitude[i] = s
            if !o { break }
            i += 1
        }
        return BigInt(negative: true, limbs: magnitude)
    }

    private static func bitwise(_ a: BigInt, _ b: BigInt, _ op: (UInt64, UInt64) -> UInt64) -> BigInt {
        // One spare limb holds the sign of both operands.
        let n = Swift.max(a.limbs.count, b.limbs.count) + 1
        let x = a.twosComplement(n), y = b.twosComplement(n)
        return fromTwosComplement((0..<n).map { op(x[$0], y[$0]) })
    }

    /// The shortest little-endian two's complement bytes (pickle's LONG1/LONG4 form).
    public var twosComplementBytes: [UInt8] {
        let words = twosComplement(limbs.count + 1)
        var bytes = words.flatMap { w in (0..<8).map { UInt8(truncatingIfNeeded: w >> ($0 * 8)) } }
        while bytes.count > 1, let last = bytes.last,
              (last == 0 && bytes[bytes.count - 2] < 0x80) || (last == 0xff && bytes[bytes.count - 2] >= 0x80) {
            bytes.removeLast()
        }
        return isZero ? [] : bytes
    }

    /// The number whose little-endian two's complement bytes these are.
    public init(twosComplementBytes bytes: [UInt8]) {
        let fill: UInt8 = (bytes.last ?? 0) >= 0x80 ? 0xff : 0
        let padded = bytes + [UInt8](repeating: fill, count: 8 - bytes.count % 8)
        let words = Swift.stride(from: 0, to: padded.count, by: 8).map { i in
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(padded[i + $1]) << ($1 * 8) }
        }
        self = BigInt.fromTwosComplement(words)
    }

    public static func & (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b, &) }
    public static func | (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b, |) }
    public static func ^ (a: BigInt, b: BigInt) -> BigInt { bitwise(a, b, ^) }
    /// `~x == -x - 1`
    public static prefix func ~ (a: BigInt) -> BigInt { -a - .one }
}

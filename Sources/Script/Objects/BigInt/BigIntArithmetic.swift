// Addition, subtraction and (schoolbook) multiplication of BigInts, on magnitudes first.

extension BigInt {
    static func addMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        let (long, short) = a.count >= b.count ? (a, b) : (b, a)
        var out = [UInt64]()
        out.reserveCapacity(long.count + 1)
        var carry = false
        for i in 0..<long.count {
            let (s1, o1) = long[i].addingReportingOverflow(i < short.count ? short[i] : 0)
            let (s2, o2) = s1.addingReportingOverflow(carry ? 1 : 0)
            out.append(s2)
            carry = o1 || o2
        }
        if carry { out.append(1) }
        return out
    }

    /// `a - b` for magnitudes with a >= b.
    static func subtractMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var out = [UInt64]()
        out.reserveCapacity(a.count)
        var borrow = false
        for i in 0..<a.count {
            let (d1, b1) = a[i].subtractingReportingOverflow(i < b.count ? b[i] : 0)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow ? 1 : 0)
            out.append(d2)
            borrow = b1 || b2
        }
        trim(&out)
        return out
    }

    static func multiplyMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        if a.isEmpty || b.isEmpty { return [] }
        var out = [UInt64](repeating: 0, count: a.count + b.count)
        out.withUnsafeMutableBufferPointer { r in
            a.withUnsafeBufferPointer { x in
                b.withUnsafeBufferPointer { y in
                    for i in 0..<x.count where x[i] != 0 {
                        let xi = x[i]
                        var carry: UInt64 = 0
                        for j in 0..<y.count {
                            // xi * yj + r + carry < 2^128, so the high word takes both carries.
                            let p = xi.multipliedFullWidth(by: y[j])
                            let (s1, o1) = p.low.addingReportingOverflow(r[i + j])
                            let (s2, o2) = s1.addingReportingOverflow(carry)
                            r[i + j] = s2
                            carry = p.high &+ (o1 ? 1 : 0) &+ (o2 ? 1 : 0)
                        }
                        r[i + y.count] = carry
                    }
                }
            }
        }
        trim(&out)
        return out
    }

    /// Magnitude sum or difference with signs applied.
    private static func signedSum(_ aNeg: Bool, _ a: [UInt64], _ bNeg: Bool, _ b: [UInt64]) -> BigInt {
        if aNeg == bNeg { return BigInt(negative: aNeg, limbs: addMagnitudes(a, b)) }
        if compareMagnitudes(a, b) >= 0 { return BigInt(negative: aNeg, limbs: subtractMagnitudes(a, b)) }
        return BigInt(negative: bNeg, limbs: subtractMagnitudes(b, a))
    }

    public static func + (a: BigInt, b: BigInt) -> BigInt { signedSum(a.negative, a.limbs, b.negative, b.limbs) }
    public static func - (a: BigInt, b: BigInt) -> BigInt { signedSum(a.negative, a.limbs, !b.negative, b.limbs) }
    public static func * (a: BigInt, b: BigInt) -> BigInt {
        BigInt(negative: a.negative != b.negative, limbs: multiplyMagnitudes(a.limbs, b.limbs))
    }
    public static prefix func - (a: BigInt) -> BigInt { BigInt(negative: !a.negative, limbs: a.limbs) }

    /// `self ** exponent` for exponent >= 0, by repeated squaring.
    public func power(_ exponent: Int) -> BigInt {
        var result = BigInt.one, base = self, e = exponent
        while e > 0 {
            if e & 1 == 1 { result = result * base }
            e >>= 1
            if e > 0 { base = base * base }
        }
        return result
    }
}

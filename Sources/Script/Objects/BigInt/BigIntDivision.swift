// Division of BigInts: Knuth's algorithm D on 64-bit limbs, and Python's floor semantics on top.

extension BigInt {
    /// Magnitude divided by one limb: quotient and remainder.
    static func divideMagnitude(_ a: [UInt64], by d: UInt64) -> ([UInt64], UInt64) {
        var q = [UInt64](repeating: 0, count: a.count)
        var r: UInt64 = 0
        var i = a.count - 1
        while i >= 0 {
            // r < d, so the two-word quotient fits in one word.
            (q[i], r) = d.dividingFullWidth((r, a[i]))
            i -= 1
        }
        trim(&q)
        return (q, r)
    }

    /// Truncating quotient and remainder of magnitudes; `b` must be non-zero.
    static func divideMagnitudes(_ a: [UInt64], _ b: [UInt64]) -> ([UInt64], [UInt64]) {
        if compareMagnitudes(a, b) < 0 { return ([], a) }
        if b.count == 1 {
            let (q, r) = divideMagnitude(a, by: b[0])
            return (q, r == 0 ? [] : [r])
        }
        // Normalise so the divisor's top bit is set; the quotient estimates are then off by at most 2.
        let s = b[b.count - 1].leadingZeroBitCount
        let v = shiftLeftMagnitude(b, s)
        var u = shiftLeftMagnitude(a, s)
        if u.count == a.count { u.append(0) }
        let n = v.count, m = u.count - n
        var q = [UInt64](repeating: 0, count: m)
        let vTop = v[n - 1], vNext = v[n - 2]
        var j = m - 1
        while j >= 0 {
            let uTop = u[j + n], uNext = u[j + n - 1], uNext2 = u[j + n - 2]
            var qhat: UInt64, rhat: UInt64
            var rhatOverflow = false
            if uTop >= vTop {
                qhat = UInt64.max
                (rhat, rhatOverflow) = uNext.addingReportingOverflow(vTop)
            } else {
                (qhat, rhat) = vTop.dividingFullWidth((uTop, uNext))
            }
            while !rhatOverflow {
                let p = qhat.multipliedFullWidth(by: vNext)
                guard p.high > rhat || (p.high == rhat && p.low > uNext2) else { break }
                qhat -= 1
                (rhat, rhatOverflow) = rhat.addingReportingOverflow(vTop)
            }
            // u[j...j+n] -= qhat * v
            var borrow: UInt64 = 0, carry: UInt64 = 0
            for i in 0..<n {
                let p = qhat.multipliedFullWidth(by: v[i])
                let (lo, c) = p.low.addingReportingOverflow(carry)
                carry = p.high &+ (c ? 1 : 0)
                let (d1, b1) = u[i + j].subtractingReportingOverflow(lo)
                let (d2, b2) = d1.subtractingReportingOverflow(borrow)
                u[i + j] = d2
                borrow = (b1 ? 1 : 0) + (b2 ? 1 : 0)
            }
            let (d1, b1) = u[j + n].subtractingReportingOverflow(carry)
            let (d2, b2) = d1.subtractingReportingOverflow(borrow)
            u[j + n] = d2
            if b1 || b2 {
                // The estimate was one too large: add the divisor back.
                qhat -= 1
                var c = false
                for i in 0..<n {
                    let (s1, o1) = u[i + j].addingReportingOverflow(v[i])
                    let (s2, o2) = s1.addingReportingOverflow(c ? 1 : 0)
                    u[i + j] = s2
                    c = o1 || o2
                }
                u[j + n] &+= c ? 1 : 0
            }
            q[j] = qhat
            j -= 1
        }
        trim(&q)
        var r = Array(u[0..<n])
        trim(&r)
        return (q, shiftRightMagnitude(r, s))
    }

    /// Python's `divmod`: the quotient rounds toward minus infinity and the remainder takes the
    /// divisor's sign. Nil for a zero divisor.
    public func floorDivided(by d: BigInt) -> (quotient: BigInt, remainder: BigInt)? {
        guard !d.isZero else { return nil }
        let (q, r) = BigInt.divideMagnitudes(limbs, d.limbs)
        var quotient = BigInt(negative: negative != d.negative, limbs: q)
        var remainder = BigInt(negative: negative, limbs: r)
        if !remainder.isZero && remainder.negative != d.negative {
            quotient = quotient - .one
            remainder = remainder + d
        }
        return (quotient, remainder)
    }

    /// `pow(self, exponent, modulus)` for exponent >= 0 and a non-zero modulus, with the modulus's sign.
    public func power(_ exponent: BigInt, modulo m: BigInt) -> BigInt {
        guard var base = floorDivided(by: m)?.remainder else { return .zero }
        var result = BigInt.one.floorDivided(by: m)?.remainder ?? .zero
        for limb in exponent.limbs.indices {
            var bits = exponent.limbs[limb]
            let count = limb == exponent.limbs.count - 1 ? 64 - bits.leadingZeroBitCount : 64
            for _ in 0..<count {
                if bits & 1 == 1 { result = (result * base).floorDivided(by: m)?.remainder ?? .zero }
                base = (base * base).floorDivided(by: m)?.remainder ?? .zero
                bits >>= 1
            }
        }
        return result
    }

    /// The inverse of `self` modulo `m` (Python's `pow(x, -1, m)`), nil when not invertible.
    public func inverse(modulo m: BigInt) -> BigInt? {
        let mod = m.magnitudeValue
        guard var a = floorDivided(by: mod)?.remainder else { return nil }
        var b = mod, x0 = BigInt.one, x1 = BigInt.zero
        // Extended Euclid on (a, b), tracking a's coefficient.
        while !b.isZero {
            guard let (q, r) = a.floorDivided(by: b) else { return nil }
            (a, b) = (b, r)
            (x0, x1) = (x1, x0 - q * x1)
        }
        guard a == .one else { return nil }
        return x0.floorDivided(by: m)?.remainder
    }
}

// The math functions of ints of any size (factorial, comb, perm, gcd, lcm, isqrt) and the
// logarithms, which accept ints too large for a float as CPython's loghelper does.

#if canImport(Glibc)
import Glibc
#endif

func installIntegerMath(_ m: PyModule) {
    m.define("factorial", ["n"]) { a throws(PyError) in
        let n = try a.int(0)
        if n < 0 { throw PyError.valueError("factorial() not defined for negative values") }
        return .integer(product(from: 2, count: n - 1))
    }
    m.define("perm", ["n", "k?"]) { a throws(PyError) in
        let n = try a.interp.integerIndex(a[0])
        guard let kv = a.optional("k"), !kv.isNone else {
            guard let ni = n.asInt, ni >= 0 else { throw PyError.valueError("n must be a non-negative integer") }
            return .integer(product(from: 2, count: ni - 1))
        }
        let (nn, k) = try combArguments(a.interp, n, kv)
        guard k.compare(nn) <= 0 else { return .int(0) }
        return .integer(try descending(nn, k))
    }
    m.define("comb", ["n", "k"]) { a throws(PyError) in
        let (n, k) = try combArguments(a.interp, try a.interp.integerIndex(a[0]), a[1])
        guard k.compare(n) <= 0 else { return .int(0) }
        let kk = Swift.min(k, n - k)
        let numerator = try descending(n, kk)
        return .integer(numerator.floorDivided(by: product(from: 2, count: (kk.asInt ?? 0) - 1))?.quotient ?? .zero)
    }
    m.define("gcd", ["*integers"]) { a throws(PyError) in
        var g = BigInt.zero
        for v in a.positional { g = gcd(g, try a.interp.integerIndex(v)) }
        return .integer(g)
    }
    m.define("lcm", ["*integers"]) { a throws(PyError) in
        var l = BigInt.one
        for v in a.positional {
            let x = try a.interp.integerIndex(v).magnitudeValue
            if x.isZero { return .int(0) }
            l = (l * x).floorDivided(by: gcd(l, x))?.quotient ?? .zero
        }
        return .integer(l)
    }
    m.define("isqrt", ["n"]) { a throws(PyError) in
        let n = try a.interp.integerIndex(a[0])
        if n.negative { throw PyError.valueError("isqrt() argument must be nonnegative") }
        return .integer(isqrt(n))
    }
    for (name, f) in [("log2", { (x: Double) in Glibc.log2(x) }), ("log10", { (x: Double) in Glibc.log10(x) })] {
        m.define(name, ["x"]) { a throws(PyError) in .float(try logarithm(a.interp, a[0], f)) }
    }
    m.define("log", ["x", "base?"]) { a throws(PyError) in
        let x = try logarithm(a.interp, a[0], Glibc.log)
        guard let b = a.optional("base") else { return .float(x) }
        let base = try logarithm(a.interp, b, Glibc.log)
        if base == 0 { throw PyError.zeroDivision("float division by zero") }
        return .float(x / base)
    }
}

/// f(x) for a positive x; an int too large for a float is split as m * 2**e first.
private func logarithm(_ interp: Interpreter, _ v: Value, _ f: (Double) -> Double) throws(PyError) -> Double {
    if case .bigInt(let b) = v, b.doubleValue.isInfinite {
        if b.negative { throw PyError.valueError("math domain error") }
        let e = b.bitLength
        let mantissa = Double(sign: .plus, exponent: -64, significand: b.shiftedRight(e - 64).doubleValue)
        return f(mantissa) + Double(e) * f(2)
    }
    let x = try interp.toDouble(v)
    guard x > 0 || x.isNaN else { throw PyError.valueError("math domain error") }
    return f(x)
}

/// comb/perm arguments: both non-negative, k small enough to loop over.
private func combArguments(_ interp: Interpreter, _ n: BigInt, _ kv: Value) throws(PyError) -> (BigInt, BigInt) {
    let k = try interp.integerIndex(kv)
    if n.negative { throw PyError.valueError("n must be a non-negative integer") }
    if k.negative { throw PyError.valueError("k must be a non-negative integer") }
    if k.asInt == nil && k.compare(n) <= 0 { throw PyError.overflowError("min(n - k, k) must not exceed 9223372036854775807") }
    return (n, k)
}

/// n * (n-1) * ... * (n-k+1)
private func descending(_ n: BigInt, _ k: BigInt) throws(PyError) -> BigInt {
    var r = BigInt.one, f = n
    for _ in 0..<(k.asInt ?? 0) {
        r = r * f
        f = f - .one
    }
    return r
}

/// start * (start+1) * ... over `count` factors, multiplying Int-sized runs before going big.
private func product(from start: Int, count: Int) -> BigInt {
    var r = BigInt.one, run = 1
    for k in Swift.stride(from: start, to: start &+ Swift.max(count, 0), by: 1) {
        let (p, o) = run.multipliedReportingOverflow(by: k)
        if o { r = r * BigInt(run); run = k } else { run = p }
    }
    return r * BigInt(run)
}

private func gcd(_ a: BigInt, _ b: BigInt) -> BigInt {
    var (x, y) = (a.magnitudeValue, b.magnitudeValue)
    while !y.isZero { (x, y) = (y, x.floorDivided(by: y)?.remainder ?? .zero) }
    return x
}

/// floor(sqrt(n)) by Newton's iteration from above.
private func isqrt(_ n: BigInt) -> BigInt {
    if n.isZero { return .zero }
    var x = BigInt.one.shiftedLeft((n.bitLength + 1) / 2)
    while true {
        let y = ((x + (n.floorDivided(by: x)?.quotient ?? .zero)).shiftedRight(1))
        if y.compare(x) >= 0 { return x }
        x = y
    }
}

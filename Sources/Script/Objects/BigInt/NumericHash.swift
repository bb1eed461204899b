// CPython's numeric hash: a number hashes to its value modulo the prime 2**61 - 1 (with the
// sign kept and -1 mapped to -2), so equal ints, floats and big ints hash alike.

#if canImport(Glibc)
import Glibc
#endif

let hashModulus: UInt64 = (1 << 61) - 1

/// hash(i) for an Int.
public func pythonHash(_ i: Int) -> Int {
    let h = Int(i.magnitude.asUInt64 % hashModulus)
    let signed = i < 0 ? -h : h
    return signed == -1 ? -2 : signed
}

/// hash(d) for a finite or infinite Double (CPython's _Py_HashDouble); NaN hashes by identity there.
public func pythonHash(_ d: Double) -> Int {
    guard d.isFinite else { return d > 0 ? 314_159 : -314_159 }
    if let i = Int(exactly: d) { return pythonHash(i) }
    var (m, e) = frexp(d.magnitude)
    var x: UInt64 = 0
    // 28 bits at a time, rotating within the 61 bits of the modulus.
    while m != 0 {
        x = ((x << 28) & hashModulus) | x >> (61 - 28)
        m *= 268_435_456.0
        e -= 28
        let y = UInt64(m)
        m -= Double(y)
        x += y
        if x >= hashModulus { x -= hashModulus }
    }
    e = e >= 0 ? e % 61 : 60 - ((-1 - e) % 61)
    x = ((x << UInt64(e)) & hashModulus) | x >> UInt64(61 - e)
    let h = d < 0 ? -Int(x) : Int(x)
    return h == -1 ? -2 : h
}

/// The hash a `__hash__` result stands for: big ints are reduced as hash() reduces them, -1 is -2.
func dunderHash(_ v: Value) throws(PyError) -> Int {
    switch v {
    case .int(let i): return i == -1 ? -2 : i
    case .bool(let b): return b ? 1 : 0
    case .bigInt(let b): return b.pythonHash
    default: throw PyError.typeError("__hash__ method should return an integer")
    }
}

extension BigInt {
    /// hash(self), as CPython computes it.
    public var pythonHash: Int {
        var r: UInt64 = 0
        // r < modulus, so each two-word division has a one-word quotient.
        for limb in limbs.reversed() { r = hashModulus.dividingFullWidth((r, limb)).remainder }
        let h = negative ? -Int(r) : Int(r)
        return h == -1 ? -2 : h
    }
}

// Python ints beyond 64 bits: the slow path the Int operators fall into on overflow, mixed
// int/float arithmetic and exact int/float comparison, and CPython's conversion limits.

#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// `sys.get_int_max_str_digits()`: the most decimal digits int/str conversions accept (0: no
/// limit). Process-wide, as in CPython.
let intMaxStrDigits = Atomic<Int>(4300)

/// The ValueError of a decimal string longer than the limit (`digits` when parsing one).
func digitLimitError(_ limit: Int, digits: Int? = nil) -> PyError {
    let count = digits.map { ": value has \($0) digits" } ?? ""
    return PyError.valueError("Exceeds the limit (\(limit) digits) for integer string conversion\(count); use sys.set_int_max_str_digits() to increase the limit")
}

/// str(b) in decimal, refused beyond the digit limit as CPython 3.11 does.
func decimalString(_ b: BigInt) throws(PyError) -> String {
    let limit = intMaxStrDigits.load(ordering: .relaxed)
    // A number of L bits has more than (L - 1) * log10(2) digits: too long ones are refused
    // before the quadratic conversion.
    if limit > 0 && b.bitLength > limit * 10 / 3 + 2 { throw digitLimitError(limit) }
    let s = b.toString()
    if limit > 0 && s.utf8.count - (b.negative ? 1 : 0) > limit { throw digitLimitError(limit) }
    return s
}

/// An int operand (bool, int or big int) as a BigInt.
func bigOperand(_ v: Value) -> BigInt? {
    switch v {
    case .int(let i): return BigInt(i)
    case .bigInt(let b): return b
    case .bool(let b): return BigInt(b ? 1 : 0)
    default: return nil
    }
}

/// float(b), with CPython's error where it does not fit.
func floatValue(_ b: BigInt) throws(PyError) -> Double {
    let d = b.doubleValue
    if d.isInfinite { throw PyError.overflowError("int too large to convert to float") }
    return d
}

/// Exact comparison of an integer with a float (-1, 0, 1), nil when `d` is NaN.
func compareExactly(_ a: BigInt, _ d: Double) -> Int? {
    if d.isNaN { return nil }
    if d.isInfinite { return d > 0 ? -1 : 1 }
    let floor = d.rounded(.down)
    guard let f = BigInt(exactly: floor) else { return nil }
    let c = a.compare(f)
    // d lies strictly between floor and floor + 1 when it is not integral.
    return c == 0 && floor != d ? -1 : c
}

/// The ints whose conversion to Double is exact, where plain Double arithmetic is already right.
@inline(__always) func isExactDouble(_ i: Int) -> Bool { i.magnitude <= 1 << 53 }

extension Interpreter {
    /// `x op y` on ints of any size; nil for operators ints don't support.
    func bigBinary(_ op: BinaryOp, _ x: BigInt, _ y: BigInt) throws(PyError) -> Value? {
        switch op {
        case .add: return .integer(x + y)
        case .sub: return .integer(x - y)
        case .mul:
            try checkBits(x.bitLength + y.bitLength)
            return .integer(x * y)
        case .div: return .float(try trueDivide(x, y))
        case .floorDiv:
            guard let (q, _) = x.floorDivided(by: y) else { throw PyError.zeroDivision("integer division or modulo by zero") }
            return .integer(q)
        case .mod:
            guard let (_, r) = x.floorDivided(by: y) else { throw PyError.zeroDivision("integer modulo by zero") }
            return .integer(r)
        case .pow:
            if y.negative {
                if x.isZero { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return try floatBinary(.pow, try floatValue(x), try floatValue(y))
            }
            if x.bitLength <= 1 {
                // 0, 1 and -1: any power is one of them.
                if x.negative { return .int((y.limbs.first ?? 0) & 1 == 1 ? -1 : 1) }
                return y.isZero ? .int(1) : .integer(x)
            }
            guard let e = y.asInt else { throw PyError(MemoryErrorClass, "") }
            let (bits, overflow) = x.bitLength.multipliedReportingOverflow(by: e)
            if overflow { throw PyError(MemoryErrorClass, "") }
            try checkBits(bits)
            if x.bitCount == 1 {
                // (±2**k)**e is a shift: 2**10**8 needs no multiplication at all.
                let p = BigInt.one.shiftedLeft((x.bitLength - 1) * e)
                return .integer(x.negative && e & 1 == 1 ? -p : p)
            }
            return .integer(x.power(e))
        case .lshift:
            if y.negative { throw PyError.valueError("negative shift count") }
            if x.isZero { return .int(0) }
            guard let s = y.asInt else { throw PyError.overflowError("too many digits in integer") }
            try checkBits(s > 1 << 40 ? s : x.bitLength + s)
            return .integer(x.shiftedLeft(s))
        case .rshift:
            if y.negative { throw PyError.valueError("negative shift count") }
            guard let s = y.asInt else { return .int(x.negative ? -1 : 0) }
            return .integer(x.shiftedRight(s))
        case .bitAnd: return .integer(x & y)
        case .bitOr: return .integer(x | y)
        case .bitXor: return .integer(x ^ y)
        case .matMul: return nil
        }
    }

    /// An int or `__index__` value as a BigInt (hex(), bin(), oct(), math functions).
    func integerIndex(_ v: Value) throws(PyError) -> BigInt {
        if let b = bigOperand(v) { return b }
        if case .instance(let i) = v, let m = i.cls.lookup("__index__") { return try integerIndex(try call(bind(m, to: v, owner: i.cls), [])) }
        throw PyError.typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// The receiver of an int method as a BigInt.
    func integerSelf(_ v: Value) throws(PyError) -> BigInt {
        guard let b = bigOperand(v) else { throw PyError.typeError("descriptor requires a 'int' object but received a '\(typeName(v))'") }
        return b
    }

    /// Results past a gigabit are refused as CPython's allocation would fail, instead of trapping.
    private func checkBits(_ bits: Int) throws(PyError) {
        if bits > 1 << 30 { throw PyError(MemoryErrorClass, "") }
    }

    /// `x / y` correctly rounded. A normal result comes from a quotient of 55+ bits with a sticky
    /// bit, which Double() rounds once; a subnormal one is rounded by hand on the 2**-1074 grid.
    func trueDivide(_ x: BigInt, _ y: BigInt) throws(PyError) -> Double {
        if y.isZero { throw PyError.zeroDivision("division by zero") }
        if x.bitLength <= 53 && y.bitLength <= 53 { return x.doubleValue / y.doubleValue }
        let diff = x.bitLength - y.bitLength     // x / y < 2**(diff + 1)
        let subnormal = diff <= -1022
        let shift = subnormal ? -1074 : diff - 55
        let n = shift < 0 ? x.magnitudeValue.shiftedLeft(-shift) : x.magnitudeValue
        let d = shift > 0 ? y.magnitudeValue.shiftedLeft(shift) : y.magnitudeValue
        guard var (q, r) = n.floorDivided(by: d) else { return .nan }
        if subnormal {
            // q < 2**53: round half to even here, then the conversion and scaling are exact.
            let c = (r + r).compare(d)
            if c > 0 || (c == 0 && (q.limbs.first ?? 0) & 1 == 1) { q = q + .one }
        } else if !r.isZero {
            q = q | .one
        }
        let result = Double(sign: x.negative != y.negative ? .minus : .plus, exponent: shift, significand: q.doubleValue)
        if result.isInfinite { throw PyError.overflowError("integer division result too large for a float") }
        return result
    }

    /// Arithmetic where one side is a big int (the other an int, bool, float or big int).
    func mixedBigBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        if let x = bigOperand(a), let y = bigOperand(b) { return try bigBinary(op, x, y) }
        switch (a, b) {
        case (.bigInt(let x), .float(let y)): return try floatBinary(op, try floatValue(x), y)
        case (.float(let x), .bigInt(let y)): return try floatBinary(op, x, try floatValue(y))
        default: return nil
        }
    }

    private func order(_ x: Double, _ y: Double) -> Int? {
        x.isNaN || y.isNaN ? nil : x < y ? -1 : x == y ? 0 : 1
    }

    /// Int/float comparison without rounding the int: -1, 0, 1, or nil when not both numbers or NaN.
    func compareNumbers(_ a: Value, _ b: Value) -> Int?? {
        switch (a, b) {
        case (.float(let x), .float(let y)): return .some(order(x, y))
        case (.int(let i), .float(let d)) where isExactDouble(i): return .some(order(Double(i), d))
        case (.float(let d), .int(let i)) where isExactDouble(i): return .some(order(d, Double(i)))
        case (.float(let d), _):
            guard let i = bigOperand(b) else { return nil }
            return .some(compareExactly(i, d).map { -$0 })
        case (_, .float(let d)):
            guard let i = bigOperand(a) else { return nil }
            return .some(compareExactly(i, d))
        default:
            guard let x = bigOperand(a), let y = bigOperand(b) else { return nil }
            return x.compare(y)
        }
    }
}

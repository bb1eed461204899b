// range() with bounds beyond 64 bits. Ordinary ranges stay `Value.range` with Int bounds (the
// fast `for` loop); a big one is an instance of a `range` subclass carrying BigInt bounds, so
// isinstance(r, range) holds and iteration, indexing, `in`, len() and repr go through its dunders.

final class BigRange {
    let start: BigInt, stop: BigInt, step: BigInt
    init(_ start: BigInt, _ stop: BigInt, _ step: BigInt) { self.start = start; self.stop = stop; self.step = step }

    /// The number of elements.
    var count: BigInt {
        let (lo, hi, stride) = step.negative ? (stop, start, -step) : (start, stop, step)
        guard lo < hi else { return .zero }
        return ((hi - lo - .one).floorDivided(by: stride)?.quotient ?? .zero) + .one
    }

    func element(_ i: BigInt) -> BigInt { start + i * step }
}

let BigRangeType = builtinType("range", base: RangeType)

/// The range of BigInt bounds, or nil when all fit in Int.
func bigRange(_ args: [Value]) throws(PyError) -> Value? {
    guard args.contains(where: { if case .bigInt = $0 { return true } else { return false } }) else { return nil }
    var bounds: [BigInt] = []
    for v in args {
        guard let b = bigOperand(v) else { throw PyError.typeError("'\(typeName(v))' object cannot be interpreted as an integer") }
        bounds.append(b)
    }
    switch bounds.count {
    case 1: return .instance(makeInstance(BigRangeType, payload: BigRange(.zero, bounds[0], .one)))
    case 2: return .instance(makeInstance(BigRangeType, payload: BigRange(bounds[0], bounds[1], .one)))
    default:
        if bounds[2].isZero { throw PyError.valueError("range() arg 3 must not be zero") }
        return .instance(makeInstance(BigRangeType, payload: BigRange(bounds[0], bounds[1], bounds[2])))
    }
}

/// Any range (Int or BigInt bounds) as a BigRange.
private func asBigRange(_ v: Value) -> BigRange? {
    switch v {
    case .range(let r): return BigRange(BigInt(r.start), BigInt(r.stop), BigInt(r.step))
    case .instance(let i): return i.payload as? BigRange
    default: return nil
    }
}

private func me(_ a: Args) throws(PyError) -> BigRange {
    guard let r = asBigRange(a[0]) else { throw PyError.typeError("descriptor requires a 'range' object") }
    return r
}

func installBigRange() {
    let t = BigRangeType
    t.defineProperty("start") { i throws(PyError) in .integer((i.payload as? BigRange)?.start ?? .zero) }
    t.defineProperty("stop") { i throws(PyError) in .integer((i.payload as? BigRange)?.stop ?? .zero) }
    t.defineProperty("step") { i throws(PyError) in .integer((i.payload as? BigRange)?.step ?? .one) }
    t.define("__repr__", ["self"]) { a throws(PyError) in
        let r = try me(a)
        let head = "range(\(try decimalString(r.start)), \(try decimalString(r.stop))"
        return .str(r.step == .one ? head + ")" : head + ", \(try decimalString(r.step)))")
    }
    t.define("__len__", ["self"]) { a throws(PyError) in
        guard let n = try me(a).count.asInt else { throw PyError.overflowError("Python int too large to convert to C ssize_t") }
        return .int(n)
    }
    t.define("__bool__", ["self"]) { a throws(PyError) in .bool(!(try me(a).count.isZero)) }
    t.define("__iter__", ["self"]) { a throws(PyError) in try iterate(me(a), reversed: false) }
    t.define("__reversed__", ["self"]) { a throws(PyError) in try iterate(me(a), reversed: true) }
    t.define("__contains__", ["self", "value"]) { a throws(PyError) in
        let r = try me(a)
        guard let x = bigOperand(a[1]) else {
            // Other values are compared element by element in CPython; only integral floats can match.
            if case .float(let d) = a[1], let x = BigInt(exactly: d) { return .bool(contains(r, x)) }
            return .bool(false)
        }
        return .bool(contains(r, x))
    }
    t.define("__getitem__", ["self", "key"]) { a throws(PyError) in
        let r = try me(a)
        let n = r.count
        if case .slice(let s) = a[1] { return try slice(r, n, s, a.interp) }
        guard var i = bigOperand(a[1]) else { throw PyError.typeError("range indices must be integers or slices, not \(typeName(a[1]))") }
        if i.negative { i = i + n }
        guard !i.negative, i < n else { throw PyError.indexError("range object index out of range") }
        return .integer(r.element(i))
    }
    t.define("__eq__", ["self", "other"]) { a throws(PyError) in
        guard let x = asBigRange(a[0]), let y = asBigRange(a[1]) else { return .notImplemented }
        let n = x.count
        return .bool(n == y.count && (n.isZero || (x.start == y.start && (n == .one || x.step == y.step))))
    }
    t.define("__hash__", ["self"]) { a throws(PyError) in
        let r = try me(a)
        return .int(try HashKey(.tuple([.integer(r.count), .integer(r.start), .integer(r.step)])).pythonHash)
    }
}

private func contains(_ r: BigRange, _ x: BigInt) -> Bool {
    let inside = r.step.negative ? (x <= r.start && r.stop < x) : (r.start <= x && x < r.stop)
    return inside && (x - r.start).floorDivided(by: r.step)?.remainder.isZero == true
}

private func iterate(_ r: BigRange, reversed: Bool) -> Value {
    let n = r.count
    var k = BigInt.zero
    return .iterator(PyIterator(typeName: "longrange_iterator") { () throws(PyError) -> Value? in
        guard k < n else { return nil }
        defer { k = k + .one }
        return .integer(r.element(reversed ? n - .one - k : k))
    })
}

/// r[a:b:c] as CPython's compute_slice: the slice's indices clamped to the length, then mapped.
private func slice(_ r: BigRange, _ n: BigInt, _ s: PySlice, _ interp: Interpreter) throws(PyError) -> Value {
    func index(_ v: Value) throws(PyError) -> BigInt? {
        if v.isNone { return nil }
        return try interp.integerIndex(v)
    }
    let step = try index(s.step) ?? .one
    if step.isZero { throw PyError.valueError("slice step cannot be zero") }
    let (lower, upper) = step.negative ? (-BigInt.one, n - .one) : (BigInt.zero, n)
    func clamp(_ v: BigInt?, _ fallback: BigInt) -> BigInt {
        guard let v else { return fallback }
        if v.negative { return Swift.max(v + n, lower) }
        return Swift.min(v, upper)
    }
    let first = clamp(try index(s.start), step.negative ? upper : lower)
    let last = clamp(try index(s.stop), step.negative ? lower : upper)
    let values = [r.element(first), r.element(last), r.step * step].map { Value.integer($0) }
    if let big = try bigRange(values) { return big }
    guard case .int(let a) = values[0], case .int(let b) = values[1], case .int(let c) = values[2] else { return .none }
    return .range(PyRange(a, b, c))
}

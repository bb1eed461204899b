// Binary/unary operators and comparisons: numeric and sequence fast paths, then dunder dispatch
// with reflected operands and NotImplemented, as Python does.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    public func binary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        if let r = try numericBinary(op, a, b) { return r }
        if let r = try sequenceBinary(op, a, b) { return r }
        let (name, rname, _) = op.dunder
        return try dispatchBinary(op, a, b, name, rname)
    }

    private func dispatchBinary(_ op: BinaryOp, _ a: Value, _ b: Value, _ name: String, _ rname: String) throws(PyError) -> Value {
        let ta = typeOf(a), tb = typeOf(b)
        let reflectedFirst = tb !== ta && tb.isSubclass(of: ta) && tb.lookup(rname) != nil
        if reflectedFirst, let m = tb.lookup(rname) {
            let r = try call(bind(m, to: b, owner: tb), [a])
            if case .notImplemented = r {} else { return r }
        }
        // A plain builtin value's dunders only matter against a builtin subclass's instance.
        if !ta.isBuiltinType || b.holdsBaseValue, let m = ta.lookup(name) {
            let r = try call(bind(m, to: a, owner: ta), [b])
            if case .notImplemented = r {} else { return r }
        }
        if !reflectedFirst, tb !== ta || ta.lookup(name) == nil, let m = tb.lookup(rname) {
            let r = try call(bind(m, to: b, owner: tb), [a])
            if case .notImplemented = r {} else { return r }
        }
        if op == .bitOr, let union = unionType(a, b) { return union }
        if op == .add {
            switch a {
            case .str, .list, .tuple:
                let t = typeName(a)
                throw PyError.typeError("can only concatenate \(t) (not \"\(typeName(b))\") to \(t)")
            default: break
            }
        }
        if op == .mul {
            for (seq, other) in [(a, b), (b, a)] {
                switch seq {
                case .str, .list, .tuple: throw PyError.typeError("can't multiply sequence by non-int of type '\(typeName(other))'")
                default: continue
                }
            }
        }
        let symbol = op == .pow ? "** or pow()" : op.rawValue
        throw PyError.typeError("unsupported operand type(s) for \(symbol): '\(typeName(a))' and '\(typeName(b))'")
    }

    /// `a op= b`: tries `__iop__` first, then the plain operator.
    public func inplace(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        switch a {
        case .list(let l) where op == .add:
            l.items += try toArray(b)
            return a
        case .instance(let i):
            let (_, _, iname) = op.dunder
            if let m = i.cls.lookup(iname) {
                let r = try call(bind(m, to: a, owner: i.cls), [b])
                if case .notImplemented = r {} else { return r }
            }
            // `self += items` in a list subclass extends it in place, as list.__iadd__ does.
            if op == .add, case .list(let l)? = i.baseValue {
                l.items += try toArray(b)
                return a
            }
        default: break
        }
        return try binary(op, a, b)
    }

    func numericBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return try intBinary(op, x, y)
        case (.bool(let x), .bool(let y)):
            switch op {
            case .bitAnd: return .bool(x && y)
            case .bitOr: return .bool(x || y)
            case .bitXor: return .bool(x != y)
            default: return try intBinary(op, x ? 1 : 0, y ? 1 : 0)
            }
        case (.bool(let x), .int(let y)): return try intBinary(op, x ? 1 : 0, y)
        case (.int(let x), .bool(let y)): return try intBinary(op, x, y ? 1 : 0)
        case (.float(let x), .float(let y)): return try floatBinary(op, x, y)
        case (.float(let x), .int(let y)): return try floatBinary(op, x, Double(y))
        case (.int(let x), .float(let y)): return try floatBinary(op, Double(x), y)
        case (.float(let x), .bool(let y)): return try floatBinary(op, x, y ? 1 : 0)
        case (.bool(let x), .float(let y)): return try floatBinary(op, x ? 1 : 0, y)
        case (.bigInt, _), (_, .bigInt): return try mixedBigBinary(op, a, b)
        default: return nil
        }
    }

    /// Int arithmetic; a result beyond 64 bits is computed again on BigInts.
    func intBinary(_ op: BinaryOp, _ x: Int, _ y: Int) throws(PyError) -> Value? {
        func checked(_ r: (partialValue: Int, overflow: Bool)) throws(PyError) -> Value? {
            if r.overflow { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(r.partialValue)
        }
        switch op {
        case .add: return try checked(x.addingReportingOverflow(y))
        case .sub: return try checked(x.subtractingReportingOverflow(y))
        case .mul: return try checked(x.multipliedReportingOverflow(by: y))
        case .div:
            if y == 0 { throw PyError.zeroDivision("division by zero") }
            if !isExactDouble(x) || !isExactDouble(y) { return .float(try trueDivide(BigInt(x), BigInt(y))) }
            return .float(Double(x) / Double(y))
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("integer division or modulo by zero") }
            if x == Int.min && y == -1 { return .bigInt(-BigInt(x)) }
            let q = x / y
            return .int((x % y != 0 && ((x < 0) != (y < 0))) ? q - 1 : q)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("integer modulo by zero") }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int(r != 0 && ((r < 0) != (y < 0)) ? r + y : r)
        case .pow:
            if y < 0 {
                if x == 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
                return .float(Glibc.pow(Double(x), Double(y)))
            }
            var result = 1, base = x, e = y
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: base)
                    if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (r, o) = base.multipliedReportingOverflow(by: base)
                    if o { return try bigBinary(op, BigInt(x), BigInt(y)) }
                    base = r
                }
            }
            return .int(result)
        case .lshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            if x == 0 { return .int(0) }
            if y >= 64 || (x << y) >> y != x { return try bigBinary(op, BigInt(x), BigInt(y)) }
            return .int(x << y)
        case .rshift:
            if y < 0 { throw PyError.valueError("negative shift count") }
            return .int(y >= 64 ? (x < 0 ? -1 : 0) : x >> y)
        case .bitAnd: return .int(x & y)
        case .bitOr: return .int(x | y)
        case .bitXor: return .int(x ^ y)
        case .matMul: return nil
        }
    }

    func floatBinary(_ op: BinaryOp, _ x: Double, _ y: Double) throws(PyError) -> Value? {
        switch op {
        case .add: return .float(x + y)
        case .sub: return .float(x - y)
        case .mul: return .float(x * y)
        case .div:
            if y == 0 { throw PyError.zeroDivision("float division by zero") }
            return .float(x / y)
        case .floorDiv:
            if y == 0 { throw PyError.zeroDivision("float floor division by zero") }
            return .float(floatDivMod(x, y).0)
        case .mod:
            if y == 0 { throw PyError.zeroDivision("float modulo") }
            return .float(floatDivMod(x, y).1)
        case .pow:
            if x == 0 && y < 0 { throw PyError.zeroDivision("0.0 cannot be raised to a negative power") }
            if x < 0 && y != y.rounded() { throw PyError.valueError("math domain error") }
            let r = Glibc.pow(x, y)
            if r.isInfinite && x.isFinite && y.isFinite { throw PyError.overflowError("(34, 'Numerical result out of range')") }
            return .float(r)
        default: return nil
        }
    }

    /// Python's float divmod (floor division and a remainder with the divisor's sign).
    func floatDivMod(_ x: Double, _ y: Double) -> (Double, Double) {
        var mod = fmod(x, y)
        var div = (x - mod) / y
        if mod != 0 {
            if (y < 0) != (mod < 0) { mod += y; div -= 1 }
        } else {
            mod = y < 0 ? -0.0 : 0.0
        }
        var floordiv: Double
        if div != 0 {
            floordiv = div.rounded(.down)
            if div - floordiv > 0.5 { floordiv += 1 }
        } else {
            floordiv = Double(signOf: x / y, magnitudeOf: 0)
        }
        return (floordiv, mod)
    }

    func sequenceBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        switch (op, a, b) {
        case (.add, .str(let x), .str(let y)): return .str(x + y)
        case (.add, .list(let x), .list(let y)): return .list(PyList(x.items + y.items))
        case (.add, .tuple(let x), .tuple(let y)): return .tuple(x + y)
        case (.mul, .str(let s), .int(let n)), (.mul, .int(let n), .str(let s)):
            if n > 0 { try checkSize(s.utf8.count, n, limit: 1 << 31) }
            return .str(String(repeating: s, count: max(0, n)))
        case (.mul, .list(let l), .int(let n)), (.mul, .int(let n), .list(let l)): return .list(PyList(try repeated(l.items, n)))
        case (.mul, .tuple(let t), .int(let n)), (.mul, .int(let n), .tuple(let t)): return .tuple(try repeated(t, n))
        case (.mul, .str, .bigInt), (.mul, .bigInt, .str), (.mul, .list, .bigInt), (.mul, .bigInt, .list),
             (.mul, .tuple, .bigInt), (.mul, .bigInt, .tuple):
            throw PyError.overflowError("cannot fit 'int' into an index-sized integer")
        case (.mod, .str(let s), _): return .str(try percentFormat(s, b))
        case (.bitOr, .dict(let x), .dict(let y)):
            let d = x.copy()
            for (k, v) in y.items { try d.set(k, v) }
            return .dict(d)
        case (.bitOr, .set(let x), .set(let y)):
            let s = x.copy(); for v in y.items { try s.add(v) }; return .set(s)
        case (.bitAnd, .set(let x), .set(let y)):
            let s = PySet(); for v in x.items where try y.contains(v) { try s.add(v) }; return .set(s)
        case (.sub, .set(let x), .set(let y)):
            let s = PySet(); for v in x.items where !(try y.contains(v)) { try s.add(v) }; return .set(s)
        case (.bitXor, .set(let x), .set(let y)):
            let s = PySet()
            for v in x.items where !(try y.contains(v)) { try s.add(v) }
            for v in y.items where !(try x.contains(v)) { try s.add(v) }
            return .set(s)
        default: return nil
        }
    }

    private func repeated(_ items: [Value], _ n: Int) throws(PyError) -> [Value] {
        guard n > 0 else { return [] }
        try checkSize(items.count, n)
        var out: [Value] = []
        out.reserveCapacity(items.count * n)
        for _ in 0..<n { out += items }
        return out
    }

    /// Refuses sequences too large to build (CPython raises MemoryError where allocation fails).
    func checkSize(_ count: Int, _ times: Int, limit: Int = 1 << 26) throws(PyError) {
        let (total, overflow) = count.multipliedReportingOverflow(by: times)
        if overflow || total > limit { throw PyError(MemoryErrorClass, "") }
    }

    public func unary(_ op: UnaryOp, _ a: Value) throws(PyError) -> Value {
        switch (op, a) {
        case (.neg, .int(let x)):
            if x == Int.min { return .bigInt(-BigInt(x)) }
            return .int(-x)
        case (.neg, .bigInt(let x)): return .integer(-x)
        case (.invert, .bigInt(let x)): return .integer(~x)
        case (.pos, .bigInt): return a
        case (.neg, .float(let x)): return .float(-x)
        case (.neg, .bool(let x)): return .int(x ? -1 : 0)
        case (.pos, .int), (.pos, .float): return a
        case (.pos, .bool(let x)): return .int(x ? 1 : 0)
        case (.invert, .int(let x)): return .int(~x)
        case (.invert, .bool(let x)): return .int(~(x ? 1 : 0))
        case (.not, _): return .bool(!(try truthy(a)))
        default: break
        }
        let name = op == .neg ? "__neg__" : op == .pos ? "__pos__" : "__invert__"
        let t = typeOf(a)
        if let m = t.lookup(name) { return try call(bind(m, to: a, owner: t), []) }
        let symbol = op == .neg ? "-" : op == .pos ? "+" : "~"
        throw PyError.typeError("bad operand type for unary \(symbol): '\(typeName(a))'")
    }

    public func truthy(_ v: Value) throws(PyError) -> Bool {
        switch v {
        case .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .bigInt: return true
        case .float(let d): return d != 0
        case .str(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .tuple(let t): return !t.isEmpty
        case .dict(let d): return d.count > 0
        case .set(let s): return s.count > 0
        case .range(let r): return r.count > 0
        case .iterator(let it): return it.view.map { !$0.isEmpty } ?? true
        case .instance(let i):
            if let m = i.cls.lookup("__bool__") {
                let r = try call(bind(m, to: v, owner: i.cls), [])
                guard case .bool(let b) = r else { throw PyError.typeError("__bool__ should return bool, returned \(typeName(r))") }
                return b
            }
            if let m = i.cls.lookup("__len__") { return try toIndex(try call(bind(m, to: v, owner: i.cls), [])) != 0 }
            return true
        default: return true
        }
    }
}

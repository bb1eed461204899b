// ==, <, in, is: builtin values compared structurally, instances through rich-comparison dunders.

extension Interpreter {
    public func compare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Value {
        switch op {
        case .eq, .ne:
            if let r = try richCompare(op, a, b) { return r }
            let e = try equals(a, b)
            return .bool(op == .eq ? e : !e)
        case .lt, .le, .gt, .ge:
            if let r = try orderBuiltin(op, a, b) { return .bool(r) }
            if let r = try richCompare(op, a, b) { return r }
            throw PyError.typeError("'\(op.rawValue)' not supported between instances of '\(typeName(a))' and '\(typeName(b))'")
        case .in: return .bool(try contains(b, a))
        case .notIn: return .bool(!(try contains(b, a)))
        case .is: return .bool(identical(a, b))
        case .isNot: return .bool(!identical(a, b))
        }
    }

    private static func dunder(_ op: CompareOp) -> (String, String) {
        switch op {
        case .eq: return ("__eq__", "__eq__")
        case .ne: return ("__ne__", "__ne__")
        case .lt: return ("__lt__", "__gt__")
        case .le: return ("__le__", "__ge__")
        case .gt: return ("__gt__", "__lt__")
        default: return ("__ge__", "__le__")
        }
    }

    /// Tries the dunders of instances (either side); nil when neither handles it.
    private func richCompare(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        let isObjA: Bool, isObjB: Bool
        if case .instance = a { isObjA = true } else { isObjA = false }
        if case .instance = b { isObjB = true } else { isObjB = false }
        guard isObjA || isObjB else { return nil }
        let (name, reflected) = Self.dunder(op)
        let ta = typeOf(a), tb = typeOf(b)
        if isObjA, let (m, owner) = ta.lookupWithOwner(name), owner !== ObjectClass {
            let r = try call(bind(m, to: a, owner: ta), [b])
            if case .notImplemented = r {} else { return r }
        }
        if isObjB, let (m, owner) = tb.lookupWithOwner(reflected), owner !== ObjectClass {
            let r = try call(bind(m, to: b, owner: tb), [a])
            if case .notImplemented = r {} else { return r }
        }
        if op == .ne, isObjA, let (m, owner) = ta.lookupWithOwner("__eq__"), owner !== ObjectClass {
            let r = try call(bind(m, to: a, owner: ta), [b])
            if case .notImplemented = r {} else { return .bool(!(try truthy(r))) }
        }
        return nil
    }

    public func equals(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis), (.notImplemented, .notImplemented): return true
        case (.str(let x), .str(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.float(let x), .float(let y)): return x == y
        case (.bool(let x), .bool(let y)): return x == y
        case (.int, .float), (.float, .int), (.bool, .int), (.int, .bool), (.bool, .float), (.float, .bool):
            return compareNumbers(a, b) == .some(0)
        case (.list(let x), .list(let y)):
            if x === y { return true }
            return try sequenceEquals(x.items, y.items)
        case (.tuple(let x), .tuple(let y)): return try sequenceEquals(x, y)
        case (.dict(let x), .dict(let y)):
            guard x.count == y.count else { return false }
            for (k, v) in x.items {
                guard let w = try y.get(k), try equals(v, w) else { return false }
            }
            return true
        case (.set(let x), .set(let y)):
            guard x.count == y.count else { return false }
            for v in x.items where !(try y.contains(v)) { return false }
            return true
        case (.range(let x), .range(let y)):
            return x.count == y.count && (x.count == 0 || (x.start == y.start && (x.count == 1 || x.step == y.step)))
        case (.instance, _), (_, .instance):
            if let r = try richCompare(.eq, a, b) { return try truthy(r) }
            return identical(a, b)
        case (.boundMethod(let x), .boundMethod(let y)):
            return identical(x.function, y.function) && identical(x.receiver, y.receiver)
        case (.bigInt, _), (_, .bigInt):
            return compareNumbers(a, b) == .some(0)
        default:
            return identical(a, b)
        }
    }

    private func sequenceEquals(_ x: [Value], _ y: [Value]) throws(PyError) -> Bool {
        guard x.count == y.count else { return false }
        for k in 0..<x.count where !(try same(x[k], y[k])) { return false }
        return true
    }

    /// Identity or equality, as containers test membership.
    func same(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if identical(a, b) { return true }
        return try equals(a, b)
    }

    /// Ordering of builtin values; nil when not both builtin-orderable.
    func orderBuiltin(_ op: CompareOp, _ a: Value, _ b: Value) throws(PyError) -> Bool? {
        switch (a, b) {
        case (.int(let x), .int(let y)): return ordered(op, x, y)
        case (.str(let x), .str(let y)):
            let c = x == y ? 0 : x.unicodeScalars.lexicographicallyPrecedes(y.unicodeScalars) ? -1 : 1
            return ordered(op, c, 0)
        // bool only with the other numbers: with an object (a tensor, an array) its dunders decide.
        case (.int, .float), (.float, .int), (.float, .float), (.bool, .bool), (.bool, .int), (.int, .bool),
             (.bool, .float), (.float, .bool), (.bigInt, .int), (.int, .bigInt), (.bigInt, .bigInt), (.bigInt, .float),
             (.float, .bigInt), (.bigInt, .bool), (.bool, .bigInt):
            guard case .some(let c) = compareNumbers(a, b) else { return nil }
            guard let c else { return false }   // NaN is unordered
            return ordered(op, c, 0)
        case (.list(let x), .list(let y)): return try orderSequences(op, x.items, y.items)
        case (.tuple(let x), .tuple(let y)): return try orderSequences(op, x, y)
        case (.set(let x), .set(let y)):
            var sub = true, sup = true
            for v in x.items where !(try y.contains(v)) { sub = false }
            for v in y.items where !(try x.contains(v)) { sup = false }
            switch op {
            case .le: return sub
            case .lt: return sub && x.count < y.count
            case .ge: return sup
            default: return sup && x.count > y.count
            }
        default: return nil
        }
    }

    private func ordered<T: Comparable>(_ op: CompareOp, _ x: T, _ y: T) -> Bool {
        switch op {
        case .lt: return x < y
        case .le: return x <= y
        case .gt: return x > y
        default: return x >= y
        }
    }

    private func orderSequences(_ op: CompareOp, _ x: [Value], _ y: [Value]) throws(PyError) -> Bool {
        for k in 0..<min(x.count, y.count) where !(try equals(x[k], y[k])) {
            return try truthy(try compare(op, x[k], y[k]))
        }
        return ordered(op, x.count, y.count)
    }

    /// `a < b` for sorting.
    func lessThan(_ a: Value, _ b: Value) throws(PyError) -> Bool {
        if case .int(let x) = a, case .int(let y) = b { return x < y }
        if case .float(let x) = a, case .float(let y) = b { return x < y }
        return try truthy(try compare(.lt, a, b))
    }

    public func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.none, .none), (.ellipsis, .ellipsis), (.notImplemented, .notImplemented): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.int(let x), .int(let y)): return x == y
        case (.bigInt(let x), .bigInt(let y)): return x == y
        case (.float(let x), .float(let y)): return x.bitPattern == y.bitPattern
        case (.str(let x), .str(let y)): return x == y
        case (.tuple(let x), .tuple(let y)): return x.isEmpty && y.isEmpty
        default:
            guard let x = objectIdentity(a), let y = objectIdentity(b) else { return false }
            return x == y
        }
    }

    func objectIdentity(_ v: Value) -> ObjectIdentifier? {
        switch v {
        case .list(let o): return ObjectIdentifier(o)
        case .dict(let o): return ObjectIdentifier(o)
        case .set(let o): return ObjectIdentifier(o)
        case .function(let o): return ObjectIdentifier(o)
        case .builtin(let o): return ObjectIdentifier(o)
        case .boundMethod(let o): return ObjectIdentifier(o)
        case .cls(let o): return ObjectIdentifier(o)
        case .instance(let o): return ObjectIdentifier(o)
        case .module(let o): return ObjectIdentifier(o)
        case .slice(let o): return ObjectIdentifier(o)
        case .range(let o): return ObjectIdentifier(o)
        case .iterator(let o): return ObjectIdentifier(o)
        case .property(let o): return ObjectIdentifier(o)
        case .superObject(let o): return ObjectIdentifier(o)
        default: return nil
        }
    }

    public func contains(_ container: Value, _ item: Value) throws(PyError) -> Bool {
        switch container {
        case .str(let s):
            guard case .str(let sub) = item.builtinValue else { throw PyError.typeError("'in <string>' requires string as left operand, not \(typeName(item))") }
            return sub.isEmpty || s.contains(sub)
        case .dict(let d): return try d.get(item) != nil
        case .set(let s): return try s.contains(item)
        case .list(let l):
            for x in l.items where try same(x, item) { return true }
            return false
        case .tuple(let t):
            for x in t where try same(x, item) { return true }
            return false
        case .range(let r):
            if case .bigInt = item { return false }   // range bounds are Ints
            guard case .int(let i) = item else { break }
            if r.step > 0 ? (i < r.start || i >= r.stop) : (i > r.start || i <= r.stop) { return false }
            return (i - r.start) % r.step == 0
        case .instance(let i):
            if let m = i.cls.lookup("__contains__") { return try truthy(try call(bind(m, to: container, owner: i.cls), [item])) }
        default: break
        }
        var found = false
        do throws(PyError) {
            try forEach(container) { (x: Value) throws(PyError) -> Bool in
                if try equals(x, item) { found = true; return false }
                return true
            }
        } catch {
            if error.exceptionClass === TypeErrorClass && error.message.hasSuffix("is not iterable") {
                throw PyError.typeError("argument of type '\(typeName(container))' is not iterable")
            }
            throw error
        }
        return found
    }
}

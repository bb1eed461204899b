// Subclasses of builtin types (`class Config(dict)`, `class Name(str)`): an instance is a PyInstance
// whose `baseValue` is the list, dict, str... it extends. The builtin types' native methods work on
// that value (PyBuiltin.unwrapsSelf), and the dunders defined here give the interpreter's instance
// paths (len, iteration, operators, repr, hashing) and `super().__getitem__`-style calls their
// builtin meaning, as CPython's slot wrappers do.

/// The builtin types a class statement may extend.
let subclassableTypes: [PyClass] = [IntType, FloatType, StrType, ListType, TupleType, DictType, SetType, FrozenSetType]

extension Value {
    /// The builtin value of an instance of a builtin type's subclass; any other value itself.
    var builtinValue: Value {
        if case .instance(let i) = self, let base = i.baseValue { return base }
        return self
    }

    /// Whether this is an instance of a builtin type's subclass.
    var holdsBaseValue: Bool {
        if case .instance(let i) = self { return i.baseValue != nil }
        return false
    }
}

extension Interpreter {
    /// An operator on builtin values only (no dunder dispatch); nil when they do not support it.
    func builtinBinary(_ op: BinaryOp, _ a: Value, _ b: Value) throws(PyError) -> Value? {
        if let r = try numericBinary(op, a, b) { return r }
        return try sequenceBinary(op, a, b)
    }
}

func installBuiltinSubclassing() {
    for t in subclassableTypes { allowSubclassInstances(t) }
    installInitializers()
    installContainerDunders()
    installComparisonDunders()
    installOperatorDunders()
}

/// Wraps `T.__new__` so that `T.__new__(Sub, ...)` makes a `Sub` instance holding a new T value
/// (empty for the mutable types, whose `__init__` fills it).
private func allowSubclassInstances(_ t: PyClass) {
    guard case .staticMethod(.builtin(let make))? = t["__new__"] else { return }
    let mutable = t === ListType || t === DictType || t === SetType
    t["__new__"] = .staticMethod(.builtin(PyBuiltin(name: t.name, params: ["cls", "*args", "**kwargs"]) { a throws(PyError) in
        guard case .cls(let c) = a[0], c !== t, !c.isBuiltinType, c.isSubclass(of: t) else {
            return try make.call(a.interp, [a[0]] + a.positional, a.keywords)
        }
        let value: Value
        if !mutable {
            value = try make.call(a.interp, [.cls(t)] + a.positional, a.keywords)
        } else if t === ListType {
            value = .list(PyList())
        } else if t === DictType {
            value = .dict(PyDict())
        } else {
            value = .set(PySet())
        }
        return .instance(PyInstance(c, baseValue: value))
    }))
}

private func installInitializers() {
    ListType.define("__init__", ["self", "iterable?"]) { a throws(PyError) in
        guard case .list(let l) = a[0] else { throw PyError.typeError("descriptor '__init__' requires a 'list' object") }
        l.items = try a.optional("iterable").map { (v: Value) throws(PyError) in try a.interp.toArray(v) } ?? []
        return .none
    }
    DictType.define("__init__", ["self", "iterable?", "**kwargs"]) { a throws(PyError) in
        guard case .dict(let d) = a[0] else { throw PyError.typeError("descriptor '__init__' requires a 'dict' object") }
        if let src = a.optional("iterable") { try a.interp.updateDict(d, src) }
        for (k, v) in a.keywords { d.set(k, v) }
        return .none
    }
    SetType.define("__init__", ["self", "iterable?"]) { a throws(PyError) in
        guard case .set(let s) = a[0] else { throw PyError.typeError("descriptor '__init__' requires a 'set' object") }
        if let src = a.optional("iterable") { for v in try a.interp.toArray(src) { try s.add(v) } }
        return .none
    }
}

private func installContainerDunders() {
    for t in [StrType, ListType, TupleType, DictType, SetType, FrozenSetType] {
        t.define("__len__", ["self"]) { a throws(PyError) in .int(try a.interp.length(a[0])) }
        t.define("__iter__", ["self"]) { a throws(PyError) in .iterator(try a.interp.makeIterator(a[0])) }
        t.define("__contains__", ["self", "key"]) { a throws(PyError) in .bool(try a.interp.contains(a[0], a[1])) }
    }
    for t in [StrType, ListType, TupleType] {
        t.define("__getitem__", ["self", "key"]) { a throws(PyError) in try a.interp.getItem(a[0], a[1]) }
    }
    // dict.__getitem__ asks a subclass's __missing__ for absent keys (defaultdict, Counter).
    DictType.define("__getitem__", ["self", "key"]) { a throws(PyError) in
        guard case .dict(let d) = a[0] else { return try a.interp.getItem(a[0], a[1]) }
        if let v = try d.get(a[1]) { return v }
        if case .instance(let i)? = a.receiver, let missing = i.cls.lookup("__missing__") {
            return try a.interp.call(a.interp.bind(missing, to: .instance(i), owner: i.cls), [a[1]])
        }
        throw PyError.keyError(a[1])
    }
    for t in [ListType, DictType] {
        t.define("__setitem__", ["self", "key", "value"]) { a throws(PyError) in try a.interp.setItem(a[0], a[1], a[2]); return .none }
        t.define("__delitem__", ["self", "key"]) { a throws(PyError) in try a.interp.deleteItem(a[0], a[1]); return .none }
    }
    for t in [ListType, DictType, SetType] { t["__hash__"] = Value.none }
    for t in [IntType, FloatType, StrType, TupleType, FrozenSetType] {
        t.define("__hash__", ["self"]) { a throws(PyError) in .int(try HashKey(a[0]).pythonHash) }
    }
    for t in subclassableTypes {
        t.define("__repr__", ["self"]) { a throws(PyError) in .str(try a.interp.repr(a[0])) }
    }
    // A set subclass shows its name: Tags({1, 2}), Tags().
    for t in [SetType, FrozenSetType] {
        t.define("__repr__", ["self"]) { a throws(PyError) in
            guard case .instance(let i)? = a.receiver, case .set(let s) = a[0] else { return .str(try a.interp.repr(a[0])) }
            let plain = s.copy()
            plain.frozen = false
            return .str(s.count == 0 ? "\(i.cls.name)()" : "\(i.cls.name)(\(try a.interp.repr(.set(plain))))")
        }
    }
    StrType.define("__str__", ["self"]) { a throws(PyError) in a[0] }
    for t in [IntType, FloatType, StrType] {
        t.define("__format__", ["self", "format_spec"]) { a throws(PyError) in
            let spec = try a.string(1)
            // An empty spec is str(self): a subclass's own __repr__/__str__ shows.
            if spec.isEmpty, let receiver = a.receiver { return .str(try a.interp.str(receiver)) }
            return .str(try a.interp.format(a[0], spec))
        }
    }
}

private func installComparisonDunders() {
    let names: [(CompareOp, String)] = [(.eq, "__eq__"), (.ne, "__ne__"), (.lt, "__lt__"), (.le, "__le__"), (.gt, "__gt__"), (.ge, "__ge__")]
    for t in subclassableTypes {
        for (op, name) in names {
            t.define(name, ["self", "value"]) { a throws(PyError) in
                let other = a[1].builtinValue
                // Another object's own dunders are the interpreter's to try (reflected), not ours.
                if case .instance = other { return .notImplemented }
                switch op {
                case .eq: return .bool(try a.interp.equals(a[0], other))
                case .ne: return .bool(!(try a.interp.equals(a[0], other)))
                default: return try a.interp.orderBuiltin(op, a[0], other).map { .bool($0) } ?? .notImplemented
                }
            }
        }
    }
}

private func installOperatorDunders() {
    let arithmetic: [BinaryOp] = [.add, .sub, .mul, .div, .floorDiv, .mod, .pow]
    let bitwise: [BinaryOp] = [.lshift, .rshift, .bitAnd, .bitOr, .bitXor]
    let sets: [BinaryOp] = [.bitAnd, .bitOr, .sub, .bitXor]
    let table: [(PyClass, [BinaryOp])] = [
        (IntType, arithmetic + bitwise), (FloatType, arithmetic), (StrType, [.add, .mul, .mod]),
        (ListType, [.add, .mul]), (TupleType, [.add, .mul]), (DictType, [.bitOr]), (SetType, sets), (FrozenSetType, sets),
    ]
    for (t, ops) in table {
        for op in ops {
            let (name, reflected, _) = op.dunder
            t.define(name, ["self", "value"]) { a throws(PyError) in
                try a.interp.builtinBinary(op, a[0], a[1].builtinValue) ?? .notImplemented
            }
            // CPython's sequences have no reflected + (list + MyList runs list.__add__).
            if op == .add && t !== IntType && t !== FloatType { continue }
            t.define(reflected, ["self", "value"]) { a throws(PyError) in
                try a.interp.builtinBinary(op, a[1].builtinValue, a[0]) ?? .notImplemented
            }
        }
    }
    for t in [IntType, FloatType] {
        t.define("__neg__", ["self"]) { a throws(PyError) in try a.interp.unary(.neg, a[0]) }
        t.define("__pos__", ["self"]) { a throws(PyError) in try a.interp.unary(.pos, a[0]) }
        t.define("__abs__", ["self"]) { a throws(PyError) in
            try a.interp.unary(try a.interp.lessThan(a[0], .int(0)) ? .neg : .pos, a[0])
        }
        t.define("__bool__", ["self"]) { a throws(PyError) in .bool(try a.interp.truthy(a[0])) }
    }
    IntType.define("__invert__", ["self"]) { a throws(PyError) in try a.interp.unary(.invert, a[0]) }
    IntType.define("__round__", ["self", "ndigits?"]) { a throws(PyError) in try a.interp.round(a[0], a.optional("ndigits")) }
}

// Methods of list, tuple, dict and set, and of int/float.

private func selfList(_ a: Args) throws(PyError) -> PyList {
    guard case .list(let l) = a[0] else { throw PyError.typeError("descriptor requires a 'list' object but received a '\(typeName(a[0]))'") }
    return l
}
private func selfDict(_ a: Args) throws(PyError) -> PyDict {
    guard case .dict(let d) = a[0] else { throw PyError.typeError("descriptor requires a 'dict' object but received a '\(typeName(a[0]))'") }
    return d
}
private func selfSet(_ a: Args) throws(PyError) -> PySet {
    guard case .set(let s) = a[0] else { throw PyError.typeError("descriptor requires a 'set' object but received a '\(typeName(a[0]))'") }
    return s
}

func installListMethods() {
    let t = ListType
    t.define("append", ["self", "object"]) { a throws(PyError) in try selfList(a).items.append(a[1]); return .none }
    t.define("extend", ["self", "iterable"]) { a throws(PyError) in
        let l = try selfList(a)
        l.items += try a.interp.toArray(a[1])
        return .none
    }
    t.define("insert", ["self", "index", "object"]) { a throws(PyError) in
        let l = try selfList(a)
        var i = try a.int(1)
        if i < 0 { i = max(0, i + l.items.count) }
        l.items.insert(a[2], at: min(i, l.items.count))
        return .none
    }
    t.define("pop", ["self", "index?"]) { a throws(PyError) in
        let l = try selfList(a)
        if l.items.isEmpty { throw PyError.indexError("pop from empty list") }
        var i = try a.optional("index").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? -1
        if i < 0 { i += l.items.count }
        guard i >= 0 && i < l.items.count else { throw PyError.indexError("pop index out of range") }
        return l.items.remove(at: i)
    }
    t.define("remove", ["self", "value"]) { a throws(PyError) in
        let l = try selfList(a)
        for (k, x) in l.items.enumerated() where try a.interp.equals(x, a[1]) { l.items.remove(at: k); return .none }
        throw PyError.valueError("list.remove(x): x not in list")
    }
    t.define("clear", ["self"]) { a throws(PyError) in try selfList(a).items.removeAll(); return .none }
    t.define("copy", ["self"]) { a throws(PyError) in .list(PyList(try selfList(a).items)) }
    t.define("reverse", ["self"]) { a throws(PyError) in try selfList(a).items.reverse(); return .none }
    t.define("sort", ["self", "*", "key?", "reverse?"]) { a throws(PyError) in
        let l = try selfList(a)
        var items = l.items
        try a.interp.sort(&items, key: a.optional("key"), reverse: try a.optional("reverse").map { (v: Value) throws(PyError) in try a.interp.truthy(v) } ?? false)
        l.items = items
        return .none
    }
    for cls in [ListType, TupleType] {
        let what = cls === ListType ? "list" : "tuple"
        cls.define("index", ["self", "value"]) { a throws(PyError) in
            for (k, x) in try a.interp.toArray(a[0]).enumerated() where try a.interp.equals(x, a[1]) { return .int(k) }
            throw PyError.valueError(what == "list" ? "\(try a.interp.repr(a[1])) is not in list" : "tuple.index(x): x not in tuple")
        }
        cls.define("count", ["self", "value"]) { a throws(PyError) in
            var n = 0
            for x in try a.interp.toArray(a[0]) where try a.interp.equals(x, a[1]) { n += 1 }
            return .int(n)
        }
    }
}

func installDictMethods() {
    let t = DictType
    t.define("keys", ["self"]) { a throws(PyError) in .iterator(PyIterator(array: try selfDict(a).keys, typeName: "dict_keys", isView: true)) }
    t.define("values", ["self"]) { a throws(PyError) in .iterator(PyIterator(array: try selfDict(a).values, typeName: "dict_values", isView: true)) }
    t.define("items", ["self"]) { a throws(PyError) in
        .iterator(PyIterator(array: try selfDict(a).items.map { .tuple([$0.0, $0.1]) }, typeName: "dict_items", isView: true))
    }
    t.define("get", ["self", "key", "default?"]) { a throws(PyError) in try selfDict(a).get(a[1]) ?? a.optional("default") ?? .none }
    t.define("pop", ["self", "key", "default?"]) { a throws(PyError) in
        if let v = try selfDict(a).remove(a[1]) { return v }
        if let d = a.optional("default") { return d }
        throw PyError.keyError(a[1])
    }
    t.define("popitem", ["self"]) { a throws(PyError) in
        let d = try selfDict(a)
        guard let k = d.keys.last else { throw PyError.keyError("'popitem(): dictionary is empty'") }
        let v = try d.remove(k) ?? .none
        return .tuple([k, v])
    }
    t.define("setdefault", ["self", "key", "default?"]) { a throws(PyError) in
        let d = try selfDict(a)
        if let v = try d.get(a[1]) { return v }
        let v = a.optional("default") ?? .none
        try d.set(a[1], v)
        return v
    }
    t.define("update", ["self", "other?", "**kwargs"]) { a throws(PyError) in
        let d = try selfDict(a)
        if let o = a.optional("other") { try a.interp.updateDict(d, o) }
        for (k, v) in a.keywords { d.set(k, v) }
        return .none
    }
    t.define("clear", ["self"]) { a throws(PyError) in try selfDict(a).removeAll(); return .none }
    t.define("copy", ["self"]) { a throws(PyError) in .dict(try selfDict(a).copy()) }
    t.defineClassMethod("fromkeys", ["cls", "iterable", "value?"]) { a throws(PyError) in
        let d = PyDict()
        for k in try a.interp.toArray(a[1]) { try d.set(k, a.optional("value") ?? .none) }
        return .dict(d)
    }
    t.define("__contains__", ["self", "key"]) { a throws(PyError) in .bool(try selfDict(a).get(a[1]) != nil) }
    t.define("__len__", ["self"]) { a throws(PyError) in .int(try selfDict(a).count) }
}

func installSetMethods() {
    let t = SetType
    t.define("add", ["self", "elem"]) { a throws(PyError) in try selfSet(a).add(a[1]); return .none }
    t.define("remove", ["self", "elem"]) { a throws(PyError) in
        if !(try selfSet(a).remove(a[1])) { throw PyError.keyError(a[1]) }
        return .none
    }
    t.define("discard", ["self", "elem"]) { a throws(PyError) in try selfSet(a).remove(a[1]); return .none }
    t.define("pop", ["self"]) { a throws(PyError) in
        let s = try selfSet(a)
        guard let v = s.items.first else { throw PyError.keyError("'pop from an empty set'") }
        try s.remove(v)
        return v
    }
    t.define("clear", ["self"]) { a throws(PyError) in
        let s = try selfSet(a)
        for v in s.items { try s.remove(v) }
        return .none
    }
    t.define("copy", ["self"]) { a throws(PyError) in .set(try selfSet(a).copy()) }
    t.define("update", ["self", "*others"]) { a throws(PyError) in
        let s = try selfSet(a)
        for o in a.positional { for v in try a.interp.toArray(o) { try s.add(v) } }
        return .none
    }
    for (name, op) in [("union", BinaryOp.bitOr), ("intersection", .bitAnd), ("difference", .sub), ("symmetric_difference", .bitXor)] {
        for cls in [SetType, FrozenSetType] {
            cls.define(name, ["self", "*others"]) { a throws(PyError) in
                var result = a[0]
                for o in a.positional {
                    let other = PySet()
                    for v in try a.interp.toArray(o) { try other.add(v) }
                    result = try a.interp.binary(op, result, .set(other))
                }
                return result
            }
        }
    }
    for (name, sub) in [("issubset", true), ("issuperset", false)] {
        t.define(name, ["self", "other"]) { a throws(PyError) in
            let other = PySet()
            for v in try a.interp.toArray(a[1]) { try other.add(v) }
            return try a.interp.compare(sub ? .le : .ge, a[0], .set(other))
        }
    }
}

func installNumberMethods() {
    FloatType.define("is_integer", ["self"]) { a throws(PyError) in
        let d = try a.double(0)
        return .bool(d.isFinite && d.rounded(.towardZero) == d)
    }
    FloatType.define("__round__", ["self", "ndigits?"]) { a throws(PyError) in try a.interp.round(a[0], a.optional("ndigits")) }
    IntType.define("bit_length", ["self"]) { a throws(PyError) in .int(try a.interp.integerSelf(a[0]).bitLength) }
    IntType.define("bit_count", ["self"]) { a throws(PyError) in .int(try a.interp.integerSelf(a[0]).bitCount) }
    IntType.define("__index__", ["self"]) { a throws(PyError) in .integer(try a.interp.integerSelf(a[0])) }
    IntType.define("as_integer_ratio", ["self"]) { a throws(PyError) in .tuple([.integer(try a.interp.integerSelf(a[0])), .int(1)]) }
    for cls in [IntType, FloatType] {
        cls.define("conjugate", ["self"]) { a throws(PyError) in a[0] }
        cls.define("__float__", ["self"]) { a throws(PyError) in .float(try a.double(0)) }
        cls.define("__int__", ["self"]) { a throws(PyError) in try a.interp.toInt(a[0]) }
    }
    FloatType.define("as_integer_ratio", ["self"]) { a throws(PyError) in
        var d = try a.double(0)
        if d.isNaN { throw PyError.valueError("cannot convert NaN to integer ratio") }
        guard d.isFinite else { throw PyError.overflowError("cannot convert Infinity to integer ratio") }
        // Doubling is exact, and a non-integral double has at most 1074 fraction bits.
        var shift = 0
        while d != d.rounded(.towardZero) { d *= 2; shift += 1 }
        return .tuple([try a.interp.integer(d), .integer(BigInt.one.shiftedLeft(shift))])
    }
}

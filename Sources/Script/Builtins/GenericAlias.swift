// `list[int]`, `dict[str, float]`: types.GenericAlias for the builtin types, so annotations print
// as in CPython; calling one builds the plain type.

final class GenericAliasData {
    let origin: PyClass
    let args: [Value]
    init(origin: PyClass, args: [Value]) { self.origin = origin; self.args = args }
}

let GenericAliasType: PyClass = {
    let t = PyClass(name: "GenericAlias", module: "types")
    t.extensionTypeName = "types.GenericAlias"
    func alias(_ a: Args) throws(PyError) -> GenericAliasData {
        guard case .instance(let i) = a[0], let d = i.payload as? GenericAliasData else { throw PyError.typeError("descriptor requires a 'types.GenericAlias' object") }
        return d
    }
    t.define("__repr__", ["self"]) { a throws(PyError) in
        let d = try alias(a)
        return .str(d.origin.name + "[" + (try d.args.map { (v: Value) throws(PyError) in try a.interp.annotationRepr(v) }).joined(separator: ", ") + "]")
    }
    t.define("__call__", ["self", "*args", "**kwargs"]) { a throws(PyError) in
        try a.interp.call(.cls(try alias(a).origin), a.positional, kwargs: a.keywords)
    }
    t.define("__eq__", ["self", "other"]) { a throws(PyError) in
        guard case .instance(let o) = a[1], let other = o.payload as? GenericAliasData else { return .notImplemented }
        let d = try alias(a)
        let sameArgs = try a.interp.equals(.tuple(d.args), .tuple(other.args))
        return .bool(d.origin === other.origin && sameArgs)
    }
    t.define("__hash__", ["self"]) { a throws(PyError) in
        let d = try alias(a)
        return .int(try HashKey(.tuple([.cls(d.origin)] + d.args)).pythonHash)
    }
    t.defineProperty("__origin__") { i throws(PyError) in (i.payload as? GenericAliasData).map { .cls($0.origin) } ?? .none }
    t.defineProperty("__args__") { i throws(PyError) in .tuple((i.payload as? GenericAliasData)?.args ?? []) }
    return t
}()

extension Interpreter {
    /// `T[args]` for a builtin type T.
    func genericAlias(_ origin: PyClass, _ key: Value) -> Value {
        let args: [Value]
        if case .tuple(let items) = key { args = items } else { args = [key] }
        return .instance(makeInstance(GenericAliasType, payload: GenericAliasData(origin: origin, args: args)))
    }

    /// How typing shows a type in an annotation: `int`, `__main__.Point`, `...`, `[int, str]`.
    func annotationRepr(_ v: Value) throws(PyError) -> String {
        switch v {
        case .cls(let c): return c.module == "builtins" ? c.name : "\(c.module).\(c.name)"
        case .ellipsis: return "..."
        case .list(let l): return "[" + (try l.items.map { (x: Value) throws(PyError) in try annotationRepr(x) }).joined(separator: ", ") + "]"
        default: return try repr(v)
        }
    }
}

/// `int | None`: types.UnionType, for annotations and isinstance.
final class UnionData {
    let args: [Value]
    init(_ args: [Value]) { self.args = args }
}

let UnionTypeClass: PyClass = {
    let t = PyClass(name: "UnionType", module: "types")
    t.extensionTypeName = "types.UnionType"
    t.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let u = i.payload as? UnionData else { return .str("") }
        return .str(try u.args.map { (v: Value) throws(PyError) -> String in
            if case .cls(let c) = v, c === NoneType { return "None" }
            return try a.interp.annotationRepr(v)
        }.joined(separator: " | "))
    }
    t.defineProperty("__args__") { i throws(PyError) in .tuple((i.payload as? UnionData)?.args ?? []) }
    return t
}()

extension Interpreter {
    /// `a | b` between types (and None, aliases, unions); nil when either is something else.
    func unionType(_ a: Value, _ b: Value) -> Value? {
        func members(_ v: Value) -> [Value]? {
            switch v {
            case .none: return [.cls(NoneType)]
            case .cls: return [v]
            case .instance(let i):
                if let u = i.payload as? UnionData { return u.args }
                if i.payload is GenericAliasData { return [v] }
            default: break
            }
            return nil
        }
        guard let left = members(a), let right = members(b) else { return nil }
        var args: [Value] = []
        for v in left + right where !args.contains(where: { identical($0, v) }) { args.append(v) }
        if args.count == 1 { return args[0] }
        return .instance(makeInstance(UnionTypeClass, payload: UnionData(args)))
    }

    /// The classes of an isinstance/issubclass spec given as a union, else nil.
    func unionMembers(_ spec: Value) -> Value? {
        guard case .instance(let i) = spec, let u = i.payload as? UnionData else { return nil }
        return .tuple(u.args)
    }
}

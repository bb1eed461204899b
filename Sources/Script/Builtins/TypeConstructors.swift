// Constructors of the builtin types (int(), str(), list(), ...) and object/type/exception basics.
// Installed once per process: the type objects are shared by all interpreters.

private let typeMethodsInstalled: Void = {
    installRangeType()
    installConstructors()
    installObjectAndType()
    installExceptionMethods()
    installStrMethods()
    installStrTranslation()
    installListMethods()
    installDictMethods()
    installSetMethods()
    installNumberMethods()
    installFloatHex()
    installGeneratorMethods()
    installBuiltinSubclassing()
    installExceptionChainAttributes()
    for t in [IntType, BoolType, FloatType, StrType, ListType, TupleType, DictType, SetType, FrozenSetType, NoneType,
              FunctionType, BuiltinFunctionType, MethodType, ModuleType, SliceType, RangeType, IteratorType, GeneratorType] {
        t.freezeLookups()
    }
}()

extension Interpreter {
    func installTypeMethods() { _ = typeMethodsInstalled }
}

/// Defines `cls.__new__` as a static native taking (cls, ...).
func defineConstructor(_ cls: PyClass, _ params: [String], _ body: @escaping (Args) throws(PyError) -> Value) {
    cls["__new__"] = .staticMethod(.builtin(PyBuiltin(name: cls.name, params: ["cls"] + params, body)))
}

private func installConstructors() {
    defineConstructor(IntType, ["x?", "base?"]) { a throws(PyError) in
        guard let x = a.optional("x") else { return .int(0) }
        if let b = a.optional("base") {
            guard case .str(let s) = x else { throw PyError.typeError("int() can't convert non-string with explicit base") }
            return try parseInt(s, base: try a.interp.toIndex(b))
        }
        return try a.interp.toInt(x)
    }
    defineConstructor(FloatType, ["x?"]) { a throws(PyError) in
        guard let x = a.optional("x") else { return .float(0) }
        if case .str(let s) = x { return .float(try parseFloat(s)) }
        return .float(try a.interp.toDouble(x))
    }
    defineConstructor(StrType, ["object?"]) { a throws(PyError) in
        guard let x = a.optional("object") else { return .str("") }
        return .str(try a.interp.str(x))
    }
    defineConstructor(BoolType, ["x?"]) { a throws(PyError) in .bool(try a.optional("x").map { (v: Value) throws(PyError) in try a.interp.truthy(v) } ?? false) }
    defineConstructor(ListType, ["iterable?"]) { a throws(PyError) in
        .list(PyList(try a.optional("iterable").map { (v: Value) throws(PyError) in try a.interp.toArray(v) } ?? []))
    }
    defineConstructor(TupleType, ["iterable?"]) { a throws(PyError) in
        .tuple(try a.optional("iterable").map { (v: Value) throws(PyError) in try a.interp.toArray(v) } ?? [])
    }
    defineConstructor(DictType, ["iterable?", "**kwargs"]) { a throws(PyError) in
        let d = PyDict()
        if let src = a.optional("iterable") { try a.interp.updateDict(d, src) }
        for (k, v) in a.keywords { d.set(k, v) }
        return .dict(d)
    }
    for (cls, frozen) in [(SetType, false), (FrozenSetType, true)] {
        defineConstructor(cls, ["iterable?"]) { a throws(PyError) in
            let s = PySet()
            s.frozen = frozen
            if let src = a.optional("iterable") { for v in try a.interp.toArray(src) { try s.add(v) } }
            return .set(s)
        }
    }
    defineConstructor(SliceType, ["*args"]) { a throws(PyError) in
        let p = a.positional
        switch p.count {
        case 1: return .slice(PySlice(.none, p[0], .none))
        case 2: return .slice(PySlice(p[0], p[1], .none))
        case 3: return .slice(PySlice(p[0], p[1], p[2]))
        default: throw PyError.typeError("slice expected at least 1 argument, got 0")
        }
    }
    defineConstructor(PropertyType, ["fget?", "fset?", "fdel?", "doc?"]) { a throws(PyError) in
        .property(PyProperty(getter: a.optional("fget") ?? .none, setter: a.optional("fset") ?? .none))
    }
    defineConstructor(StaticMethodType, ["f"]) { a throws(PyError) in .staticMethod(a[1]) }
    defineConstructor(ClassMethodType, ["f"]) { a throws(PyError) in .classMethod(a[1]) }
    defineConstructor(SuperType, ["type?", "obj?"]) { a throws(PyError) in
        guard case .cls(let c)? = a.optional("type"), let obj = a.optional("obj") else {
            throw PyError.runtimeError("super(): no arguments")
        }
        return .superObject(PySuper(startAfter: c, receiver: obj))
    }
}

private func installObjectAndType() {
    ObjectClass.define("__init__", ["self", "*args", "**kwargs"]) { _ throws(PyError) in .none }
    ObjectClass.define("__setattr__", ["self", "name", "value"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { throw PyError.typeError("can't apply this __setattr__ to \(typeName(a[0])) object") }
        try a.interp.genericSetAttribute(i, try a.string(1), a[2])
        return .none
    }
    ObjectClass.define("__getattribute__", ["self", "name"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { return try a.interp.getAttribute(a[0], try a.string(1)) }
        let name = try a.string(1)
        if let v = i.attributes.get(name) { return v }
        if let f = i.cls.lookup(name) {
            if case .property(let p) = f { return try a.interp.call(p.getter, [a[0]]) }
            return a.interp.bind(f, to: a[0], owner: i.cls)
        }
        throw PyError.attributeError("'\(i.cls.messageName)' object has no attribute '\(name)'")
    }
    ObjectClass.define("__delattr__", ["self", "name"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { return .none }
        let name = try a.string(1)
        if try i.attributes.remove(.str(name)) == nil { throw PyError.attributeError("'\(i.cls.messageName)' object has no attribute '\(name)'") }
        return .none
    }
    ObjectClass.define("__repr__", ["self"]) { a throws(PyError) in .str(try reprNoInterp(a[0])) }
    ObjectClass.define("__str__", ["self"]) { a throws(PyError) in .str(try a.interp.repr(a[0])) }
    ObjectClass.define("__eq__", ["self", "other"]) { a throws(PyError) in a.interp.identical(a[0], a[1]) ? .bool(true) : .notImplemented }
    ObjectClass.define("__ne__", ["self", "other"]) { a throws(PyError) in
        let r = try a.interp.compare(.eq, a[0], a[1])
        return .bool(!(try a.interp.truthy(r)))
    }
    ObjectClass.define("__hash__", ["self"]) { a throws(PyError) in .int(try HashKey(a[0]).pythonHash) }
    ObjectClass.define("__format__", ["self", "spec"]) { a throws(PyError) in .str(try a.interp.format(a[0], try a.string(1))) }
    ObjectClass.defineStatic("__new__", ["cls", "*args", "**kwargs"]) { a throws(PyError) in
        guard case .cls(let c) = a[0] else { throw PyError.typeError("object.__new__(X): X is not a type object") }
        return .instance(PyInstance(c))
    }
    defineConstructor(TypeType, ["obj", "bases?", "dict?"]) { a throws(PyError) in
        guard let bases = a.optional("bases"), case .dict(let ns)? = a.optional("dict") else { return .cls(typeOf(a[1])) }
        return try a.interp.buildClass(name: try a.string(1), module: "__main__", bases: try a.interp.toArray(bases), namespace: ns)
    }
    TypeType.define("mro", ["cls"]) { a throws(PyError) in
        guard case .cls(let c) = a[0] else { return .list(PyList()) }
        return .list(PyList(c.mro.map { .cls($0) }))
    }
    TypeType.define("__subclasses__", ["cls"]) { _ throws(PyError) in .list(PyList()) }
}

private func installExceptionMethods() {
    let base = BaseExceptionClass
    base.define("__init__", ["self", "*args"]) { a throws(PyError) in
        if case .instance(let i) = a[0] { i["args"] = .tuple(a.positional) }
        return .none
    }
    base.defineStatic("__new__", ["cls", "*args", "**kwargs"]) { a throws(PyError) in
        guard case .cls(let c) = a[0] else { throw PyError.typeError("BaseException.__new__(X): X is not a type object") }
        let i = PyInstance(c)
        i["args"] = .tuple(a.positional)
        return .instance(i)
    }
    base.define("__str__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], case .tuple(let args)? = i["args"] else { return .str("") }
        switch args.count {
        case 0: return .str("")
        case 1: return .str(try a.interp.str(args[0]))
        default: return .str(try a.interp.repr(.tuple(args)))
        }
    }
    base.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], case .tuple(let args)? = i["args"] else { return .str("") }
        let inner = try args.map { (v: Value) throws(PyError) in try a.interp.repr(v) }.joined(separator: ", ")
        return .str("\(i.cls.name)(\(inner))")
    }
    KeyErrorClass.define("__str__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], case .tuple(let args)? = i["args"], args.count == 1 else {
            return try a.interp.call(BaseExceptionClass.lookup("__str__") ?? .none, [a[0]])
        }
        return .str(try a.interp.repr(args[0]))
    }
    base.define("with_traceback", ["self", "tb"]) { a throws(PyError) in a[0] }
}

/// int(x): truncates floats, parses strings, calls __int__/__index__.
extension Interpreter {
    func toInt(_ x: Value) throws(PyError) -> Value {
        switch x {
        case .int, .bigInt: return x
        case .bool(let b): return .int(b ? 1 : 0)
        case .float(let d): return try integer(d.rounded(.towardZero))
        case .str(let s): return try parseInt(s, base: 10)
        case .instance(let i):
            for name in ["__int__", "__index__", "__trunc__"] {
                if let m = i.cls.lookup(name) { return try call(bind(m, to: x, owner: i.cls), []) }
            }
        default: break
        }
        throw PyError.typeError("int() argument must be a string, a bytes-like object or a real number, not '\(typeName(x))'")
    }

    /// The int equal to an integral float (int(1e30) is exact).
    func integer(_ d: Double) throws(PyError) -> Value {
        if d.isNaN { throw PyError.valueError("cannot convert float NaN to integer") }
        if d.isInfinite { throw PyError.overflowError("cannot convert float infinity to integer") }
        if let i = Int(exactly: d) { return .int(i) }
        guard let b = BigInt(exactly: d) else { throw PyError.valueError("cannot convert non-integral float to integer") }
        return .integer(b)
    }

    func updateDict(_ d: PyDict, _ src: Value) throws(PyError) {
        if case .dict = src { try mergeMapping(into: d, src); return }
        if case .instance = src, hasAttribute(src, "keys") { try mergeMapping(into: d, src); return }
        var index = 0
        try forEach(src) { (item: Value) throws(PyError) -> Bool in
            let pair = try toArray(item)
            guard pair.count == 2 else {
                throw PyError.valueError("dictionary update sequence element #\(index) has length \(pair.count); 2 is required")
            }
            try d.set(pair[0], pair[1])
            index += 1
            return true
        }
    }
}

func parseInt(_ text: String, base: Int) throws(PyError) -> Value {
    var s = text.trimmingSpaces.replacingUnderscores
    var negative = false
    if s.hasPrefix("-") { negative = true; s.removeFirst() } else if s.hasPrefix("+") { s.removeFirst() }
    var b = base
    let lower = s.lowercased()
    if (b == 16 || b == 0) && lower.hasPrefix("0x") { s.removeFirst(2); b = 16 }
    else if (b == 8 || b == 0) && lower.hasPrefix("0o") { s.removeFirst(2); b = 8 }
    else if (b == 2 || b == 0) && lower.hasPrefix("0b") { s.removeFirst(2); b = 2 }
    if b == 0 { b = 10 }
    guard (2...36).contains(b) else { throw PyError.valueError("int() base must be >= 2 and <= 36, or 0") }
    let limit = intMaxStrDigits.load(ordering: .relaxed)
    // Only bases that are not powers of two need the quadratic conversion the limit guards.
    if b & (b - 1) != 0 && limit > 0 && s.utf8.count > limit { throw digitLimitError(limit, digits: s.utf8.count) }
    guard let v = BigInt(digits: s, radix: b) else {
        throw PyError.valueError("invalid literal for int() with base \(base): \(stringRepr(text))")
    }
    return .integer(negative ? -v : v)
}

func parseFloat(_ text: String) throws(PyError) -> Double {
    let s = text.trimmingSpaces.replacingUnderscores.lowercased()
    switch s {
    case "inf", "+inf", "infinity", "+infinity": return .infinity
    case "-inf", "-infinity": return -.infinity
    case "nan", "+nan", "-nan": return .nan
    default:
        if let d = Double(s), !s.hasPrefix("0x") { return d }
        throw PyError.valueError("could not convert string to float: \(stringRepr(text))")
    }
}

extension String {
    var replacingUnderscores: String { String(filter { $0 != "_" }) }
}

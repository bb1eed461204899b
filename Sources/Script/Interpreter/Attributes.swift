// Attribute lookup and assignment with Python's descriptor rules (properties, methods,
// staticmethod/classmethod, __getattr__ fallback, __setattr__ override).

extension Interpreter {
    public func getAttribute(_ v: Value, _ name: String) throws(PyError) -> Value {
        switch v {
        case .instance(let i):
            if i.cls.cachesLookups && !i.cls.hasProperties, let x = i.attributes.get(name) { return x }
            let found = i.cls.lookup(name)
            if case .property(let p)? = found { return try call(p.getter, [v]) }
            if let x = i.attributes.get(name) { return x }
            if let f = found { return bind(f, to: v, owner: i.cls) }
            if name == "__class__" { return .cls(i.cls) }
            if name == "__dict__" && i.cls.slotNames == nil { return .dict(i.attributes) }
            if let ga = i.cls.lookup("__getattr__") { return try call(bind(ga, to: v, owner: i.cls), [.str(name)]) }
            throw PyError.attributeError("'\(i.cls.messageName)' object has no attribute '\(name)'")
        case .cls(let c):
            if let x = try classAttribute(c, name) { return x }
            throw PyError.attributeError("type object '\(c.name)' has no attribute '\(name)'")
        case .module(let m):
            if let x = m[name] { return x }
            if let sub = try registeredSubmodule(of: m, name) { return .module(sub) }
            if name == "__dict__" {
                let d = PyDict()
                for n in m.names { d.set(n, m[n] ?? .none) }
                return .dict(d)
            }
            throw PyError.attributeError("module '\(m.name)' has no attribute '\(name)'")
        case .superObject(let s):
            let receiverType: PyClass
            if case .cls(let c) = s.receiver { receiverType = c } else { receiverType = typeOf(s.receiver) }
            let mro = receiverType.mro
            let start = (mro.firstIndex { $0 === s.startAfter } ?? -1) + 1
            for c in mro[start...] {
                if let x = c.dict.get(name) {
                    if case .property(let p) = x { return try call(p.getter, [s.receiver]) }
                    if case .cls = s.receiver {
                        if case .classMethod(let inner) = x { return .boundMethod(PyBoundMethod(s.receiver, inner)) }
                        if case .staticMethod(let inner) = x { return inner }
                        return x
                    }
                    return bind(x, to: s.receiver, owner: receiverType)
                }
            }
            throw PyError.attributeError("'super' object has no attribute '\(name)'")
        case .function(let f):
            switch name {
            case "__name__": return .str(f.name)
            case "__qualname__": return .str(f.code.qualifiedName)
            case "__module__": return f.globals["__name__"] ?? .none
            case "__doc__": return f.attributes.get("__doc__") ?? f.code.doc.map { .str($0) } ?? .none
            case "__dict__": return .dict(f.attributes)
            case "__annotations__":
                if let x = f.attributes.get(name) { return x }
                let d = Value.dict(PyDict())
                f.attributes.set(name, d)
                return d
            default: if let x = f.attributes.get(name) { return x }
            }
        case .builtin(let b):
            if name == "__name__" || name == "__qualname__" { return .str(b.name) }
            if name == "__text_signature__" {
                return .str(b.spec.signature { v in (try? self.repr(v)) ?? "..." })
            }
            if name == "__doc__" { return b.doc.map { .str($0) } ?? .none }
        case .boundMethod(let m):
            if name == "__self__" { return m.receiver }
            if name == "__func__" { return m.function }
            if ["__name__", "__doc__", "__qualname__", "__annotations__"].contains(name) { return try getAttribute(m.function, name) }
        case .property(let p):
            if name == "fget" { return p.getter }
            if name == "fset" { return p.setter }
            if name == "__doc__" { return try getAttribute(p.getter, "__doc__") }
            if name == "setter" || name == "getter" || name == "deleter" {
                // Deleters are accepted and ignored: `del obj.prop` is not supported for properties.
                return .builtin(PyBuiltin(name: name, params: ["f"]) { a throws(PyError) in
                    switch name {
                    case "setter": return .property(PyProperty(getter: p.getter, setter: a[0]))
                    case "getter": return .property(PyProperty(getter: a[0], setter: p.setter))
                    default: return .property(PyProperty(getter: p.getter, setter: p.setter))
                    }
                })
            }
        case .slice(let sl):
            switch name {
            case "start": return sl.start
            case "stop": return sl.stop
            case "step": return sl.step
            default: break
            }
        case .range(let r):
            switch name {
            case "start": return .int(r.start)
            case "stop": return .int(r.stop)
            case "step": return .int(r.step)
            default: break
            }
        case .int, .bigInt, .float, .bool:
            if name == "real" { return try unary(.pos, v) }
            if name == "imag" { if case .float = v { return .float(0) }; return .int(0) }
            if case .float = v {} else if name == "numerator" { return try unary(.pos, v) } else if name == "denominator" { return .int(1) }
        case .iterator(let it):
            if let g = it.generator {
                switch name {
                case "__name__": return .str(g.name)
                case "__qualname__": return .str(g.qualifiedName)
                case "gi_running": return .bool(g.status == .running)
                default: break
                }
            } else if name == "__next__" {
                return .builtin(PyBuiltin(name: "__next__", params: []) { _ throws(PyError) in
                    guard let x = try it.next() else { throw PyError.stopIteration() }
                    return x
                })
            }
        default:
            break
        }
        let t = typeOf(v)
        if let f = t.lookup(name) {
            if case .property(let p) = f { return try call(p.getter, [v]) }
            return bind(f, to: v, owner: t)
        }
        if name == "__class__" { return .cls(t) }
        throw PyError.attributeError("'\(typeName(v))' object has no attribute '\(name)'")
    }

    func classAttribute(_ c: PyClass, _ name: String) throws(PyError) -> Value? {
        if let x = c.lookup(name) {
            switch x {
            case .classMethod(let inner): return .boundMethod(PyBoundMethod(.cls(c), inner))
            case .staticMethod(let inner): return inner
            default: return x
            }
        }
        switch name {
        case "__name__", "__qualname__": return .str(c.name)
        case "__module__": return .str(c.module)
        case "__mro__": return .tuple(c.mro.map { .cls($0) })
        case "__bases__": return .tuple(c.bases.map { .cls($0) })
        case "__base__": return c.bases.first.map { .cls($0) } ?? .none
        case "__dict__": return .dict(c.dict)
        case "__doc__": return .none
        case "__class__": return .cls(TypeType)
        default: break
        }
        if let x = TypeType.lookup(name) { return bind(x, to: .cls(c), owner: TypeType) }
        return nil
    }

    /// Binds a class attribute found on `owner` to the receiver (functions become bound methods).
    func bind(_ attr: Value, to receiver: Value, owner: PyClass) -> Value {
        switch attr {
        case .function, .builtin: return .boundMethod(PyBoundMethod(receiver, attr))
        case .staticMethod(let inner): return inner
        case .classMethod(let inner): return .boundMethod(PyBoundMethod(.cls(owner), inner))
        default: return attr
        }
    }

    public func setAttribute(_ v: Value, _ name: String, _ value: Value) throws(PyError) {
        switch v {
        case .instance(let i):
            if let (sa, owner) = i.cls.lookupWithOwner("__setattr__"), owner !== ObjectClass {
                _ = try call(bind(sa, to: v, owner: i.cls), [.str(name), value])
                return
            }
            try genericSetAttribute(i, name, value)
        case .cls(let c):
            c[name] = value
        case .module(let m):
            m[name] = value
        case .function(let f):
            if name == "__name__", case .str(let s) = value { f.name = s } else { f.attributes.set(name, value) }
        default:
            throw PyError.attributeError("'\(typeName(v))' object has no attribute '\(name)'")
        }
    }

    /// `object.__setattr__`: properties' setters, else the instance dict.
    func genericSetAttribute(_ i: PyInstance, _ name: String, _ value: Value) throws(PyError) {
        if case .property(let p)? = i.cls.lookup(name) {
            if p.setter.isNone { throw PyError.attributeError("property '\(name)' of '\(i.cls.messageName)' object has no setter") }
            _ = try call(p.setter, [.instance(i), value])
            return
        }
        if let allowed = i.cls.slotNames, !allowed.contains(name) {
            throw PyError.attributeError("'\(i.cls.messageName)' object has no attribute '\(name)'")
        }
        if name == "__dict__" { return try replaceInstanceDict(i, value) }
        i.attributes.set(name, value)
    }

    /// `obj.__dict__ = d`: the instance's attributes become d's items. `self.__dict__ = self` in a dict
    /// subclass (the attribute-dict idiom) makes the dict and the attributes one and the same.
    private func replaceInstanceDict(_ i: PyInstance, _ value: Value) throws(PyError) {
        guard case .dict(let d) = value.builtinValue else {
            throw PyError.typeError("__dict__ must be set to a dictionary, not a '\(typeName(value))'")
        }
        guard d !== i.attributes else { return }
        let items = d.items
        i.attributes.removeAll()
        for (k, v) in items { try i.attributes.set(k, v) }
        if case .instance(let target) = value, target === i { i.baseValue = .dict(i.attributes) }
    }

    func deleteAttribute(_ v: Value, _ name: String) throws(PyError) {
        switch v {
        case .instance(let i):
            if let (da, owner) = i.cls.lookupWithOwner("__delattr__"), owner !== ObjectClass {
                _ = try call(bind(da, to: v, owner: i.cls), [.str(name)])
                return
            }
            if try i.attributes.remove(.str(name)) == nil {
                throw PyError.attributeError("'\(i.cls.messageName)' object has no attribute '\(name)'")
            }
        case .cls(let c):
            if c[name] == nil { throw PyError.attributeError("type object '\(c.name)' has no attribute '\(name)'") }
            c[name] = nil
        case .module(let m):
            if m[name] == nil { throw PyError.attributeError("module '\(m.name)' has no attribute '\(name)'") }
            m[name] = nil
        default:
            throw PyError.attributeError("'\(typeName(v))' object has no attribute '\(name)'")
        }
    }

    public func hasAttribute(_ v: Value, _ name: String) -> Bool {
        do throws(PyError) { _ = try getAttribute(v, name); return true } catch { return false }
    }

    /// Attribute names of a value, sorted (dir()).
    public func dir(_ v: Value) -> [String] {
        var names = Set<String>()
        switch v {
        case .instance(let i):
            // A class's own __dir__ (as torch.nn.Module has, to list submodules and parameters) decides.
            if let m = i.cls.lookup("__dir__"), let listed = try? toArray(try call(bind(m, to: v, owner: i.cls), [])) {
                return listed.compactMap { if case .str(let s) = $0 { return s }; return nil }.sorted()
            }
            for case .str(let k) in i.attributes.keys { names.insert(k) }
            for c in i.cls.mro { for case .str(let k) in c.dict.keys { names.insert(k) } }
        case .cls(let c):
            for cl in c.mro { for case .str(let k) in cl.dict.keys { names.insert(k) } }
        case .module(let m):
            names.formUnion(m.names)
            let prefix = m.name + "."
            for key in Array(loaders.keys) + Array(sources.keys) where key.hasPrefix(prefix) {
                let rest = key.dropFirst(prefix.count)
                if !rest.contains(".") { names.insert(String(rest)) }
            }
        default:
            for c in typeOf(v).mro { for case .str(let k) in c.dict.keys { names.insert(k) } }
        }
        return names.sorted()
    }
}

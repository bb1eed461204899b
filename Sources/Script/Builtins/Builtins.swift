// The builtins module: functions every Python program can use without importing.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    func installBuiltins() {
        let b = builtins
        for c in allExceptionClasses { b[c.name] = .cls(c) }
        for c in [IntType, BoolType, FloatType, StrType, ListType, TupleType, DictType, SetType, FrozenSetType, ObjectClass,
                  TypeType, RangeType, SliceType, PropertyType, StaticMethodType, ClassMethodType, SuperType] {
            b[c.name] = .cls(c)
        }
        b["None"] = Value.none
        b["NotImplemented"] = .notImplemented
        b["Ellipsis"] = .ellipsis
        b["__name__"] = .str("builtins")
        installTypeMethods()
        installFunctions(b)
        installSequenceFunctions(b)
    }

    private func installFunctions(_ b: PyModule) {
        b.define("print", ["*args", "sep?", "end?", "file?", "flush?"]) { a throws(PyError) in
            let sep: String, end: String
            if case .str(let s)? = a.optional("sep") { sep = s } else { sep = " " }
            if case .str(let s)? = a.optional("end") { end = s } else { end = "\n" }
            let parts = try a.positional.map { (v: Value) throws(PyError) in try a.interp.str(v) }
            a.interp.output(parts.joined(separator: sep) + end)
            return .none
        }
        b.define("len", ["obj"]) { a throws(PyError) in .int(try a.interp.length(a[0])) }
        b.define("repr", ["obj"]) { a throws(PyError) in .str(try a.interp.repr(a[0])) }
        b.define("ascii", ["obj"]) { a throws(PyError) in .str(asciiEscaped(try a.interp.repr(a[0]))) }
        b.define("format", ["value", "format_spec?"]) { a throws(PyError) in
            var spec = ""
            if case .str(let s)? = a.optional("format_spec") { spec = s }
            return .str(try a.interp.format(a[0], spec))
        }
        b.define("isinstance", ["obj", "class_or_tuple"]) { a throws(PyError) in .bool(try a.interp.isInstanceOf(a[0], a[1])) }
        b.define("issubclass", ["cls", "class_or_tuple"]) { a throws(PyError) in
            guard case .cls(let c) = a[0] else { throw PyError.typeError("issubclass() arg 1 must be a class") }
            return .bool(try a.interp.classMatches(c, a[1], fn: "issubclass"))
        }
        b.define("hasattr", ["obj", "name"]) { a throws(PyError) in
            do throws(PyError) { _ = try a.interp.getAttribute(a[0], try a.string(1)); return .bool(true) } catch {
                if error.exceptionClass.isSubclass(of: AttributeErrorClass) { return .bool(false) }
                throw error
            }
        }
        b.define("getattr", ["obj", "name", "default?"]) { a throws(PyError) in
            do throws(PyError) { return try a.interp.getAttribute(a[0], try a.string(1)) } catch {
                if let d = a.optional("default"), error.exceptionClass.isSubclass(of: AttributeErrorClass) { return d }
                throw error
            }
        }
        b.define("setattr", ["obj", "name", "value"]) { a throws(PyError) in
            try a.interp.setAttribute(a[0], try a.string(1), a[2]); return .none
        }
        b.define("delattr", ["obj", "name"]) { a throws(PyError) in try a.interp.deleteAttribute(a[0], try a.string(1)); return .none }
        b.define("callable", ["obj"]) { a throws(PyError) in .bool(a.interp.isCallable(a[0])) }
        b.define("id", ["obj"]) { a throws(PyError) in
            if let o = a.interp.objectIdentity(a[0]) { return .int(Int(bitPattern: UInt(bitPattern: o.hashValue))) }
            return .int(try HashKey(a[0]).pythonHash)
        }
        b.define("hash", ["obj"]) { a throws(PyError) in
            if case .instance(let i) = a[0], let m = i.cls.lookup("__hash__") {
                if m.isNone { throw PyError.typeError("unhashable type: '\(i.cls.messageName)'") }
                return .int(try dunderHash(try a.interp.call(a.interp.bind(m, to: a[0], owner: i.cls), [])))
            }
            return .int(try HashKey(a[0]).pythonHash)
        }
        b.define("abs", ["x"]) { a throws(PyError) in
            switch a[0] {
            case .int(let i):
                if i == Int.min { return .bigInt(BigInt(i).magnitudeValue) }
                return .int(Swift.abs(i))
            case .bigInt(let b): return .bigInt(b.magnitudeValue)
            case .bool(let v): return .int(v ? 1 : 0)
            case .float(let d): return .float(Swift.abs(d))
            case .instance(let i):
                if let m = i.cls.lookup("__abs__") { return try a.interp.call(a.interp.bind(m, to: a[0], owner: i.cls), []) }
            default: break
            }
            throw PyError.typeError("bad operand type for abs(): '\(typeName(a[0]))'")
        }
        b.define("round", ["number", "ndigits?"]) { a throws(PyError) in try a.interp.round(a[0], a.optional("ndigits")) }
        b.define("divmod", ["a", "b"]) { a throws(PyError) in
            let i = a.interp
            return .tuple([try i.binary(.floorDiv, a[0], a[1]), try i.binary(.mod, a[0], a[1])])
        }
        b.define("pow", ["base", "exp", "mod?"]) { a throws(PyError) in
            if let m = a.optional("mod"), !m.isNone {
                guard var base = bigOperand(a[0]), let e = bigOperand(a[1]), let mod = bigOperand(m) else {
                    throw PyError.typeError("pow() 3rd argument not allowed unless all arguments are integers")
                }
                if mod.isZero { throw PyError.valueError("pow() 3rd argument cannot be 0") }
                if e.negative {
                    guard let inverse = base.inverse(modulo: mod) else { throw PyError.valueError("base is not invertible for the given modulus") }
                    base = inverse
                }
                return .integer(base.power(e.magnitudeValue, modulo: mod))
            }
            return try a.interp.binary(.pow, a[0], a[1])
        }
        b.define("chr", ["i"]) { a throws(PyError) in
            if case .bigInt = a[0] { throw PyError.overflowError("Python int too large to convert to C int") }
            let i = try a.int(0)
            guard i >= 0, i <= 0x10ffff, let u = Unicode.Scalar(UInt32(i)) else { throw PyError.valueError("chr() arg not in range(0x110000)") }
            return .str(String(u))
        }
        b.define("ord", ["c"]) { a throws(PyError) in
            guard case .str(let s) = a[0] else { throw PyError.typeError("ord() expected string of length 1, but \(typeName(a[0])) found") }
            let scalars = Array(s.unicodeScalars)
            guard scalars.count == 1 else { throw PyError.typeError("ord() expected a character, but string of length \(scalars.count) found") }
            return .int(Int(scalars[0].value))
        }
        for (name, radix, prefix) in [("hex", 16, "0x"), ("oct", 8, "0o"), ("bin", 2, "0b")] {
            b.define(name, ["number"]) { a throws(PyError) in
                let i = try a.interp.integerIndex(a[0])
                return .str((i.negative ? "-" : "") + prefix + i.magnitudeValue.toString(radix: radix))
            }
        }
        b.define("iter", ["object", "sentinel?"]) { a throws(PyError) in
            guard let sentinel = a.optional("sentinel") else { return .iterator(try a.interp.makeIterator(a[0])) }
            return .iterator(try a.interp.callableIterator(a[0], until: sentinel))
        }
        b.define("next", ["iterator", "default?"]) { a throws(PyError) in
            let v = a[0]
            if case .iterator(let it) = v, let g = it.generator {
                // A generator's return value travels in its StopIteration.
                do throws(PyError) { return try g.send(.none, a.interp) } catch {
                    if let d = a.optional("default"), error.exceptionClass.isSubclass(of: StopIterationClass) { return d }
                    throw error
                }
            } else if case .iterator(let it) = v, it.view == nil {
                if let x = try it.next() { return x }
            } else if case .instance(let i) = v, let m = i.cls.lookup("__next__") {
                do throws(PyError) { return try a.interp.call(a.interp.bind(m, to: v, owner: i.cls), []) } catch {
                    if let d = a.optional("default"), error.exceptionClass.isSubclass(of: StopIterationClass) { return d }
                    throw error
                }
            } else {
                throw PyError.typeError("'\(typeName(v))' object is not an iterator")
            }
            if let d = a.optional("default") { return d }
            throw PyError.stopIteration()
        }
        b.define("vars", ["obj?"]) { a throws(PyError) in
            guard let o = a.optional("obj") else { return try a.interp.getAttribute(.module(a.interp.main), "__dict__") }
            return try a.interp.getAttribute(o, "__dict__")
        }
        b.define("globals", []) { a throws(PyError) in try a.interp.getAttribute(.module(a.interp.main), "__dict__") }
        b.define("dir", ["obj?"]) { a throws(PyError) in
            guard let o = a.optional("obj") else { return .list(PyList(a.interp.main.names.sorted().map { .str($0) })) }
            return .list(PyList(a.interp.dir(o).map { .str($0) }))
        }
        b.define("eval", ["source", "globals?", "locals?"]) { a throws(PyError) in try a.interp.evaluate(try a.string(0)) }
        b.define("exec", ["source", "globals?", "locals?"]) { a throws(PyError) in
            try a.interp.execute(try a.string(0), in: a.interp.main, file: "<string>", interactive: false)
            return .none
        }
        b.define("input", ["prompt?"]) { _ throws(PyError) in throw PyError(OSErrorClass, "input() is not available") }
        b.define("exit", ["code?"]) { a throws(PyError) in
            // SystemExit carries the status, as str(SystemExit(3)) == "3"; the shell turns it into the exit code.
            guard let v = a.optional("code"), !v.isNone else { throw PyError(SystemExitClass, "") }
            throw PyError(SystemExitClass, try a.interp.str(v))
        }
        b["quit"] = b["exit"]
        b.define("__import__", ["name"]) { a throws(PyError) in .module(try a.interp.importModule(try a.string(0))) }
    }

    func isInstanceOf(_ v: Value, _ spec: Value) throws(PyError) -> Bool {
        try classMatches(typeOf(v), spec, fn: "isinstance")
    }

    func classMatches(_ c: PyClass, _ spec: Value, fn: String) throws(PyError) -> Bool {
        switch spec {
        case .cls(let target):
            if target === FloatType && c === IntType { return false }
            return c.isSubclass(of: target)
        case .tuple(let items):
            for t in items where try classMatches(c, t, fn: fn) { return true }
            return false
        default:
            if let members = unionMembers(spec) { return try classMatches(c, members, fn: fn) }
            throw PyError.typeError("\(fn)() arg 2 must be a type, a tuple of types, or a union")
        }
    }

    public func isInstance(_ v: Value, _ cls: PyClass) -> Bool { typeOf(v).isSubclass(of: cls) }

    public func length(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .str(let s): return s.unicodeScalars.count
        case .list(let l): return l.items.count
        case .tuple(let t): return t.count
        case .dict(let d): return d.count
        case .set(let s): return s.count
        case .range(let r): return r.count
        case .iterator(let it): if let view = it.view { return view.count }
        case .instance(let i):
            if let m = i.cls.lookup("__len__") {
                let n = try toIndex(try call(bind(m, to: v, owner: i.cls), []))
                if n < 0 { throw PyError.valueError("__len__() should return >= 0") }
                return n
            }
        default: break
        }
        throw PyError.typeError("object of type '\(typeName(v))' has no len()")
    }

    func round(_ v: Value, _ ndigits: Value?) throws(PyError) -> Value {
        let digits: Int? = try ndigits.flatMap { (n: Value) throws(PyError) -> Int? in n.isNone ? nil : try toIndex(n) }
        switch v {
        case .int, .bigInt:
            guard let d = digits, d < 0 else { return v }
            // |n| < 10**(bitLength / 3 + 1): rounding to a larger power of ten gives 0.
            guard let n = bigOperand(v), d >= -(n.bitLength / 3 + 2) else { return .int(0) }
            // Exact rounding to a multiple of 10**-d, ties to even.
            let p = BigInt(10).power(-d)
            guard let (q, r) = n.floorDivided(by: p) else { return v }
            let twice = r.compare(p - r)
            let up = twice > 0 || (twice == 0 && (q.limbs.first ?? 0) & 1 == 1)
            return .integer((up ? q + .one : q) * p)
        case .bool(let bv): return .int(bv ? 1 : 0)
        case .float(let d):
            guard let nd = digits else {
                guard d.isFinite else { throw d.isNaN ? PyError.valueError("cannot convert float NaN to integer") : PyError.overflowError("cannot convert float infinity to integer") }
                return try integer(d.rounded(.toNearestOrEven))
            }
            guard d.isFinite else { return .float(d) }
            if nd > 300 { return .float(d) }
            if nd >= 0 { return .float(Double(cFormat("%.\(nd)f", d)) ?? d) }
            let p = Glibc.pow(10.0, Double(-nd))
            return .float((d / p).rounded(.toNearestOrEven) * p)
        case .instance(let i):
            if let m = i.cls.lookup("__round__") {
                return try call(bind(m, to: v, owner: i.cls), ndigits.map { [$0] } ?? [])
            }
        default: break
        }
        throw PyError.typeError("type \(typeName(v)) doesn't define __round__ method")
    }
}

// Calling Python values: functions (argument binding into frame slots), natives, classes, instances.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    public func call(_ callee: Value, _ args: [Value], kwargs: [(String, Value)] = []) throws(PyError) -> Value {
        switch callee {
        case .function(let f): return try callFunction(f, args, kwargs)
        case .builtin(let b): return try b.call(self, args, kwargs)
        case .boundMethod(let m):
            if case .function(let f) = m.function { return try callFunction(f, receiver: m.receiver, args, kwargs) }
            return try call(m.function, [m.receiver] + args, kwargs: kwargs)
        case .cls(let c): return try instantiate(c, args, kwargs)
        case .instance(let i):
            guard let m = i.cls.lookup("__call__") else { break }
            if case .function(let f) = m { return try callFunction(f, receiver: callee, args, kwargs) }
            return try call(bind(m, to: callee, owner: i.cls), args, kwargs: kwargs)
        case .staticMethod(let f): return try call(f, args, kwargs: kwargs)
        default: break
        }
        throw PyError.typeError("'\(typeName(callee))' object is not callable")
    }

    func callFunction(_ f: PyFunction, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let code = f.code
        let frame = code.pool.take()
        if kwargs.isEmpty && code.isSimple && args.count == code.positionalCount {
            for k in 0..<args.count { frame.slots[k] = args[k] }
        } else {
            try bindArguments(f, frame, args, kwargs)
        }
        return try invoke(f, frame)
    }

    /// Calls a method's function with its receiver as the first argument.
    func callFunction(_ f: PyFunction, receiver: Value, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        let code = f.code
        guard kwargs.isEmpty && code.isSimple && args.count + 1 == code.positionalCount else {
            return try callFunction(f, [receiver] + args, kwargs)
        }
        let frame = code.pool.take()
        frame.slots[0] = receiver
        for k in 0..<args.count { frame.slots[k + 1] = args[k] }
        return try invoke(f, frame)
    }

    /// Runs a function whose frame already holds the bound arguments.
    func invoke(_ f: PyFunction, _ frame: Frame) throws(PyError) -> Value {
        let code = f.code
        if code.cellVarCount > 0 || !f.closure.isEmpty {
            var cells: [Cell] = []
            cells.reserveCapacity(code.cellVarCount + f.closure.count)
            for _ in 0..<code.cellVarCount { cells.append(Cell()) }
            for (ci, pi) in code.cellParams { cells[ci].value = frame.slots[pi] }
            cells += f.closure
            frame.cells = cells
        }
        if code.usesSuper { frame.function = f }
        if code.isGenerator { return makeGenerator(code, frame) }
        try run(code, frame)
        let result = frame.returnValue
        // Frames never outlive their call (closures capture cells, not frames), so it can be reused.
        code.pool.recycle(frame)
        return result
    }

    /// Executes a function body in its prepared frame, one level deeper.
    @inline(__always) func run(_ code: Code, _ frame: Frame) throws(PyError) {
        depth += 1
        defer { depth -= 1 }
        if depth > maxDepth || stackAddress() < stackLimit {
            throw PyError(RecursionErrorClass, "maximum recursion depth exceeded")
        }
        interruptCounter &+= 1
        if interruptCounter & 255 == 0 { try checkInterrupt() }
        do throws(PyError) {
            _ = try code.body(frame)
        } catch {
            var e = error
            e.traceback.append(TraceEntry(file: code.file, line: frame.line, function: code.name))
            throw e
        }
    }

    private func bindArguments(_ f: PyFunction, _ frame: Frame, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) {
        let code = f.code
        let params = code.params
        let name = code.qualifiedName
        let npos = code.positionalCount
        for k in 0..<min(args.count, npos) { frame.slots[k] = args[k] }
        if args.count > npos {
            if let s = code.varArgsSlot { frame.slots[s] = .tuple(Array(args[npos...])) } else {
                let minimum = npos - f.defaults.count
                let takes = minimum == npos ? "\(npos)" : "from \(minimum) to \(npos)"
                let given = args.count
                throw PyError.typeError("\(name)() takes \(takes) positional argument\(npos == 1 && minimum == npos ? "" : "s") but \(given) \(given == 1 ? "was" : "were") given")
            }
        } else if let s = code.varArgsSlot {
            frame.slots[s] = .tuple([])
        }
        var extra: PyDict?
        if let s = code.varKeywordsSlot { let d = PyDict(); extra = d; frame.slots[s] = .dict(d) }
        for (k, v) in kwargs {
            if let i = params.firstIndex(where: { $0.name == k && ($0.kind == .normal || $0.kind == .keywordOnly) }) {
                if frame.slots[i] != nil { throw PyError.typeError("\(name)() got multiple values for argument '\(k)'") }
                frame.slots[i] = v
            } else if let extra {
                extra.set(k, v)
            } else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        let firstDefault = npos - f.defaults.count
        var missing: [String] = []
        var missingKeyword: [String] = []
        for (i, p) in params.enumerated() where frame.slots[i] == nil {
            switch p.kind {
            case .normal:
                if i >= firstDefault, i - firstDefault < f.defaults.count { frame.slots[i] = f.defaults[i - firstDefault] } else { missing.append("'\(p.name)'") }
            case .keywordOnly:
                if let d = f.keywordDefaults[p.name] { frame.slots[i] = d } else { missingKeyword.append("'\(p.name)'") }
            default: break
            }
        }
        if !missing.isEmpty {
            throw PyError.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joinedNames(missing))")
        }
        if !missingKeyword.isEmpty {
            throw PyError.typeError("\(name)() missing \(missingKeyword.count) required keyword-only argument\(missingKeyword.count == 1 ? "" : "s"): \(joinedNames(missingKeyword))")
        }
    }

    /// The Python function `obj.name` resolves to, when it can be called with `argc` positional slots directly.
    func pythonMethod(_ i: PyInstance, _ name: String, argc: Int) -> PyFunction? {
        guard case .function(let f)? = i.cls.lookup(name), f.code.isSimple, f.code.positionalCount == argc,
              i.attributes.count == 0 || i.attributes.get(name) == nil else { return nil }
        return f
    }

    /// `obj.name(args)` without materialising a bound method when possible.
    public func callMethod(_ obj: Value, _ name: String, _ args: [Value], _ kwargs: [(String, Value)] = []) throws(PyError) -> Value {
        switch obj {
        case .instance(let i):
            if i.attributes.count == 0 || i.attributes.get(name) == nil, let m = i.cls.lookup(name) {
                if case .function(let f) = m {
                    let code = f.code
                    if code.isSimple && code.positionalCount == args.count + 1 {
                        let frame = code.pool.take()
                        frame.slots[0] = obj
                        for k in 0..<args.count { frame.slots[k + 1] = args[k] }
                        return try invoke(f, frame)
                    }
                    return try callFunction(f, receiver: obj, args, kwargs)
                }
                if case .builtin(let b) = m { return try b.call(self, [obj] + args, kwargs) }
            }
        case .module(let m):
            if let v = m[name] { return try call(v, args, kwargs: kwargs) }
        case .list, .str, .dict, .tuple, .set, .int, .float:
            if case .builtin(let b)? = typeOf(obj).lookup(name) { return try b.call(self, [obj] + args, kwargs) }
        default: break
        }
        return try call(try getAttribute(obj, name), args, kwargs: kwargs)
    }

    /// Creates an instance: `__new__` when a class defines one, then `__init__`.
    func instantiate(_ c: PyClass, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        if let (newMethod, owner) = c.lookupWithOwner("__new__"), owner !== ObjectClass {
            var fn = newMethod
            if case .staticMethod(let inner) = fn { fn = inner }
            let obj = try call(fn, [.cls(c)] + args, kwargs: kwargs)
            if case .instance(let i) = obj, i.cls.isSubclass(of: c), let (initMethod, initOwner) = c.lookupWithOwner("__init__"),
               initOwner !== ObjectClass {
                _ = try call(initMethod, [obj] + args, kwargs: kwargs)
            }
            return obj
        }
        if c.isBuiltinType && c !== ObjectClass { throw PyError.typeError("cannot create '\(c.name)' instances") }
        let inst = PyInstance(c)
        let v = Value.instance(inst)
        if let (initMethod, owner) = c.lookupWithOwner("__init__"), owner !== ObjectClass {
            let r = try call(initMethod, [v] + args, kwargs: kwargs)
            if !r.isNone { throw PyError.typeError("__init__() should return None, not '\(typeName(r))'") }
        } else if !args.isEmpty || !kwargs.isEmpty {
            throw PyError.typeError("\(c.name)() takes no arguments")
        }
        return v
    }

    /// A dunder looked up on the type, bound to the value.
    func specialMethod(_ v: Value, _ name: String) throws(PyError) -> Value {
        let t = typeOf(v)
        guard let m = t.lookup(name) else {
            throw PyError.typeError("'\(t.name)' object does not support the context manager protocol")
        }
        return bind(m, to: v, owner: t)
    }

    func buildClass(name: String, module: String, bases: [Value], namespace: PyDict) throws(PyError) -> Value {
        var baseClasses: [PyClass] = []
        for b in bases {
            guard case .cls(let c) = b else { throw PyError.typeError("bases must be types") }
            baseClasses.append(c)
        }
        var slots: [String]?
        if let declared = namespace.get("__slots__") {
            if case .str(let one) = declared { slots = [one] } else {
                slots = try toArray(declared).map { (v: Value) throws(PyError) -> String in
                    guard case .str(let s) = v else { throw PyError.typeError("__slots__ items must be strings, not '\(typeName(v))'") }
                    return s
                }
            }
        }
        // A `__module__` set in the class body names the module (as json.decoder.JSONDecodeError's).
        var moduleName = module
        if case .str(let declared)? = namespace.get("__module__") { moduleName = declared }
        let cls = PyClass(name: name, module: moduleName, bases: baseClasses, slots: slots)
        cls.interpreter = self
        for (k, v) in namespace.items {
            guard case .str(let key) = k else { continue }
            cls[key] = v
            markDefiningClass(v, cls)
        }
        return .cls(cls)
    }

    private func markDefiningClass(_ v: Value, _ cls: PyClass) {
        switch v {
        case .function(let f): f.definingClass = cls
        case .staticMethod(let x), .classMethod(let x): markDefiningClass(x, cls)
        case .property(let p): markDefiningClass(p.getter, cls); markDefiningClass(p.setter, cls)
        default: break
        }
    }

    func zeroArgumentSuper(_ f: Frame) throws(PyError) -> Value {
        guard let cls = f.function?.definingClass, f.slotCount > 0, let receiver = f.slots[0] else {
            throw PyError.runtimeError("super(): no arguments")
        }
        return .superObject(PySuper(startAfter: cls, receiver: receiver))
    }

    // MARK: exceptions

    /// The PyError for `raise v`.
    func makeError(_ v: Value) throws(PyError) -> PyError {
        switch v {
        case .cls(let c) where c.isSubclass(of: BaseExceptionClass):
            return try makeError(try instantiate(c, [], []))
        case .instance(let i) where i.cls.isSubclass(of: BaseExceptionClass):
            // Raised again (`raise err`), its traceback goes on from where it was caught.
            var e = PyError(exception: i, message: try exceptionMessage(i))
            if let s = i.recordedException, s.recorded { e.traceback = s.traceback }
            return e
        default:
            return PyError.typeError("exceptions must derive from BaseException")
        }
    }

    func exceptionMessage(_ i: PyInstance) throws(PyError) -> String {
        if i.cls.isSubclass(of: KeyErrorClass), case .tuple(let a)? = i["args"], a.count == 1 { return try repr(a[0]) }
        return try str(.instance(i))
    }

    func exceptionMatches(_ error: PyError, _ type: Value) throws(PyError) -> Bool {
        switch type {
        case .cls(let c) where c.isSubclass(of: BaseExceptionClass): return error.exceptionClass.isSubclass(of: c)
        case .tuple(let items):
            for t in items where try exceptionMatches(error, t) { return true }
            return false
        default:
            throw PyError.typeError("catching classes that do not inherit from BaseException is not allowed")
        }
    }

    func reraise() throws(PyError) -> PyError {
        guard let e = handling.last else { throw PyError.runtimeError("No active exception to reraise") }
        return e
    }
}

@inline(__always) func stackAddress() -> UInt {
    var marker = 0
    return withUnsafeMutablePointer(to: &marker) { UInt(bitPattern: $0) }
}

#if canImport(Glibc)
/// glibc's pthread_getattr_np (a GNU extension the Glibc module does not import).
@_silgen_name("pthread_getattr_np")
private func getThreadAttributes(_ thread: pthread_t, _ attr: UnsafeMutablePointer<pthread_attr_t>) -> Int32
#endif

/// The lowest address the interpreter may recurse down to on this thread, leaving room for native code.
func stackLimitBelow(_ top: UInt) -> UInt {
    #if canImport(Glibc)
    var attr = pthread_attr_t()
    if getThreadAttributes(pthread_self(), &attr) == 0 {
        defer { pthread_attr_destroy(&attr) }
        var base: UnsafeMutableRawPointer?
        var size = 0
        if pthread_attr_getstack(&attr, &base, &size) == 0, let base {
            let low = UInt(bitPattern: base)
            let margin = UInt(min(256 * 1024, size / 4))
            return low + margin
        }
    }
    return top > (256 << 10) ? top - (256 << 10) : 0
    #else
    return top > (6 << 20) ? top - (6 << 20) : 0
    #endif
}

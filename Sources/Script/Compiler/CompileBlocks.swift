// try/except/finally, with, class bodies and imports.

extension Compiler {
    mutating func tryStatement(_ body: [Stmt], _ handlers: [ExceptHandler], _ orelse: [Stmt]?, _ finally: [Stmt]?,
                               _ line: Int) throws(PyError) -> Exec {
        let interp = interp
        let b = try block(body)
        var compiledHandlers: [(Eval?, ((Frame, Value) -> Void)?, ((Frame) throws(PyError) -> Void)?, Exec)] = []
        for h in handlers {
            let type = try h.type.map { (x: Expr) throws(PyError) in try expr(x) }
            let bind = h.name.map { storeName($0) }
            let unbind = h.name.map { deleteName($0) }
            compiledHandlers.append((type, bind, unbind, try block(h.body)))
        }
        let otherwise = try orelse.map { (x: [Stmt]) throws(PyError) in try block(x) }
        let fin = try finally.map { (x: [Stmt]) throws(PyError) in try block(x) }
        let file = file, frameName = frameName
        let guarded: Exec = { f throws(PyError) in
            var flow = Flow.normal
            do throws(PyError) {
                flow = try b(f)
            } catch {
                // As printed later as another error's context, the handled one ends in this frame.
                var handled = error
                handled.traceback.append(TraceEntry(file: file, line: f.line, function: frameName))
                for (type, bind, unbind, handler) in compiledHandlers {
                    if let type {
                        guard try interp.exceptionMatches(error, try type(f)) else { continue }
                    }
                    bind?(f, .instance(error.exception))
                    // Raised while another was being handled: that one is its __context__ (set at raise
                    // time in CPython, so even an exception caught further in keeps it).
                    if let outer = interp.handling.last, outer.exception !== error.exception,
                       error.exception.recordedException?.context == nil {
                        handled.context = ErrorBox(outer)
                    }
                    handled.record()
                    interp.handling.append(error)
                    defer { interp.handling.removeLast() }
                    let r: Flow
                    do throws(PyError) {
                        r = try handler(f)
                    } catch {
                        // An error escaping a handler remembers the one being handled (its __context__).
                        var e = error
                        if e.context == nil && e.exception !== handled.exception { e.context = ErrorBox(handled) }
                        throw e
                    }
                    try? unbind?(f)
                    return r
                }
                throw error
            }
            if case .normal = flow, let otherwise { return try otherwise(f) }
            return flow
        }
        guard let fin else { return guarded }
        return { f throws(PyError) in
            var flow = Flow.normal
            do throws(PyError) {
                flow = try guarded(f)
            } catch {
                let finFlow = try fin(f)
                if case .normal = finFlow { throw error }
                return finFlow
            }
            let savedReturn = f.returnValue
            let finFlow = try fin(f)
            if case .normal = finFlow { f.returnValue = savedReturn; return flow }
            return finFlow
        }
    }

    mutating func withStatement(_ items: [(Expr, Expr?)], _ body: [Stmt], _ line: Int) throws(PyError) -> Exec {
        let interp = interp
        var inner = try block(body)
        for (ctx, t) in items.reversed() {
            let c = try expr(ctx)
            let store = try t.map { (x: Expr) throws(PyError) in try target(x) }
            let next = inner
            inner = { f throws(PyError) in
                f.line = line
                let manager = try c(f)
                let enter = try interp.specialMethod(manager, "__enter__")
                let exit = try interp.specialMethod(manager, "__exit__")
                let v = try interp.call(enter, [])
                try store?(f, v)
                let flow: Flow
                do throws(PyError) {
                    flow = try next(f)
                } catch {
                    let suppress = try interp.call(exit, [.cls(error.exceptionClass), .instance(error.exception), .none])
                    if try interp.truthy(suppress) { return .normal }
                    throw error
                }
                _ = try interp.call(exit, [.none, .none, .none])
                return flow
            }
        }
        return inner
    }

    mutating func classDefinition(_ def: ClassDef) throws(PyError) -> Exec {
        let interp = interp
        guard let cs = def.scope else { throw syntaxError("internal: class scope", line: def.line) }
        let qual = qualifier.isEmpty ? def.name : "\(qualifier).\(def.name)"
        var sub = Compiler(interp: interp, module: module, file: file, scope: cs, qualifier: qual, inFunction: false)
        sub.frameName = def.name
        let body = try sub.block(def.body)
        var bases: [Eval] = []
        var keywords: [(String, Eval)] = []
        for a in def.bases {
            switch a {
            case .positional(let e): bases.append(try expr(e))
            case .keyword(let n, let e): keywords.append((n, try expr(e)))
            default: throw syntaxError("unsupported class base", line: def.line)
            }
        }
        let decorators = try def.decorators.map { (d: Expr) throws(PyError) in try expr(d) }
        let cells = closureCells(for: cs)
        let cellVarCount = cs.cellVars.count
        let store = storeName(def.name)
        let name = def.name
        let moduleName = module["__name__"].flatMap { if case .str(let s) = $0 { return s }; return nil } ?? "__main__"
        let line = def.line
        let doc = docstring(of: def.body)
        return { f throws(PyError) in
            f.line = line
            var baseValues: [Value] = []
            for b in bases { baseValues.append(try b(f)) }
            for (_, k) in keywords { _ = try k(f) }   // metaclass= and friends are not supported; evaluated for effects
            let frame = Frame.make(slotCount: 0, cells: (0..<cellVarCount).map { _ in Cell() } + cells(f))
            let namespace = PyDict()
            namespace.set("__module__", .str(moduleName))
            namespace.set("__qualname__", .str(qual))
            namespace.set("__doc__", doc.map { .str($0) } ?? .none)
            frame.namespace = namespace
            do throws(PyError) {
                _ = try body(frame)
            } catch {
                var e = error
                e.traceback.append(TraceEntry(file: interp.currentFile, line: frame.line, function: name))
                throw e
            }
            var cls = try interp.buildClass(name: name, module: moduleName, bases: baseValues, namespace: namespace)
            for d in decorators.reversed() { cls = try interp.call(try d(f), [cls]) }
            store(f, cls)
            return .normal
        }
    }

    func importModules(_ names: [ImportName], _ line: Int) -> Exec {
        let interp = interp
        let binds = names.map { n -> (String, Bool, (Frame, Value) -> Void) in
            let top = String(n.name.split(separator: ".").first ?? "")
            return (n.name, n.asName != nil, storeName(n.asName ?? top))
        }
        return { f throws(PyError) in
            f.line = line
            for (name, hasAlias, store) in binds {
                let m = try interp.importModule(name)
                if hasAlias { store(f, .module(m)) } else {
                    let top = String(name.split(separator: ".").first ?? "")
                    store(f, .module(try interp.importModule(top)))
                }
            }
            return .normal
        }
    }

    func importFrom(_ moduleName: String, _ names: [ImportName], _ level: Int, _ line: Int) -> Exec {
        let interp = interp
        let binds = names.map { n in (n.name, storeName(n.asName ?? n.name)) }
        let star = names.isEmpty
        let module = module
        return { f throws(PyError) in
            f.line = line
            let m = try interp.importModule(moduleName)
            if star {
                // `__all__` names the public API when a module defines it, as in Python.
                if let all = m["__all__"] {
                    for case .str(let n) in try interp.toArray(all) { module[n] = m[n] }
                } else {
                    for n in m.names where !n.hasPrefix("_") { module[n] = m[n] }
                }
                return .normal
            }
            for (name, store) in binds {
                if let v = m[name] { store(f, v); continue }
                if let sub = try? interp.importModule(moduleName + "." + name) { store(f, .module(sub)); continue }
                throw PyError(ImportErrorClass, "cannot import name '\(name)' from '\(moduleName)' (unknown location)")
            }
            return .normal
        }
    }
}

// AST to closures ("closure compilation"): each node becomes a Swift closure that evaluates it,
// with names already resolved to slots, cells or global cells.

struct Compiler {
    let interp: Interpreter
    let module: PyModule
    let file: String
    let scope: Scope
    let qualifier: String
    let interactive: Bool
    var loopDepth = 0
    var inFunction: Bool
    /// The name tracebacks show for frames of this code ("<module>", the function's or class's name).
    var frameName = "<module>"

    init(interp: Interpreter, module: PyModule, file: String, scope: Scope, qualifier: String = "",
         interactive: Bool = false, inFunction: Bool = false) {
        self.interp = interp
        self.module = module
        self.file = file
        self.scope = scope
        self.qualifier = qualifier
        self.interactive = interactive
        self.inFunction = inFunction
    }

    func syntaxError(_ msg: String, line: Int) -> PyError {
        PyError.syntaxError(msg, line: line, column: 1, text: "", file: file)
    }

    // MARK: names

    func load(_ name: String) -> Eval {
        let interp = interp
        switch scope.resolve(name) {
        case .fast(let i):
            return { f throws(PyError) in
                if let v = f.slots[i] { return v }
                throw PyError(UnboundLocalErrorClass, "cannot access local variable '\(name)' where it is not associated with a value")
            }
        case .cell(let i):
            return { f throws(PyError) in
                if let v = f.cells[i].value { return v }
                throw PyError(NameErrorClass, "cannot access free variable '\(name)' where it is not associated with a value in enclosing scope")
            }
        case .global(let n):
            return globalLoad(n)
        case .classBody(let n):
            let fallback = globalLoad(n)
            return { f throws(PyError) in
                if let v = f.namespace?.get(n) { return v }
                return try fallback(f)
            }
        }
        _ = interp
    }

    private func globalLoad(_ name: String) -> Eval {
        let cell = module.cell(name)
        let builtin = interp.builtins.cell(name)
        return { _ throws(PyError) in
            if let v = cell.value { return v }
            if let v = builtin.value { return v }
            throw PyError.nameError(name)
        }
    }

    func storeName(_ name: String) -> (Frame, Value) -> Void {
        switch scope.resolve(name) {
        case .fast(let i): return { f, v in f.slots[i] = v }
        case .cell(let i): return { f, v in f.cells[i].value = v }
        case .global(let n):
            let cell = module.cell(n)
            return { _, v in cell.value = v }
        case .classBody(let n): return { f, v in f.namespace?.set(n, v) }
        }
    }

    func deleteName(_ name: String) -> (Frame) throws(PyError) -> Void {
        switch scope.resolve(name) {
        case .fast(let i):
            return { f throws(PyError) in
                if f.slots[i] == nil { throw PyError(UnboundLocalErrorClass, "cannot access local variable '\(name)' where it is not associated with a value") }
                f.slots[i] = nil
            }
        case .cell(let i): return { f throws(PyError) in f.cells[i].value = nil }
        case .global(let n):
            let cell = module.cell(n)
            return { _ throws(PyError) in
                if cell.value == nil { throw PyError.nameError(n) }
                cell.value = nil
            }
        case .classBody(let n):
            return { f throws(PyError) in
                if try f.namespace?.remove(.str(n)) == nil { throw PyError.nameError(n) }
            }
        }
    }

    // MARK: assignment targets

    typealias Store = (Frame, Value) throws(PyError) -> Void

    func target(_ e: Expr) throws(PyError) -> Store {
        let interp = interp
        switch e {
        case .name(let n, _):
            let s = storeName(n)
            return { f, v throws(PyError) in s(f, v) }
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            return { f, v throws(PyError) in try interp.setAttribute(try o(f), name, v) }
        case .item(let obj, let index, _):
            let o = try expr(obj), i = try expr(index)
            return { f, v throws(PyError) in
                let container = try o(f)
                try interp.setItem(container, try i(f), v)
            }
        case .tuple(let items), .list(let items):
            let stores = try items.map { (x: Expr) throws(PyError) -> Store in
                if case .starred(let inner) = x { return try target(inner) }
                return try target(x)
            }
            let star = items.firstIndex { if case .starred = $0 { return true }; return false }
            let n = items.count
            return { f, v throws(PyError) in
                let values = try interp.unpack(v, count: n, star: star)
                for k in 0..<n { try stores[k](f, values[k]) }
            }
        case .starred:
            throw syntaxError("starred assignment target must be in a list or tuple", line: e.position?.line ?? 0)
        default:
            throw syntaxError("cannot assign to expression", line: e.position?.line ?? 0)
        }
    }

    // MARK: nested code

    /// Compiles a function body into a Code object.
    func compileFunction(_ def: FunctionDef) throws(PyError) -> Code {
        guard let fs = def.scope else { throw syntaxError("internal: missing scope", line: def.line) }
        let qual = qualifier.isEmpty ? def.name : "\(qualifier).\(def.name)"
        var sub = Compiler(interp: interp, module: module, file: file, scope: fs, qualifier: qual + ".<locals>", inFunction: true)
        sub.frameName = def.name
        return Code(name: def.name, qualifiedName: qual, file: file, firstLine: def.line, params: def.params, scope: fs, statements: def.body,
                    body: try sub.block(def.body))
    }

    /// The closure cells a nested scope needs, taken from the current frame.
    func closureCells(for inner: Scope) -> (Frame) -> [Cell] {
        let indices: [Int] = inner.freeVars.map { name in
            if case .cell(let i) = scope.resolve(name) { return i }
            return -1
        }
        if indices.isEmpty { return { _ in [] } }
        return { f in indices.map { $0 >= 0 && $0 < f.cells.count ? f.cells[$0] : Cell() } }
    }

    /// Builds the function object at `def`/`lambda` time: evaluates defaults, captures cells.
    func makeFunction(_ def: FunctionDef) throws(PyError) -> Eval {
        guard let fs = def.scope else { throw syntaxError("internal: missing scope", line: def.line) }
        let code = try compileFunction(def)
        var positionalDefaults: [Eval] = []
        var keywordDefaults: [(String, Eval)] = []
        for p in def.params {
            guard let d = p.defaultValue else { continue }
            if p.kind == .keywordOnly { keywordDefaults.append((p.name, try expr(d))) } else { positionalDefaults.append(try expr(d)) }
        }
        // Annotations are evaluated at `def` time, in parameter order, then `return`.
        // Under `from __future__ import annotations` they stay text, as does one that names what
        // Flint's libraries lack (an AttributeError or TypeError).
        var annotations: [(String, Eval)] = []
        let module = module
        for (name, a) in def.params.compactMap({ p in p.annotation.map { (p.name, $0) } }) + (def.returns.map { [("return", $0)] } ?? []) {
            let value = try expr(a), text = Value.str(a.annotationText)
            annotations.append((name, { f throws(PyError) in
                if case .instance(let feature)? = module["annotations"], feature.cls.module == "__future__" { return text }
                do throws(PyError) { return try value(f) } catch {
                    if error.exceptionClass === AttributeErrorClass || error.exceptionClass === TypeErrorClass { return text }
                    throw error
                }
            }))
        }
        let cells = closureCells(for: fs)
        return { [annotations] f throws(PyError) in
            var defaults: [Value] = []
            for d in positionalDefaults { defaults.append(try d(f)) }
            var kw: [String: Value] = [:]
            for (n, d) in keywordDefaults { kw[n] = try d(f) }
            let fn = PyFunction(code: code, globals: module, defaults: defaults, keywordDefaults: kw, closure: cells(f))
            if !annotations.isEmpty {
                let d = PyDict()
                for (n, a) in annotations { d.set(n, try a(f)) }
                fn.attributes.set("__annotations__", .dict(d))
            }
            return .function(fn)
        }
    }
}

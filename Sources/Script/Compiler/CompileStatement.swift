// Statements to closures returning how control leaves them (Flow).

extension Compiler {
    mutating func block(_ stmts: [Stmt]) throws(PyError) -> Exec {
        var compiled: [ExecBox] = []
        for s in stmts { compiled.append(ExecBox(run: try stmt(s))) }
        return Self.sequence(compiled[...], interp)
    }

    /// Statements in order as a tree of pairs: no array walking (and closure retains) at run time.
    /// Between statements, generators dropped while suspended are closed (see PyGenerator.deinit).
    static func sequence(_ stmts: ArraySlice<ExecBox>, _ interp: Interpreter) -> Exec {
        guard let first = stmts.first else { return { _ in .normal } }
        if stmts.count == 1 { return first.run }
        let mid = stmts.startIndex + stmts.count / 2
        let a = sequence(stmts[..<mid], interp), b = sequence(stmts[mid...], interp)
        let dropped = interp.generators.dropped
        return { f throws(PyError) in
            let flow = try a(f)
            if case .normal = flow {
                if dropped.pointee { interp.closeDroppedGenerators() }
                return try b(f)
            }
            return flow
        }
    }

    mutating func stmt(_ s: Stmt) throws(PyError) -> Exec {
        let interp = interp
        let line = s.line
        switch s.kind {
        case .expr(let e):
            let x = try expr(e)
            if interactive && scope.kind == .module {
                return { f throws(PyError) in
                    f.line = line
                    let v = try x(f)
                    if !v.isNone {
                        interp.builtins["_"] = v
                        interp.output(try interp.repr(v) + "\n")
                    }
                    return .normal
                }
            }
            return { f throws(PyError) in f.line = line; _ = try x(f); return .normal }
        case .assign(let targets, let value):
            let v = try expr(value)
            if targets.count == 1, case .name(let n, _) = targets[0], case .fast(let slot) = scope.resolve(n) {
                return { f throws(PyError) in f.line = line; f.slots[slot] = try v(f); return .normal }
            }
            let stores = try targets.map { (t: Expr) throws(PyError) in try target(t) }
            return { f throws(PyError) in
                f.line = line
                let r = try v(f)
                for st in stores { try st(f, r) }
                return .normal
            }
        case .augAssign(let t, let op, let value):
            return try augmentedAssignment(t, op, value, line)
        case .annAssign(let t, let annotation, let value):
            let assign: Exec
            if let value {
                let v = try expr(value), st = try target(t)
                assign = { f throws(PyError) in f.line = line; try st(f, try v(f)); return .normal }
            } else {
                assign = { _ in .normal }
            }
            // Class bodies record annotations in __annotations__ (dataclasses read them).
            guard scope.kind == .classBody, case .name(let name, _) = t else { return assign }
            let a = try expr(annotation)
            return { f throws(PyError) in
                f.line = line
                if let ns = f.namespace {
                    var annotations = ns.get("__annotations__")
                    if annotations == nil { annotations = .dict(PyDict()); ns.set("__annotations__", annotations ?? .none) }
                    if case .dict(let d)? = annotations { d.set(name, try a(f)) }
                }
                return try assign(f)
            }
        case .ifElse(let branches, let orelse):
            // elif chains become nested if/else.
            var otherwise = try optionalBlock(orelse)
            for (cond, body) in branches.reversed() {
                let c = try expr(cond), b = try block(body), e = otherwise
                otherwise = { f throws(PyError) in
                    f.line = line
                    let v = try c(f)
                    if case .bool(let t) = v { return t ? try b(f) : try e(f) }
                    return try interp.truthy(v) ? try b(f) : try e(f)
                }
            }
            return otherwise
        case .whileLoop(let cond, let body, let orelse):
            let c = try expr(cond)
            loopDepth += 1
            let b = try block(body)
            loopDepth -= 1
            let otherwise = try optionalBlock(orelse)
            return { f throws(PyError) in
                while true {
                    f.line = line
                    let v = try c(f)
                    if case .bool(let t) = v { if !t { break } } else if !(try interp.truthy(v)) { break }
                    switch try b(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                    try interp.checkInterrupt()
                }
                return try otherwise(f)
            }
        case .forLoop(let t, let iter, let body, let orelse):
            return try forLoop(t, iter, body, orelse, line)
        case .functionDef(let def):
            let make = try makeFunction(def)
            let decorators = try def.decorators.map { (d: Expr) throws(PyError) in try expr(d) }
            let store = storeName(def.name)
            return { f throws(PyError) in
                f.line = line
                var decos: [Value] = []
                for d in decorators { decos.append(try d(f)) }
                var fn = try make(f)
                for d in decos.reversed() { fn = try interp.call(d, [fn]) }
                store(f, fn)
                return .normal
            }
        case .classDef(let def):
            return try classDefinition(def)
        case .returnValue(let e):
            guard inFunction else { throw syntaxError("'return' outside function", line: line) }
            guard let e else { return { f in f.line = line; f.returnValue = .none; return .returned } }
            let v = try expr(e)
            return { f throws(PyError) in f.line = line; f.returnValue = try v(f); return .returned }
        case .pass:
            return { _ in .normal }
        case .breakLoop:
            guard loopDepth > 0 else { throw syntaxError("'break' outside loop", line: line) }
            return { _ in .breakLoop }
        case .continueLoop:
            guard loopDepth > 0 else { throw syntaxError("'continue' not properly in loop", line: line) }
            return { _ in .continueLoop }
        case .raise(let e, let cause):
            let v = try e.map { (x: Expr) throws(PyError) in try expr(x) }
            let c = try cause.map { (x: Expr) throws(PyError) in try expr(x) }
            return { f throws(PyError) in
                f.line = line
                guard let v else { throw try interp.reraise() }
                var error = try interp.makeError(try v(f))
                if let c {
                    // `raise X from Y` shows Y first; `from None` hides the exception being handled.
                    let causeValue = try c(f)
                    if causeValue.isNone { error.suppressContext = true } else { error.cause = ErrorBox(try interp.makeError(causeValue)) }
                }
                throw error
            }
        case .match(let subject, let cases):
            return try matchStatement(subject, cases, line)
        case .tryExcept(let body, let handlers, let orelse, let finally):
            return try tryStatement(body, handlers, orelse, finally, line)
        case .with(let items, let body):
            return try withStatement(items, body, line)
        case .importModules(let names):
            return importModules(names, line)
        case .importFrom(let moduleName, let names, let level):
            return importFrom(moduleName, names, level, line)
        case .global, .nonlocal:
            return { _ in .normal }
        case .assert(let test, let msg):
            let t = try expr(test)
            let m = try msg.map { (x: Expr) throws(PyError) in try expr(x) }
            return { f throws(PyError) in
                f.line = line
                if try interp.truthy(try t(f)) { return .normal }
                if let m { throw try interp.makeError(try interp.call(.cls(AssertionErrorClass), [try m(f)])) }
                throw PyError(AssertionErrorClass, "")
            }
        case .delete(let targets):
            let dels = try targets.map { (t: Expr) throws(PyError) in try deletion(t) }
            return { f throws(PyError) in
                f.line = line
                for d in dels { try d(f) }
                return .normal
            }
        }
    }

    func deletion(_ t: Expr) throws(PyError) -> (Frame) throws(PyError) -> Void {
        let interp = interp
        switch t {
        case .name(let n, _): return deleteName(n)
        case .attribute(let o, let name, _):
            let x = try expr(o)
            return { f throws(PyError) in try interp.deleteAttribute(try x(f), name) }
        case .item(let o, let i, _):
            let x = try expr(o), k = try expr(i)
            return { f throws(PyError) in try interp.deleteItem(try x(f), try k(f)) }
        case .tuple(let items), .list(let items):
            let parts = try items.map { (x: Expr) throws(PyError) in try deletion(x) }
            return { f throws(PyError) in for p in parts { try p(f) } }
        default:
            throw syntaxError("cannot delete expression", line: t.position?.line ?? 0)
        }
    }

    func augmentedAssignment(_ t: Expr, _ op: BinaryOp, _ value: Expr, _ line: Int) throws(PyError) -> Exec {
        let interp = interp
        let v = try expr(value)
        switch t {
        case .name(let n, _):
            let get = load(n), set = storeName(n)
            if op == .add, case .fast(let slot) = scope.resolve(n) {
                return { f throws(PyError) in
                    f.line = line
                    let r = try v(f)
                    if case .int(let a)? = f.slots[slot], case .int(let b) = r {
                        let (s, o) = a.addingReportingOverflow(b)
                        if !o { f.slots[slot] = .int(s); return .normal }
                    }
                    f.slots[slot] = try interp.inplace(op, try get(f), r)
                    return .normal
                }
            }
            return { f throws(PyError) in
                f.line = line
                let current = try get(f)
                let r = try v(f)
                if case .int(let a) = current, case .int(let b) = r, let x = try interp.intBinary(op, a, b) { set(f, x); return .normal }
                set(f, try interp.inplace(op, current, r))
                return .normal
            }
        case .attribute(let o, let name, _):
            let x = try expr(o)
            return { f throws(PyError) in
                f.line = line
                let obj = try x(f)
                let current = try interp.getAttribute(obj, name)
                try interp.setAttribute(obj, name, try interp.inplace(op, current, try v(f)))
                return .normal
            }
        case .item(let o, let i, _):
            let x = try expr(o), k = try expr(i)
            return { f throws(PyError) in
                f.line = line
                let obj = try x(f), key = try k(f)
                let current = try interp.getItem(obj, key)
                try interp.setItem(obj, key, try interp.inplace(op, current, try v(f)))
                return .normal
            }
        default:
            throw syntaxError("'\(t)' is an illegal expression for augmented assignment", line: line)
        }
    }

    mutating func forLoop(_ t: Expr, _ iter: Expr, _ body: [Stmt], _ orelse: [Stmt]?, _ line: Int) throws(PyError) -> Exec {
        let interp = interp
        let it = try expr(iter)
        let store = try target(t)
        var fastSlot: Int?
        if case .name(let n, _) = t, case .fast(let i) = scope.resolve(n) { fastSlot = i }
        loopDepth += 1
        let b = try block(body)
        loopDepth -= 1
        let otherwise = try optionalBlock(orelse)
        return { f throws(PyError) in
            f.line = line
            let iterable = try it(f)
            var result = Flow.normal
            if case .range(let r) = iterable {
                let n = r.count
                var k = 0
                while k < n {
                    let v = Value.int(r.element(k))
                    if let s = fastSlot { f.slots[s] = v } else { try store(f, v) }
                    k += 1
                    switch try b(f) {
                    case .breakLoop: return .normal
                    case .returned: return .returned
                    default: break
                    }
                    if k & 1023 == 0 { try interp.checkInterrupt() }
                }
            } else {
                try interp.forEach(iterable) { (v: Value) throws(PyError) -> Bool in
                    try store(f, v)
                    switch try b(f) {
                    case .breakLoop: result = .breakLoop; return false
                    case .returned: result = .returned; return false
                    default: try interp.checkInterrupt(); return true
                    }
                }
                if case .returned = result { return .returned }
                if case .breakLoop = result { return .normal }
            }
            return try otherwise(f)
        }
    }

    /// An `else:` block, or a no-op when absent.
    mutating func optionalBlock(_ stmts: [Stmt]?) throws(PyError) -> Exec {
        guard let stmts else { return { _ in .normal } }
        return try block(stmts)
    }
}

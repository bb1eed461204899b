// Scope analysis: decides for every name whether it is a fast local (frame slot), a cell shared
// with closures, a class-body name, or a module global — Python's rules, resolved before running.

enum NameRef {
    case fast(Int)
    case cell(Int)
    case global(String)
    case classBody(String)
}

final class Scope {
    enum Kind { case module, function, classBody, comprehension }
    let kind: Kind
    unowned(unsafe) let parent: Scope?
    var bound: [String] = []
    var boundSet: Set<String> = []
    var declaredGlobal: Set<String> = []
    var declaredNonlocal: Set<String> = []
    var used: Set<String> = []
    var children: [Scope] = []
    let params: [String]
    var isGenerator = false
    /// Zero-argument super() needs the running function's class.
    var usesSuper = false

    // Results
    var slots: [String: Int] = [:]
    var slotNames: [String] = []
    var cellVars: [String] = []
    var freeVars: [String] = []

    init(kind: Kind, parent: Scope?, params: [String] = []) {
        self.kind = kind
        self.parent = parent
        self.params = params
        for p in params { bind(p) }
        parent?.children.append(self)
    }

    func bind(_ name: String) {
        if boundSet.insert(name).inserted { bound.append(name) }
    }

    var isFunctionLike: Bool { kind == .function || kind == .comprehension }

    func isLocal(_ name: String) -> Bool {
        isFunctionLike && boundSet.contains(name) && !declaredGlobal.contains(name) && !declaredNonlocal.contains(name)
    }

    /// Resolves free variables across the whole tree and numbers slots and cells.
    func finish() throws(PyError) {
        for name in used.union(declaredNonlocal).sorted() where !isLocal(name) && !declaredGlobal.contains(name) {
            if kind == .classBody && boundSet.contains(name) { continue }
            if kind == .module { continue }
            if !resolveFree(name) && declaredNonlocal.contains(name) {
                throw PyError.syntaxError("no binding for nonlocal '\(name)' found", line: 0, column: 0, text: "")
            }
        }
        for c in children { try c.finish() }
        if isFunctionLike {
            for p in params { addSlot(p) }
            for name in bound where isLocal(name) && !cellVars.contains(name) { addSlot(name) }
        }
    }

    private func addSlot(_ name: String) {
        if slots[name] == nil { slots[name] = slotNames.count; slotNames.append(name) }
    }

    /// Marks `name` as a closure variable of the nearest enclosing function that binds it.
    private func resolveFree(_ name: String) -> Bool {
        var chain: [Scope] = [self]
        var s = parent
        while let p = s {
            if p.kind == .module { return false }
            if p.isLocal(name) {
                if !p.cellVars.contains(name) { p.cellVars.append(name) }
                for c in chain where !c.freeVars.contains(name) { c.freeVars.append(name) }
                return true
            }
            if p.kind != .classBody && p.declaredGlobal.contains(name) { return false }
            chain.append(p)
            s = p.parent
        }
        return false
    }

    /// Cells of a frame: own cell variables first, then free variables from the closure.
    var cellCount: Int { cellVars.count + freeVars.count }

    func resolve(_ name: String) -> NameRef {
        if declaredGlobal.contains(name) { return .global(name) }
        switch kind {
        case .module: return .global(name)
        case .classBody:
            if boundSet.contains(name) { return .classBody(name) }
        case .function, .comprehension:
            if let i = cellVars.firstIndex(of: name) { return .cell(i) }
            if let i = slots[name] { return .fast(i) }
        }
        if let i = freeVars.firstIndex(of: name) { return .cell(cellVars.count + i) }
        return .global(name)
    }
}

/// Builds the scope tree for a module (first pass over the AST).
struct ScopeBuilder {
    static func build(_ body: [Stmt]) throws(PyError) -> Scope {
        let module = Scope(kind: .module, parent: nil)
        var b = ScopeBuilder()
        b.visit(body, module)
        try module.finish()
        return module
    }

    mutating func visit(_ stmts: [Stmt], _ s: Scope) { for st in stmts { visit(st, s) } }

    mutating func visit(_ st: Stmt, _ s: Scope) {
        switch st.kind {
        case .expr(let e): visit(e, s)
        case .assign(let targets, let v): for t in targets { bindTarget(t, s) }; visit(v, s)
        case .augAssign(let t, _, let v): bindTarget(t, s); visit(t, s); visit(v, s)
        case .annAssign(let t, let annotation, let v):
            if s.kind == .classBody { visit(annotation, s) }
            if let v { bindTarget(t, s); visit(v, s) }
        case .ifElse(let branches, let orelse):
            for (c, b) in branches { visit(c, s); visit(b, s) }
            if let o = orelse { visit(o, s) }
        case .whileLoop(let c, let b, let o): visit(c, s); visit(b, s); if let o { visit(o, s) }
        case .forLoop(let t, let it, let b, let o): bindTarget(t, s); visit(it, s); visit(b, s); if let o { visit(o, s) }
        case .functionDef(let f): s.bind(f.name); visitFunction(f, s)
        case .classDef(let c):
            s.bind(c.name)
            for d in c.decorators { visit(d, s) }
            for a in c.bases { visit(a, s) }
            let cs = Scope(kind: .classBody, parent: s)
            c.scope = cs
            visit(c.body, cs)
        case .returnValue(let e): if let e { visit(e, s) }
        case .pass, .breakLoop, .continueLoop: break
        case .raise(let e, let c): if let e { visit(e, s) }; if let c { visit(c, s) }
        case .match(let subject, let cases):
            visit(subject, s)
            for c in cases {
                for e in c.pattern.expressions { visit(e, s) }
                for n in c.pattern.boundNames { s.bind(n) }
                if let g = c.guardExpr { visit(g, s) }
                visit(c.body, s)
            }
        case .tryExcept(let body, let handlers, let orelse, let fin):
            visit(body, s)
            for h in handlers {
                if let t = h.type { visit(t, s) }
                if let n = h.name { s.bind(n) }
                visit(h.body, s)
            }
            if let o = orelse { visit(o, s) }
            if let f = fin { visit(f, s) }
        case .with(let items, let body):
            for (e, t) in items { visit(e, s); if let t { bindTarget(t, s) } }
            visit(body, s)
        case .importModules(let names):
            for n in names { s.bind(n.asName ?? String(n.name.split(separator: ".").first ?? "")) }
        case .importFrom(_, let names, _): for n in names { s.bind(n.asName ?? n.name) }
        case .global(let names): for n in names { s.declaredGlobal.insert(n) }
        case .nonlocal(let names): for n in names { s.declaredNonlocal.insert(n) }
        case .assert(let t, let m): visit(t, s); if let m { visit(m, s) }
        case .delete(let targets): for t in targets { bindTarget(t, s); visit(t, s) }
        }
    }

    mutating func visitFunction(_ f: FunctionDef, _ s: Scope) {
        for d in f.decorators { visit(d, s) }
        for p in f.params {
            if let d = p.defaultValue { visit(d, s) }
            if let a = p.annotation { visit(a, s) }
        }
        if let r = f.returns { visit(r, s) }
        let fs = Scope(kind: .function, parent: s, params: f.params.map { $0.name })
        f.scope = fs
        visit(f.body, fs)
    }

    mutating func bindTarget(_ e: Expr, _ s: Scope) {
        switch e {
        case .name(let n, _): s.bind(n)
        case .tuple(let items), .list(let items): for i in items { bindTarget(i, s) }
        case .starred(let inner): bindTarget(inner, s)
        case .attribute(let o, _, _): visit(o, s)
        case .item(let o, let i, _): visit(o, s); visit(i, s)
        default: break
        }
    }

    mutating func visit(_ e: Expr, _ s: Scope) {
        switch e {
        case .name(let n, _):
            s.used.insert(n)
            if n == "super" { s.usesSuper = true }
        case .constant: break
        case .fstring(let parts, _): visitParts(parts, s)
        case .binary(_, let a, let b, _): visit(a, s); visit(b, s)
        case .unary(_, let a, _): visit(a, s)
        case .and(let items), .or(let items), .list(let items), .tuple(let items), .set(let items): for i in items { visit(i, s) }
        case .compare(let a, let rest, _): visit(a, s); for (_, b) in rest { visit(b, s) }
        case .call(let f, let args, _): visit(f, s); for a in args { visit(a, s) }
        case .attribute(let o, _, _): visit(o, s)
        case .item(let o, let i, _): visit(o, s); visit(i, s)
        case .slice(let a, let b, let c): for x in [a, b, c] { if let x { visit(x, s) } }
        case .dict(let entries): for (k, v) in entries { if let k { visit(k, s) }; visit(v, s) }
        case .starred(let x): visit(x, s)
        case .ifElse(let a, let b, let c): visit(a, s); visit(b, s); visit(c, s)
        case .lambda(let f): visitFunction(f, s)
        case .comprehension(let c):
            guard let first = c.generators.first else { return }
            visit(first.iter, s)
            let cs = Scope(kind: .comprehension, parent: s, params: [".0"])
            c.scope = cs
            for (k, g) in c.generators.enumerated() {
                bindTarget(g.target, cs)
                if k > 0 { visit(g.iter, cs) }
                for cond in g.conditions { visit(cond, cs) }
            }
            visit(c.element, cs)
            if let v = c.value { visit(v, cs) }
        case .yield(let x): s.isGenerator = true; if let x { visit(x, s) }
        case .yieldFrom(let x): s.isGenerator = true; visit(x, s)
        case .walrus(let n, let x, _): s.bind(n); visit(x, s)
        }
    }

    mutating func visit(_ a: Argument, _ s: Scope) {
        switch a {
        case .positional(let e), .star(let e), .keyword(_, let e), .doubleStar(let e): visit(e, s)
        }
    }

    mutating func visitParts(_ parts: [FStringPart], _ s: Scope) {
        for p in parts { if case .field(let e, _, let spec) = p { visit(e, s); visitParts(spec, s) } }
    }
}

// The `match` statement: each pattern compiles to a test that binds its names as it goes.

extension Compiler {
    typealias Matcher = (Frame, Value) throws(PyError) -> Bool

    mutating func matchStatement(_ subject: Expr, _ cases: [MatchCase], _ line: Int) throws(PyError) -> Exec {
        let s = try expr(subject)
        var compiled: [(Matcher, Eval?, Exec)] = []
        for c in cases {
            compiled.append((try matcher(c.pattern), try c.guardExpr.map { (g: Expr) throws(PyError) in try expr(g) }, try block(c.body)))
        }
        let interp = interp
        return { f throws(PyError) in
            f.line = line
            let v = try s(f)
            for (test, guardTest, body) in compiled {
                guard try test(f, v) else { continue }
                if let guardTest, !(try interp.truthy(try guardTest(f))) { continue }
                return try body(f)
            }
            return .normal
        }
    }

    func matcher(_ p: Pattern) throws(PyError) -> Matcher {
        let interp = interp
        switch p {
        case .wildcard, .star(nil):
            return { (_: Frame, _: Value) throws(PyError) -> Bool in true }
        case .capture(let name), .star(let name?):
            let store = storeName(name)
            return { (f: Frame, v: Value) throws(PyError) -> Bool in store(f, v); return true }
        case .value(let e):
            let value = try expr(e)
            return { (f: Frame, v: Value) throws(PyError) -> Bool in try interp.truthy(try interp.compare(.eq, v, try value(f))) }
        case .singleton(let s):
            return { (_: Frame, v: Value) throws(PyError) -> Bool in interp.identical(v, s) }
        case .capturing(let inner, let name):
            let test = try matcher(inner), store = storeName(name)
            return { (f: Frame, v: Value) throws(PyError) -> Bool in
                guard try test(f, v) else { return false }
                store(f, v)
                return true
            }
        case .or(let alternatives):
            let tests = try alternatives.map { (a: Pattern) throws(PyError) in try matcher(a) }
            return { (f: Frame, v: Value) throws(PyError) -> Bool in
                for t in tests where try t(f, v) { return true }
                return false
            }
        case .sequence(let items):
            return try sequenceMatcher(items)
        case .mapping(let entries, let rest):
            let keys = try entries.map { (e: (Expr, Pattern)) throws(PyError) in try expr(e.0) }
            let tests = try entries.map { (e: (Expr, Pattern)) throws(PyError) in try matcher(e.1) }
            let storeRest = rest.map { storeName($0) }
            return { (f: Frame, v: Value) throws(PyError) -> Bool in
                guard case .dict(let d) = v.builtinValue else { return false }
                var used: [Value] = []
                for (key, test) in zip(keys, tests) {
                    let k = try key(f)
                    guard let x = try d.get(k), try test(f, x) else { return false }
                    used.append(k)
                }
                if let storeRest {
                    let remaining = d.copy()
                    for k in used { _ = try remaining.remove(k) }
                    storeRest(f, .dict(remaining))
                }
                return true
            }
        case .classPattern(let cls, let positional, let keywords):
            return try classMatcher(cls, positional, keywords)
        }
    }

    private func sequenceMatcher(_ items: [Pattern]) throws(PyError) -> Matcher {
        let interp = interp
        let tests = try items.map { (p: Pattern) throws(PyError) in try matcher(p) }
        let star = items.firstIndex { if case .star = $0 { return true } else { return false } }
        return { (f: Frame, v: Value) throws(PyError) -> Bool in
            // Lists, tuples and ranges (and their subclasses) are sequences here; str and dict are not.
            let seq: [Value]
            switch v.builtinValue {
            case .list(let l): seq = l.items
            case .tuple(let t): seq = t
            case .range: seq = try interp.toArray(v)
            default: return false
            }
            guard let k = star else {
                guard seq.count == tests.count else { return false }
                for i in 0..<seq.count where !(try tests[i](f, seq[i])) { return false }
                return true
            }
            guard seq.count >= tests.count - 1 else { return false }
            let after = tests.count - k - 1
            for i in 0..<k where !(try tests[i](f, seq[i])) { return false }
            guard try tests[k](f, .list(PyList(Array(seq[k..<(seq.count - after)])))) else { return false }
            for i in 0..<after where !(try tests[k + 1 + i](f, seq[seq.count - after + i])) { return false }
            return true
        }
    }

    private func classMatcher(_ cls: Expr, _ positional: [Pattern], _ keywords: [(String, Pattern)]) throws(PyError) -> Matcher {
        let interp = interp
        let clsValue = try expr(cls)
        let positionalTests = try positional.map { (p: Pattern) throws(PyError) in try matcher(p) }
        let keywordTests = try keywords.map { (k: (String, Pattern)) throws(PyError) in (k.0, try matcher(k.1)) }
        return { (f: Frame, v: Value) throws(PyError) -> Bool in
            guard case .cls(let c) = try clsValue(f) else { throw PyError.typeError("called match pattern must be a class") }
            guard interp.isInstance(v, c) else { return false }
            var attributes: [(String, Matcher)] = []
            if !positionalTests.isEmpty {
                // int(x), str(s), list(l), ...: one positional pattern matches the subject itself.
                if c.holdsBaseValues || c === BoolType {
                    guard positionalTests.count == 1 else {
                        throw PyError.typeError("\(c.name)() accepts 1 positional sub-pattern (\(positionalTests.count) given)")
                    }
                    guard try positionalTests[0](f, v) else { return false }
                } else {
                    let names = try c.lookup("__match_args__").map { (m: Value) throws(PyError) in try interp.toArray(m) } ?? []
                    guard positionalTests.count <= names.count else {
                        let n = names.count
                        throw PyError.typeError("\(c.name)() accepts \(n) positional sub-pattern\(n == 1 ? "" : "s") (\(positionalTests.count) given)")
                    }
                    for (name, test) in zip(names, positionalTests) {
                        guard case .str(let s) = name else { throw PyError.typeError("__match_args__ elements must be strings (got \(typeName(name)))") }
                        attributes.append((s, test))
                    }
                }
            }
            for (name, test) in attributes + keywordTests {
                guard interp.hasAttribute(v, name), try test(f, try interp.getAttribute(v, name)) else { return false }
            }
            return true
        }
    }
}

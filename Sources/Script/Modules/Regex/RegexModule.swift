// The `re` module: compile, search, match, fullmatch, findall, finditer, sub, subn, split, escape,
// with Pattern and Match objects that print and behave as CPython's.

extension Interpreter {
    func makeRegexModule() -> PyModule { Script.makeRegexModule() }
}

private func makeRegexModule() -> PyModule {
    let m = PyModule(name: "re")
    let errorClass = PyClass(name: "error", module: "re", bases: [ExceptionClass])
    let patternClass = PyClass(name: "Pattern", module: "re")
    let matchClass = PyClass(name: "Match", module: "re")
    var cache: [String: Value] = [:]

    func compile(_ interp: Interpreter, _ p: Value, _ flags: Value?) throws(PyError) -> (Value, CompiledPattern) {
        if case .instance(let i) = p, let c = i.payload as? CompiledPattern { return (p, c) }
        guard case .str(let source) = p.builtinValue else {
            throw PyError.typeError("first argument must be string or compiled pattern")
        }
        let f = try flags.map { (v: Value) throws(PyError) in try interp.toIndex(v) } ?? 0
        let key = "\(f):\(source)"
        if let hit = cache[key], case .instance(let i) = hit, let c = i.payload as? CompiledPattern { return (hit, c) }
        let c = try CompiledPattern(source, flags: f, errorClass: errorClass)
        let v = Value.instance(makeInstance(patternClass, payload: c))
        if cache.count > 512 { cache.removeAll() }
        cache[key] = v
        return (v, c)
    }
    func text(_ v: Value) throws(PyError) -> String {
        guard case .str(let s) = v.builtinValue else { throw PyError.typeError("expected string or bytes-like object, got '\(typeName(v))'") }
        return s
    }
    func wrap(_ match: Regex<AnyRegexOutput>.Match?, _ s: String, _ p: Value, _ c: CompiledPattern) -> Value {
        guard let match else { return .none }
        return .instance(makeInstance(matchClass, payload: MatchData(match, in: s, pattern: p, compiled: c)))
    }
    func matches(_ p: Value, _ c: CompiledPattern, _ s: String) -> [Value] {
        s.matches(of: c.regex).map { wrap($0, s, p, c) }
    }

    // The operations, each given (pattern value, compiled, remaining arguments).
    typealias Operation = (Value, CompiledPattern, Args, Int) throws(PyError) -> Value
    let search: Operation = { p, c, a, k throws(PyError) in let s = try text(a[k]); return wrap(s.firstMatch(of: c.regex), s, p, c) }
    let match: Operation = { p, c, a, k throws(PyError) in let s = try text(a[k]); return wrap(s.prefixMatch(of: c.regex), s, p, c) }
    let fullmatch: Operation = { p, c, a, k throws(PyError) in let s = try text(a[k]); return wrap(s.wholeMatch(of: c.regex), s, p, c) }
    let finditer: Operation = { p, c, a, k throws(PyError) in
        .iterator(PyIterator(array: matches(p, c, try text(a[k])), typeName: "callable_iterator"))
    }
    let findall: Operation = { p, c, a, k throws(PyError) in
        var out: [Value] = []
        for case .instance(let i) in matches(p, c, try text(a[k])) {
            guard let d = i.payload as? MatchData else { continue }
            switch c.groups {
            case 0: out.append(.str(d.group(0) ?? ""))
            case 1: out.append(.str(d.group(1) ?? ""))
            default: out.append(.tuple((1...c.groups).map { .str(d.group($0) ?? "") }))
            }
        }
        return .list(PyList(out))
    }
    let split: Operation = { p, c, a, k throws(PyError) in
        let s = try text(a[k])
        let limit = try a.interp.toIndex(a[k + 1])
        let scalars = Array(s.unicodeScalars)
        var out: [Value] = []
        var last = 0
        for case .instance(let i) in matches(p, c, s) {
            guard let d = i.payload as? MatchData, let (lo, hi) = d.spans[0] else { continue }
            if limit > 0 && out.count / (c.groups + 1) >= limit { break }
            out.append(.str(String(String.UnicodeScalarView(scalars[last..<lo]))))
            for g in stride(from: 1, through: c.groups, by: 1) { out.append(d.group(g).map { .str($0) } ?? .none) }
            last = hi
        }
        out.append(.str(String(String.UnicodeScalarView(scalars[last...]))))
        return .list(PyList(out))
    }
    func substitute(_ p: Value, _ c: CompiledPattern, _ a: Args, _ k: Int) throws(PyError) -> (String, Int) {
        let repl = a[k], s = try text(a[k + 1])
        let limit = try a.interp.toIndex(a[k + 2])
        let template: [TemplatePart]? = try a.interp.isCallable(repl) ? nil : parseTemplate(try text(repl), c)
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var last = 0, n = 0
        for found in matches(p, c, s) {
            guard case .instance(let i) = found, let d = i.payload as? MatchData, let (lo, hi) = d.spans[0] else { continue }
            if limit > 0 && n >= limit { break }
            out.append(contentsOf: scalars[last..<lo])
            if let template {
                for part in template {
                    switch part {
                    case .literal(let t): out.append(contentsOf: t.unicodeScalars)
                    case .group(let g): out.append(contentsOf: (d.group(g) ?? "").unicodeScalars)
                    }
                }
            } else {
                out.append(contentsOf: try text(try a.interp.call(repl, [found])).unicodeScalars)
            }
            last = hi
            n += 1
        }
        out.append(contentsOf: scalars[last...])
        return (String(out), n)
    }
    let sub: Operation = { p, c, a, k throws(PyError) in .str(try substitute(p, c, a, k).0) }
    let subn: Operation = { p, c, a, k throws(PyError) in
        let (s, n) = try substitute(p, c, a, k)
        return .tuple([.str(s), .int(n)])
    }

    // re.NAME(pattern, ..., flags=0) and Pattern.NAME(...).
    let table: [(String, [String], Operation)] = [
        ("search", ["string"], search), ("match", ["string"], match), ("fullmatch", ["string"], fullmatch),
        ("findall", ["string"], findall), ("finditer", ["string"], finditer),
        ("split", ["string", "maxsplit"], split), ("sub", ["repl", "string", "count"], sub), ("subn", ["repl", "string", "count"], subn),
    ]
    for (name, params, op) in table {
        let defaults: [String: Value] = ["maxsplit": .int(0), "count": .int(0), "flags": .int(0)]
        m.define(name, ["pattern"] + params + ["flags"], defaults: defaults) { a throws(PyError) in
            let (p, c) = try compile(a.interp, a[0], a["flags"])
            return try op(p, c, a, 1)
        }
        patternClass.define(name, ["self"] + params, defaults: defaults) { a throws(PyError) in
            let (p, c) = try compile(a.interp, a[0], nil)
            return try op(p, c, a, 1)
        }
    }
    m.define("compile", ["pattern", "flags"], defaults: ["flags": .int(0)]) { a throws(PyError) in try compile(a.interp, a[0], a["flags"]).0 }
    m.define("escape", ["pattern"]) { a throws(PyError) in
        var out = ""
        for u in try text(a[0]).unicodeScalars {
            let c = Character(u)
            if !(c.isASCII && (c.isLetter || c.isNumber || c == "_")) && u.value < 128 { out.append("\\") }
            out.append(c)
        }
        return .str(out)
    }
    m.define("purge", []) { _ throws(PyError) in cache.removeAll(); return .none }
    m["error"] = .cls(errorClass)
    m["Pattern"] = .cls(patternClass)
    m["Match"] = .cls(matchClass)
    for (value, name) in RegexFlag.names {
        let short = String(name.dropFirst(3))
        m[short] = .int(value)
    }
    for (short, value) in [("I", RegexFlag.ignoreCase), ("L", RegexFlag.locale), ("M", RegexFlag.multiline), ("S", RegexFlag.dotAll),
                           ("U", RegexFlag.unicode), ("X", RegexFlag.verbose), ("A", RegexFlag.ascii)] {
        m[short] = .int(value)
    }
    installPatternAttributes(patternClass)
    installMatchMethods(matchClass)
    return m
}

/// A replacement template: text and group references (`\1`, `\g<name>`).
enum TemplatePart {
    case literal(String)
    case group(Int)
}

private func parseTemplate(_ repl: String, _ c: CompiledPattern) throws(PyError) -> [TemplatePart] {
    var parts: [TemplatePart] = []
    var literal = ""
    let chars = Array(repl)
    var k = 0
    func flush() { if !literal.isEmpty { parts.append(.literal(literal)); literal = "" } }
    func group(_ g: Int) throws(PyError) {
        guard g <= c.groups else { throw PyError(c.errorClass, "invalid group reference \(g) at position \(k + 1)") }
        flush()
        parts.append(.group(g))
    }
    while k < chars.count {
        let ch = chars[k]
        guard ch == "\\", k + 1 < chars.count else { literal.append(ch); k += 1; continue }
        let next = chars[k + 1]
        if let d = next.wholeNumberValue, next.isASCII {
            var g = d, used = 2
            if k + 2 < chars.count, let d2 = chars[k + 2].wholeNumberValue, chars[k + 2].isASCII { g = g * 10 + d2; used = 3 }
            try group(g)
            k += used
        } else if next == "g", k + 2 < chars.count, chars[k + 2] == "<", let close = chars[(k + 3)...].firstIndex(of: ">") {
            let name = String(chars[(k + 3)..<close])
            if let g = Int(name) { try group(g) } else if let g = c.groupIndex.first(where: { $0.0 == name })?.1 { try group(g) } else {
                throw PyError.indexError("unknown group name '\(name)'")
            }
            k = close + 1
        } else {
            let escapes: [Character: String] = ["n": "\n", "t": "\t", "r": "\r", "\\": "\\", "a": "\u{07}", "f": "\u{0c}", "v": "\u{0b}", "b": "\u{08}"]
            if let e = escapes[next] { literal += e } else if next.isASCII && next.isLetter {
                throw PyError(c.errorClass, "bad escape \\\(next) at position \(k)")
            } else {
                literal += "\\" + String(next)
            }
            k += 2
        }
    }
    flush()
    return parts
}

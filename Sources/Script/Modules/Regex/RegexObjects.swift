// re.Pattern and re.Match: attributes, group access and CPython's reprs.

private func compiled(_ a: Args) throws(PyError) -> CompiledPattern {
    guard case .instance(let i) = a[0], let c = i.payload as? CompiledPattern else { throw PyError.typeError("descriptor requires a 're.Pattern' object") }
    return c
}

private func matchData(_ a: Args) throws(PyError) -> MatchData {
    guard case .instance(let i) = a[0], let d = i.payload as? MatchData else { throw PyError.typeError("descriptor requires a 're.Match' object") }
    return d
}

func installPatternAttributes(_ t: PyClass) {
    t.defineProperty("pattern") { i throws(PyError) in .str((i.payload as? CompiledPattern)?.pattern ?? "") }
    t.defineProperty("flags") { i throws(PyError) in .int(((i.payload as? CompiledPattern)?.flags ?? 0) | RegexFlag.unicode) }
    t.defineProperty("groups") { i throws(PyError) in .int((i.payload as? CompiledPattern)?.groups ?? 0) }
    t.defineProperty("groupindex") { i throws(PyError) in
        let d = PyDict()
        for (name, k) in (i.payload as? CompiledPattern)?.groupIndex ?? [] { d.set(name, .int(k)) }
        return .dict(d)
    }
    t.define("__repr__", ["self"]) { a throws(PyError) in
        let c = try compiled(a)
        let flags = RegexFlag.names.filter { c.flags & $0.0 != 0 }.map { $0.1 }
        let shown = try a.interp.repr(.str(c.pattern))
        return .str(flags.isEmpty ? "re.compile(\(shown))" : "re.compile(\(shown), \(flags.joined(separator: "|")))")
    }
}

func installMatchMethods(_ t: PyClass) {
    func groupValue(_ d: MatchData, _ v: Value, _ fallback: Value = .none) throws(PyError) -> Value {
        d.group(try d.index(of: v)).map { .str($0) } ?? fallback
    }
    t.define("group", ["self", "*groups"]) { a throws(PyError) in
        let d = try matchData(a)
        if a.positional.isEmpty { return try groupValue(d, .int(0)) }
        if a.positional.count == 1 { return try groupValue(d, a.positional[0]) }
        return .tuple(try a.positional.map { (g: Value) throws(PyError) in try groupValue(d, g) })
    }
    t.define("__getitem__", ["self", "group"]) { a throws(PyError) in try groupValue(try matchData(a), a[1]) }
    t.define("groups", ["self", "default?"]) { a throws(PyError) in
        let d = try matchData(a)
        let fallback = a.optional("default") ?? .none
        return .tuple(try (0..<max(0, d.spans.count - 1)).map { (k: Int) throws(PyError) in try groupValue(d, .int(k + 1), fallback) })
    }
    t.define("groupdict", ["self", "default?"]) { a throws(PyError) in
        let d = try matchData(a)
        let out = PyDict()
        for (name, k) in d.compiled.groupIndex { out.set(name, try groupValue(d, .int(k), a.optional("default") ?? .none)) }
        return .dict(out)
    }
    for (name, pick) in [("start", 0), ("end", 1), ("span", 2)] {
        t.define(name, ["self", "group?"]) { a throws(PyError) in
            let d = try matchData(a)
            let span = d.spans[try d.index(of: a.optional("group") ?? .int(0))] ?? (-1, -1)
            switch pick {
            case 0: return .int(span.0)
            case 1: return .int(span.1)
            default: return .tuple([.int(span.0), .int(span.1)])
            }
        }
    }
    t.defineProperty("string") { i throws(PyError) in .str((i.payload as? MatchData)?.string ?? "") }
    t.defineProperty("re") { i throws(PyError) in (i.payload as? MatchData)?.pattern ?? .none }
    t.defineProperty("pos") { _ throws(PyError) in .int(0) }
    t.defineProperty("endpos") { i throws(PyError) in .int((i.payload as? MatchData)?.string.unicodeScalars.count ?? 0) }
    t.define("__bool__", ["self"]) { _ throws(PyError) in .bool(true) }
    t.define("__repr__", ["self"]) { a throws(PyError) in
        let d = try matchData(a)
        let (lo, hi) = d.spans[0] ?? (0, 0)
        return .str("<re.Match object; span=(\(lo), \(hi)), match=\(try a.interp.repr(.str(d.group(0) ?? "")))>")
    }
}

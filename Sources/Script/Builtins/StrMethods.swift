// Methods of str.

private func selfString(_ a: Args) throws(PyError) -> String {
    guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor requires a 'str' object but received a '\(typeName(a[0]))'") }
    return s
}

/// `self[start:end]` for the methods taking optional start/end, with its offset in `self`; nil when
/// start lies past the end (CPython then finds nothing, not even "").
private func window(_ a: Args) throws(PyError) -> (String, Int)? {
    let s = try selfString(a)
    let start = a.optional("start") ?? .none, end = a.optional("end") ?? .none
    if start.isNone && end.isNone { return (s, 0) }
    let scalars = Array(s.unicodeScalars)
    if !start.isNone, try a.interp.toIndex(start) > scalars.count { return nil }
    let (lo, hi, _, _) = try a.interp.sliceIndices(PySlice(start, end, .none), count: scalars.count)
    return (String(String.UnicodeScalarView(lo < hi ? scalars[lo..<hi] : [])), lo)
}

private func optionalString(_ a: Args, _ name: String) throws(PyError) -> String? {
    guard let v = a.optional(name), !v.isNone else { return nil }
    guard case .str(let s) = v.builtinValue else { throw PyError.typeError("must be str or None, not \(typeName(v))") }
    return s
}

/// Python whitespace splitting / stripping helpers work on unicode scalars.
private func isSpace(_ u: Unicode.Scalar) -> Bool { u == " " || u == "\t" || u == "\n" || u == "\r" || u == "\u{0b}" || u == "\u{0c}" || u.properties.isWhitespace }

private func strip(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
    let set = chars.map { Set($0.unicodeScalars) }
    let drop = { (u: Unicode.Scalar) in set.map { $0.contains(u) } ?? isSpace(u) }
    var scalars = Array(s.unicodeScalars)[...]
    if left { while let f = scalars.first, drop(f) { scalars.removeFirst() } }
    if right { while let l = scalars.last, drop(l) { scalars.removeLast() } }
    return String(String.UnicodeScalarView(scalars))
}

func splitString(_ s: String, _ sep: String?, _ maxsplit: Int) throws(PyError) -> [Value] {
    var parts: [Value] = []
    if let sep {
        if sep.isEmpty { throw PyError.valueError("empty separator") }
        var rest = Substring(s)
        while maxsplit < 0 || parts.count < maxsplit, let r = rest.range(ofSubstring: sep) {
            parts.append(.str(String(rest[..<r.lowerBound])))
            rest = rest[r.upperBound...]
        }
        parts.append(.str(String(rest)))
        return parts
    }
    var current = String.UnicodeScalarView()
    var inWord = false
    var scalars = Array(s.unicodeScalars)[...]
    while let u = scalars.first {
        if isSpace(u) {
            if inWord { parts.append(.str(String(current))); current = .init(); inWord = false }
            scalars.removeFirst()
            if maxsplit >= 0 && parts.count >= maxsplit {
                while let f = scalars.first, isSpace(f) { scalars.removeFirst() }
                if !scalars.isEmpty {
                    let rest = String(String.UnicodeScalarView(scalars))
                    parts.append(.str(strip(rest, nil, left: false, right: true)))
                }
                return parts
            }
        } else {
            current.append(u); inWord = true; scalars.removeFirst()
        }
    }
    if inWord { parts.append(.str(String(current))) }
    return parts
}

extension Substring {
    func range(ofSubstring target: String) -> Range<Substring.Index>? {
        guard !target.isEmpty else { return nil }
        let t = Array(target.unicodeScalars)
        var i = startIndex
        let us = unicodeScalars
        while i < endIndex {
            var j = i
            var k = 0
            while k < t.count && j < us.endIndex && us[j] == t[k] { j = us.index(after: j); k += 1 }
            if k == t.count { return i..<j }
            i = us.index(after: i)
        }
        return nil
    }
}

private func count(_ s: String, _ sub: String) -> Int {
    if sub.isEmpty { return s.unicodeScalars.count + 1 }
    var n = 0
    var rest = Substring(s)
    while let r = rest.range(ofSubstring: sub) { n += 1; rest = rest[r.upperBound...] }
    return n
}

private func find(_ s: String, _ sub: String, fromEnd: Bool) -> Int {
    let hay = Array(s.unicodeScalars), needle = Array(sub.unicodeScalars)
    if needle.count > hay.count { return -1 }
    let range = Array(0...(hay.count - needle.count))
    for i in fromEnd ? range.reversed() : range where Array(hay[i..<(i + needle.count)]) == needle { return i }
    return -1
}

func installStrMethods() {
    let t = StrType
    t.define("split", ["self", "sep?", "maxsplit?"]) { a throws(PyError) in
        .list(PyList(try splitString(try selfString(a), try optionalString(a, "sep"), try a.optional("maxsplit").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? -1)))
    }
    t.define("rsplit", ["self", "sep?", "maxsplit?"]) { a throws(PyError) in
        let s = try selfString(a), sep = try optionalString(a, "sep")
        let maxsplit = try a.optional("maxsplit").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? -1
        if maxsplit < 0 { return .list(PyList(try splitString(s, sep, -1))) }
        let reversed = String(s.reversed())
        let parts = try splitString(reversed, sep.map { String($0.reversed()) }, maxsplit)
        return .list(PyList(parts.reversed().map { if case .str(let p) = $0 { return .str(String(p.reversed())) }; return $0 }))
    }
    t.define("splitlines", ["self", "keepends?"]) { a throws(PyError) in
        let s = try selfString(a)
        var lines = s.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        if lines.last == "" { lines.removeLast() }
        return .list(PyList(lines.map { .str($0.hasSuffix("\r") ? String($0.dropLast()) : $0) }))
    }
    t.define("join", ["self", "iterable"]) { a throws(PyError) in
        let sep = try selfString(a)
        var parts: [String] = []
        var k = 0
        try a.interp.forEach(a[1]) { (v: Value) throws(PyError) -> Bool in
            guard case .str(let s) = v.builtinValue else { throw PyError.typeError("sequence item \(k): expected str instance, \(typeName(v)) found") }
            parts.append(s); k += 1
            return true
        }
        return .str(parts.joined(separator: sep))
    }
    t.define("strip", ["self", "chars?"]) { a throws(PyError) in .str(strip(try selfString(a), try optionalString(a, "chars"), left: true, right: true)) }
    t.define("lstrip", ["self", "chars?"]) { a throws(PyError) in .str(strip(try selfString(a), try optionalString(a, "chars"), left: true, right: false)) }
    t.define("rstrip", ["self", "chars?"]) { a throws(PyError) in .str(strip(try selfString(a), try optionalString(a, "chars"), left: false, right: true)) }
    t.define("replace", ["self", "old", "new", "count?"]) { a throws(PyError) in
        let s = try selfString(a), old = try a.string(1), new = try a.string(2)
        var limit = try a.optional("count").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? -1
        if old.isEmpty { return .str(s) }
        var out = ""
        var rest = Substring(s)
        while limit != 0, let r = rest.range(ofSubstring: old) {
            out += rest[..<r.lowerBound] + new
            rest = rest[r.upperBound...]
            limit -= 1
        }
        return .str(out + rest)
    }
    for (name, prefix) in [("startswith", true), ("endswith", false)] {
        t.define(name, ["self", "prefix", "start?", "end?"]) { a throws(PyError) in
            guard let (s, _) = try window(a) else { return .bool(false) }
            let candidates: [Value]
            if case .tuple(let items) = a[1] { candidates = items } else { candidates = [a[1]] }
            for c in candidates {
                guard case .str(let p) = c else { throw PyError.typeError("\(name) first arg must be str or a tuple of str, not \(typeName(c))") }
                let hit = prefix ? s.unicodeScalars.starts(with: p.unicodeScalars) : s.unicodeScalars.reversed().starts(with: p.unicodeScalars.reversed())
                if hit { return .bool(true) }
            }
            return .bool(false)
        }
    }
    t.define("upper", ["self"]) { a throws(PyError) in .str(try selfString(a).uppercased()) }
    t.define("lower", ["self"]) { a throws(PyError) in .str(try selfString(a).lowercased()) }
    t.define("capitalize", ["self"]) { a throws(PyError) in
        let s = try selfString(a)
        return .str(s.prefix(1).uppercased() + s.dropFirst().lowercased())
    }
    t.define("title", ["self"]) { a throws(PyError) in
        var out = ""
        var previousLetter = false
        for c in try selfString(a) {
            out += previousLetter ? c.lowercased() : c.uppercased()
            previousLetter = c.isLetter
        }
        return .str(out)
    }
    t.define("swapcase", ["self"]) { a throws(PyError) in
        .str(String(try selfString(a).map { $0.isUppercase ? Character($0.lowercased()) : Character($0.uppercased()) }))
    }
    for (name, fromEnd, raises) in [("find", false, false), ("rfind", true, false), ("index", false, true), ("rindex", true, true)] {
        t.define(name, ["self", "sub", "start?", "end?"]) { a throws(PyError) in
            let sub = try a.string(1)
            var i = -1
            if let (s, offset) = try window(a) {
                let k = find(s, sub, fromEnd: fromEnd)
                if k >= 0 { i = k + offset }
            }
            if i < 0 && raises { throw PyError.valueError("substring not found") }
            return .int(i)
        }
    }
    t.define("count", ["self", "sub", "start?", "end?"]) { a throws(PyError) in
        let sub = try a.string(1)
        guard let (s, _) = try window(a) else { return .int(0) }
        return .int(count(s, sub))
    }
    t.define("format", ["self", "*args", "**kwargs"]) { a throws(PyError) in
        .str(try a.interp.strFormat(try selfString(a), a.positional, a.keywords))
    }
    for (name, test) in [("isdigit", { (c: Character) in c.isNumber }), ("isdecimal", { (c: Character) in c.isNumber }),
                         ("isnumeric", { (c: Character) in c.isNumber }), ("isalpha", { (c: Character) in c.isLetter }),
                         ("isalnum", { (c: Character) in c.isLetter || c.isNumber }), ("isspace", { (c: Character) in c.isWhitespace }),
                         ("isupper", { (c: Character) in !c.isLowercase }), ("islower", { (c: Character) in !c.isUppercase })] {
        t.define(name, ["self"]) { a throws(PyError) in
            let s = try selfString(a)
            if name == "isupper" || name == "islower" {
                return .bool(s.contains { $0.isCased } && s.allSatisfy(test))
            }
            return .bool(!s.isEmpty && s.allSatisfy(test))
        }
    }
    t.define("isidentifier", ["self"]) { a throws(PyError) in
        let s = try selfString(a)
        return .bool(!s.isEmpty && !(s.first?.isNumber ?? true) && s.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" })
    }
    for (name, align) in [("center", "^"), ("ljust", "<"), ("rjust", ">")] {
        t.define(name, ["self", "width", "fillchar?"]) { a throws(PyError) in
            let fill = try optionalString(a, "fillchar") ?? " "
            return .str(try a.interp.format(.str(try selfString(a)), "\(fill)\(align)\(try a.int(1))"))
        }
    }
    t.define("zfill", ["self", "width"]) { a throws(PyError) in
        var s = try selfString(a)
        let w = try a.int(1)
        var sign = ""
        if s.hasPrefix("-") || s.hasPrefix("+") { sign = String(s.removeFirst()) }
        let pad = max(0, w - sign.count - s.count)
        return .str(sign + String(repeating: "0", count: pad) + s)
    }
    t.define("partition", ["self", "sep"]) { a throws(PyError) in
        let s = try selfString(a), sep = try a.string(1)
        guard let r = Substring(s).range(ofSubstring: sep) else { return .tuple([.str(s), .str(""), .str("")]) }
        return .tuple([.str(String(s[..<r.lowerBound])), .str(sep), .str(String(s[r.upperBound...]))])
    }
    t.define("encode", ["self", "encoding?"]) { a throws(PyError) in .str(try selfString(a)) }
}

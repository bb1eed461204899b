// Python regular expressions on Swift's Regex: the pattern translated where the two dialects
// differ, flags mapped to Regex options, matches measured in unicode scalars as Python indexes.

/// The flag values of CPython's `re` module.
enum RegexFlag {
    static let ignoreCase = 2, locale = 4, multiline = 8, dotAll = 16, unicode = 32, verbose = 64, ascii = 256
    static let names: [(Int, String)] = [(ignoreCase, "re.IGNORECASE"), (locale, "re.LOCALE"), (multiline, "re.MULTILINE"),
                                         (dotAll, "re.DOTALL"), (unicode, "re.UNICODE"), (verbose, "re.VERBOSE"), (ascii, "re.ASCII")]
}

/// A compiled pattern (the payload of a `re.Pattern`).
final class CompiledPattern {
    let pattern: String
    let flags: Int
    let regex: Regex<AnyRegexOutput>
    /// The number of capturing groups, and the index of each named one.
    let groups: Int
    let groupIndex: [(String, Int)]
    /// `re.error`, for problems found later (in a replacement template).
    let errorClass: PyClass

    init(_ pattern: String, flags: Int, errorClass: PyClass) throws(PyError) {
        self.pattern = pattern
        self.errorClass = errorClass
        self.flags = flags
        let scan = PatternScan(pattern, multiline: flags & RegexFlag.multiline != 0)
        groups = scan.groups
        groupIndex = scan.names
        var source = scan.translated
        if flags & RegexFlag.verbose != 0 { source = "(?x)" + source }
        do {
            var r = try Regex(source).matchingSemantics(.unicodeScalar)
            if flags & RegexFlag.ignoreCase != 0 { r = r.ignoresCase() }
            if flags & RegexFlag.multiline != 0 { r = r.anchorsMatchLineEndings() }
            if flags & RegexFlag.dotAll != 0 { r = r.dotMatchesNewlines() }
            if flags & RegexFlag.ascii != 0 { r = r.asciiOnlyWordCharacters().asciiOnlyDigits().asciiOnlyWhitespace() }
            regex = r
        } catch {
            throw PyError(errorClass, "\(error)")
        }
    }
}

/// One pass over a Python pattern: counts groups, finds names, and rewrites what Swift reads
/// differently (`$` also matches before a final newline, `\Z` is Swift's `\z`).
private struct PatternScan {
    var translated = ""
    var groups = 0
    var names: [(String, Int)] = []

    init(_ pattern: String, multiline: Bool) {
        let chars = Array(pattern)
        var k = 0
        var inClass = false
        while k < chars.count {
            let c = chars[k]
            if c == "\\" && k + 1 < chars.count {
                translated += chars[k + 1] == "Z" && !inClass ? "\\z" : String([c, chars[k + 1]])
                k += 2
                continue
            }
            if inClass {
                if c == "]" { inClass = false }
            } else if c == "[" {
                inClass = true
                translated.append(c)
                k += 1
                // A `]` (after an optional `^`) right at the start is a literal.
                if k < chars.count && chars[k] == "^" { translated.append("^"); k += 1 }
                if k < chars.count && chars[k] == "]" { translated += "\\]"; k += 1 }
                continue
            } else if c == "$" && !multiline {
                translated += "(?=\\n?\\z)"
                k += 1
                continue
            } else if c == "(" {
                if k + 1 < chars.count && chars[k + 1] == "?" {
                    let rest = String(chars[(k + 2)...].prefix(2))
                    if rest.hasPrefix("P<") || (rest.hasPrefix("<") && rest != "<=" && rest != "<!") {
                        groups += 1
                        let nameStart = k + (rest.hasPrefix("P") ? 4 : 3)
                        let name = String(chars[nameStart...].prefix { $0 != ">" })
                        names.append((name, groups))
                    }
                } else {
                    groups += 1
                }
            }
            translated.append(c)
            k += 1
        }
    }
}

/// A match as Python sees it: the searched string and each group's span in scalars.
final class MatchData {
    let string: String
    let spans: [(Int, Int)?]
    let pattern: Value
    let compiled: CompiledPattern

    init(_ m: Regex<AnyRegexOutput>.Match, in s: String, pattern: Value, compiled: CompiledPattern) {
        string = s
        self.pattern = pattern
        self.compiled = compiled
        let ascii = s.utf8.count == s.unicodeScalars.count
        func offset(_ i: String.Index) -> Int {
            ascii ? s.utf8.distance(from: s.startIndex, to: i) : s.unicodeScalars.distance(from: s.startIndex, to: i)
        }
        var spans: [(Int, Int)?] = []
        for k in 0...compiled.groups {
            guard k < m.output.count, let r = m.output[k].range else { spans.append(nil); continue }
            spans.append((offset(r.lowerBound), offset(r.upperBound)))
        }
        self.spans = spans
    }

    /// Group `k`'s text, nil when it did not take part.
    func group(_ k: Int) -> String? {
        guard k < spans.count, let (lo, hi) = spans[k] else { return nil }
        let scalars = string.unicodeScalars
        let start = scalars.index(scalars.startIndex, offsetBy: lo)
        let end = scalars.index(start, offsetBy: hi - lo)
        return String(scalars[start..<end])
    }

    /// The index of a group given by number or name.
    func index(of v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let k) where k >= 0 && k < spans.count: return k
        case .bool(let b): return b ? 1 : 0
        case .str(let name): if let k = compiled.groupIndex.first(where: { $0.0 == name })?.1 { return k }
        default: break
        }
        throw PyError.indexError("no such group")
    }
}

import Script

/// A Graphviz graph as the `graphviz` package (0.21) builds it: DOT statements collected line
/// by line, identifiers quoted by its rules, so `source` matches it to the character. The
/// attribute dicts and the body are the Python objects users see, so changes through
/// `dot.graph_attr[...] = ...` or `dot.body.append(...)` show in the source, as in graphviz.
final class DotGraph {
    /// Digraph (`digraph`, `->`) or Graph (`graph`, `--`).
    let directed: Bool
    /// The Python class's name, graphviz's default file name.
    let className: String
    var name: String?
    var comment: String?
    var strict = false
    let graphAttributes = PyDict()
    let nodeAttributes = PyDict()
    let edgeAttributes = PyDict()
    /// Statements (str), each a tab-indented line ending in a newline.
    let body = PyList()
    var filename: String?
    var directory = ""
    /// Output format and layout program for render().
    var format = "pdf"
    var engine = "dot"

    init(directed: Bool = true, className: String = "Digraph") {
        self.directed = directed
        self.className = className
    }

    func source() throws(PyError) -> String {
        var lines = comment.map { ["// \($0)\n"] } ?? []
        lines.append((strict ? "strict " : "") + (directed ? "digraph " : "graph ") + (name.map { DotGraph.quote($0) + " " } ?? "") + "{\n")
        for (keyword, attributes) in [("graph", graphAttributes), ("node", nodeAttributes), ("edge", edgeAttributes)]
        where attributes.count > 0 {
            lines.append("\t\(keyword)\(DotGraph.attributeList(nil, try DotGraph.pairs(attributes)))\n")
        }
        var text = lines.joined()
        for (i, line) in body.items.enumerated() {
            guard case .str(let s) = line else {
                // graphviz joins header and body lines, so its index counts the header too.
                throw PyError.typeError("sequence item \(lines.count + i): expected str instance, \(typeName(line)) found")
            }
            text += s
        }
        return text + "}\n"
    }

    /// A dict's items as DOT attributes (None values left out, as graphviz leaves them).
    static func pairs(_ d: PyDict) throws(PyError) -> [(String, String)] {
        var out: [(String, String)] = []
        for (k, v) in d.items where !v.isNone {
            guard case .str(let key) = k, case .str(let value) = v else {
                throw PyError.typeError("expected string or bytes-like object, got '\(typeName(v))'")
            }
            out.append((key, value))
        }
        return out
    }

    /// graphviz's default file name: the graph's name (or class name) plus ".gv".
    var resolvedFilename: String { filename ?? (name ?? className) + ".gv" }

    var filepath: String {
        let file = resolvedFilename
        if directory.isEmpty || file.hasPrefix("/") { return file }
        return directory.hasSuffix("/") ? directory + file : directory + "/" + file
    }

    func node(_ id: String, label: String? = nil, _ attributes: [(String, String)] = []) {
        body.items.append(.str("\t\(DotGraph.quote(id))\(DotGraph.attributeList(label, attributes))\n"))
    }

    func edge(_ tail: String, _ head: String, label: String? = nil, _ attributes: [(String, String)] = []) {
        body.items.append(.str("\t\(DotGraph.quoteEdge(tail)) \(directed ? "->" : "--") \(DotGraph.quoteEdge(head))\(DotGraph.attributeList(label, attributes))\n"))
    }

    /// ` [label=... key=value ...]`, or nothing when empty; keyword attributes come sorted, as
    /// graphviz sorts plain dicts.
    static func attributeList(_ label: String?, _ attributes: [(String, String)]) -> String {
        let list = assignments(label, attributes)
        return list.isEmpty ? "" : " [" + list + "]"
    }

    /// `label=... key=value ...` (DOT's a_list).
    static func assignments(_ label: String?, _ attributes: [(String, String)]) -> String {
        var parts = label.map { ["label=\(quote($0))"] } ?? []
        parts += attributes.sorted { $0.0 < $1.0 }.map { "\(quote($0.0))=\(quote($0.1))" }
        return parts.joined(separator: " ")
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An identifier as is when DOT accepts it bare (a name, a number, an HTML string `<...>`),
    /// else in double quotes with unescaped quotes escaped.
    static func quote(_ identifier: String) -> String {
        // graphviz matches with `$`, which also accepts a final newline.
        let core = identifier.hasSuffix("\n") ? String(identifier.dropLast()) : identifier
        if core.hasPrefix("<") && core.hasSuffix(">") { return identifier }
        if isBareIdentifier(identifier) || isBareIdentifier(core), !keywords.contains(identifier.lowercased()) {
            return identifier
        }
        return "\"" + escapingQuotes(identifier) + "\""
    }

    /// `node:port:compass` with node and port quoted separately.
    static func quoteEdge(_ identifier: String) -> String {
        guard let colon = identifier.firstIndex(of: ":") else { return quote(identifier) }
        let rest = identifier[identifier.index(after: colon)...]
        var parts = [quote(String(identifier[..<colon]))]
        if let second = rest.firstIndex(of: ":") {
            parts.append(quote(String(rest[..<second])))
            let compass = rest[rest.index(after: second)...]
            if !compass.isEmpty { parts.append(String(compass)) }
        } else {
            parts.append(quote(String(rest)))
        }
        return parts.joined(separator: ":")
    }

    /// `[a-zA-Z_][a-zA-Z0-9_]*` or a numeral `-?(\.[0-9]+|[0-9]+(\.[0-9]*)?)`.
    private static func isBareIdentifier(_ s: String) -> Bool {
        let u = Array(s.utf8)
        guard let first = u.first else { return false }
        func letter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a || c == 0x5f }
        func digit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        if letter(first) { return u.allSatisfy { letter($0) || digit($0) } }
        var i = first == 0x2d ? 1 : 0
        let integerStart = i
        while i < u.count, digit(u[i]) { i += 1 }
        let integerDigits = i - integerStart
        if i < u.count, u[i] == 0x2e {
            i += 1
            let fractionStart = i
            while i < u.count, digit(u[i]) { i += 1 }
            if integerDigits == 0 && i == fractionStart { return false }
        } else if integerDigits == 0 {
            return false
        }
        return i == u.count
    }

    /// graphviz's escaping: a quote, with or without a backslash before it, becomes `\"`;
    /// pairs of backslashes before it stay.
    private static func escapingQuotes(_ s: String) -> String {
        var out = ""
        var backslashes = 0
        for ch in s {
            if ch == "\\" { backslashes += 1; continue }
            if ch == "\"" {
                out += String(repeating: "\\", count: backslashes - backslashes % 2) + "\\\""
            } else {
                out += String(repeating: "\\", count: backslashes) + String(ch)
            }
            backslashes = 0
        }
        return out + String(repeating: "\\", count: backslashes)
    }
}

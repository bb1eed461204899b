/// A notebook cell's code split where a notebook decides what to display: everything before
/// the last top-level statement (for `a = f(); a`, before `a`), and that statement, padded
/// with newlines so tracebacks keep the cell's line numbers.
struct CellSource {
    var body: String
    var last: String
    /// nil when there is nothing to display: the last statement is compound (its inner
    /// expressions are never displayed) or the line ends with `;` (IPython's way to hide).
    var lastFirstLine: Int?

    init(_ source: String) {
        let scalars = Array(source.unicodeScalars)
        guard let final = TypedStatements.group(source).last else {
            body = source
            last = ""
            lastFirstLine = nil
            return
        }
        var start: Int
        if !final.isCompound, let semicolon = final.lastSemicolon {
            start = min(semicolon + 1, scalars.count)
            while start < scalars.count, scalars[start] == " " || scalars[start] == "\t" { start += 1 }
        } else {
            start = Self.offset(ofLine: final.firstLine, in: scalars)
        }
        let line = scalars[..<start].filter { $0 == "\n" }.count
        body = String(String.UnicodeScalarView(scalars[..<start])) + "\n"
        let rest = String(String.UnicodeScalarView(scalars[start...]))
        last = String(repeating: "\n", count: line) + rest + "\n"
        let hidden = rest.isEmpty || rest.hasPrefix("#") || rest.hasPrefix("\n")
        lastFirstLine = final.isCompound || hidden ? nil : line + 1
    }

    private static func offset(ofLine number: Int, in scalars: [Unicode.Scalar]) -> Int {
        var line = 1
        for (index, scalar) in scalars.enumerated() where line < number && scalar == "\n" {
            line += 1
            if line == number { return index + 1 }
        }
        return line == number ? 0 : scalars.count
    }

    /// The last statement as an assignment of its value to `name` (valid Python only when
    /// it is an expression), on the same lines as in the cell.
    func capturing(into name: String) -> String? {
        guard let line = lastFirstLine else { return nil }
        let code = last.drop { $0 == "\n" }
        return String(repeating: "\n", count: line - 1) + "\(name) = (" + code + "\n)\n"
    }
}

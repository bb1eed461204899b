/// A notebook cell's code split where a notebook decides what to display: everything before
/// the last top-level statement, and that statement, padded with newlines so tracebacks keep
/// the cell's line numbers.
struct CellSource {
    var body: String
    var last: String
    /// nil when the last statement is compound (its inner expressions are never displayed).
    var lastFirstLine: Int?

    init(_ source: String) {
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let final = TypedStatements.group(source).last else {
            body = source
            last = ""
            lastFirstLine = nil
            return
        }
        let start = min(max(final.firstLine - 1, 0), lines.count)
        body = lines[..<start].joined(separator: "\n") + "\n"
        last = String(repeating: "\n", count: start) + lines[start...].joined(separator: "\n") + "\n"
        lastFirstLine = final.isCompound ? nil : final.firstLine
    }

    /// The last statement as an assignment of its value to `name` (valid Python only when
    /// it is an expression), on the same lines as in the cell.
    func capturing(into name: String) -> String? {
        guard let line = lastFirstLine else { return nil }
        let code = last.drop { $0 == "\n" }
        return String(repeating: "\n", count: line - 1) + "\(name) = (" + code + "\n)\n"
    }
}

/// `%who`'s table, in IPython's `%whos` layout: name, type and the runner's one-line summary.
enum WhoTable {
    static func render(_ rows: [Variable]) -> String {
        let header = Variable(name: "Variable", type: "Type", summary: "Data/Info")
        let summaries = rows
        let nameWidth = ([header] + summaries).map(\.name.count).max() ?? 0
        let typeWidth = ([header] + summaries).map(\.type.count).max() ?? 0
        func line(_ row: Variable) -> String {
            pad(row.name, nameWidth) + "   " + pad(row.type, typeWidth) + "   " + row.summary
        }
        let rule = String(repeating: "-", count: nameWidth + typeWidth + 6 + 9)
        return ([line(header), rule] + summaries.map(line)).joined(separator: "\n") + "\n"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(width - text.count, 0))
    }
}

/// `flint test NOTEBOOK.ipynb`: each code cell's output, run afresh, must equal the outputs
/// stored in the notebook (stream text and execute_result text/plain), compared as doctest
/// would: only the exception line of an error, and memory addresses (` at 0x…`) equal
/// whatever their value. With `update`, failing cells get their new outputs.
struct NotebookTester {
    let runner: CodeRunner
    let update: Bool
    let report: (String) -> Void

    /// True when every cell matches.
    func test(_ text: String, path: String) -> Bool {
        let notebook: Notebook
        let json: JSON
        do {
            json = try JSONParser.parse(text)
            notebook = try Notebook(json: text)
        } catch {
            report("\(path): \(error)")
            return false
        }
        let cellRunner = NotebookRunner(runner: runner)
        var replaced: [Int: [CellOutput]] = [:]
        for (index, cell) in notebook.cells.enumerated() where cell.kind == .code {
            let got = cellRunner.run(cell, index: index)
            let expected = Self.comparable(cell.outputs)
            let actual = Self.comparable(got)
            guard expected != actual else { continue }
            replaced[index] = got
            let firstLine = cell.source.split(separator: "\n").first.map(String.init) ?? ""
            let diff = UnifiedDiff.lines(expected: TranscriptText.transcriptLines(expected),
                                         got: TranscriptText.transcriptLines(actual))
            report((["\(path): cell \(index + 1) differs (- expected, + got)", "    " + firstLine] + diff).joined(separator: "\n"))
        }
        guard !replaced.isEmpty else { return true }
        if update { write(json, replacing: replaced, to: path) }
        return false
    }

    /// All of a cell's outputs as one text, addresses hidden.
    private static func comparable(_ outputs: [CellOutput]) -> String {
        outputs.map(\.transcriptText).joined().replacing(#/ at 0x[0-9a-fA-F]+/#, with: " at 0x...")
    }

    private func write(_ json: JSON, replacing outputs: [Int: [CellOutput]], to path: String) {
        guard case .object(var members) = json, let at = members.firstIndex(where: { $0.0 == "cells" }),
              case .array(var cells) = members[at].1 else { return }
        for (index, cellOutputs) in outputs where index < cells.count {
            guard case .object(var cell) = cells[index] else { continue }
            var count = 0
            if case .number(let number)? = cells[index]["execution_count"], number.isFinite, abs(number) < 1e9 {
                count = Int(number)
            }
            let stored = JSON.array(cellOutputs.map { $0.json(executionCount: count) })
            if let slot = cell.firstIndex(where: { $0.0 == "outputs" }) { cell[slot].1 = stored } else { cell.append(("outputs", stored)) }
            cells[index] = .object(cell)
        }
        members[at].1 = .array(cells)
        do {
            try Files.writeAtomically(JSON.object(members).text, to: path)
            report("\(path): updated \(outputs.count) cell\(outputs.count == 1 ? "" : "s")")
        } catch {
            report("\(error)")
        }
    }
}

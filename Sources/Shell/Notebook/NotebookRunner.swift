/// Runs a notebook's code cells in order, as Jupyter's "Run All" does, in one interpreter:
/// printed text becomes a stream output, a final expression's value an execute_result, an
/// uncaught exception an error output.
struct NotebookRunner {
    let runner: CodeRunner

    /// The outputs of `cell`, given to `live` as they happen too (a figure with its chart).
    func run(_ cell: Notebook.Cell, index: Int, live: (CellOutput) -> Void = { _ in },
             figure: (Figure) -> Void = { _ in }) -> [CellOutput] {
        guard cell.kind == .code else { return [] }
        var outputs: [CellOutput] = []
        var printed = ""
        func flushStream() {
            guard !printed.isEmpty else { return }
            outputs.append(.stream(printed))
            live(.stream(printed))
            printed = ""
        }
        do {
            let value = try runner.runCell(Self.withoutSettingMagics(cell.source), filename: "<cell \(index + 1)>") {
                printed += $0
            }
            flushStream()
            if let value {
                outputs.append(.result(value))
                live(.result(value))
            }
        } catch {
            flushStream()
            let output = Self.errorOutput(error)
            outputs.append(output)
            live(output)
        }
        for shown in runner.flushFigures() {
            outputs.append(.display(shown.text))
            figure(shown)
        }
        return outputs
    }

    /// `%matplotlib inline` and `%config …` only set up IPython and print nothing; they are
    /// blanked (keeping line numbers). Other magics stay and fail as Python.
    static func withoutSettingMagics(_ source: String) -> String {
        source.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix("%matplotlib") || line.hasPrefix("%config") ? "" : line
        }.joined(separator: "\n")
    }

    static func errorOutput(_ error: PythonErrorText) -> CellOutput {
        let line = error.exceptionLine
        guard let colon = line.firstRange(of: ": ") else {
            return .error(name: line, value: "", traceback: error.traceback.split(separator: "\n").map(String.init))
        }
        return .error(name: String(line[..<colon.lowerBound]), value: String(line[colon.upperBound...]),
                      traceback: error.traceback.split(separator: "\n").map(String.init))
    }
}

/// `flint record FILE.py`: runs each top-level statement as if typed at the prompt and
/// returns the transcript, exactly as shared/tools/pytranscript.py does under real Python.
public struct Recorder {
    private let runner: CodeRunner

    public init(runner: CodeRunner) {
        self.runner = runner
    }

    /// Throws the file's SyntaxError, if it has one (Python would not run any of it).
    public func record(_ source: String, filename: String) throws(PythonErrorText) -> String {
        try runner.checkSyntax(source, filename: filename)
        let lines = TranscriptText.pythonLines(source)
        var out: [String] = []
        for statement in TypedStatements.group(source) {
            let shown = statement.lines(in: lines).filter { !TranscriptText.isBlank($0) }
            let promptAt = out.count
            for (i, line) in shown.enumerated() {
                out.append((i == 0 ? ">>> " : "... ") + line)
            }
            if statement.isCompound { out.append("...") }

            var printed = ""
            var failure: PythonErrorText?
            do {
                try runner.run(shown.joined(separator: "\n") + "\n", filename: "<stdin>",
                               mode: .interactive) { printed += $0 }
            } catch {
                failure = error
            }
            let expected = TranscriptText.expectedLines(TranscriptText.printed(printed, error: failure))
            if expected.needsEllipsis && promptAt < out.count {
                out[promptAt] += TranscriptText.ellipsisDirective
            }
            out += expected.lines
        }
        return out.joined(separator: "\n") + "\n"
    }
}

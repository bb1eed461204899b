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
        var out: [String] = []
        for statement in Cell(source).statements {
            let promptAt = out.count
            out += statement.shown

            let (printed, failure) = runner.runAsTyped(statement.code)
            let expected = TranscriptText.expectedLines(TranscriptText.printed(printed, error: failure))
            if expected.needsEllipsis && promptAt < out.count {
                out[promptAt] += TranscriptText.ellipsisDirective
            }
            out += expected.lines
        }
        return out.joined(separator: "\n") + "\n"
    }
}

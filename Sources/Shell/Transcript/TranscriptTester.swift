/// `flint test PATH...`: checks transcripts in doctest format (`.txt`), the `>>>` examples
/// of Markdown files and the stored outputs of notebooks, each file in a fresh interpreter, reporting a unified diff for each
/// failing example; with `update`, rewrites the expected output of failing examples.
public struct TranscriptTester {
    public static let fileExtensions = ["txt", "md", "ipynb"]

    private let makeRunner: () -> CodeRunner
    private let update: Bool
    private let report: (String) -> Void

    public init(update: Bool, report: @escaping (String) -> Void, makeRunner: @escaping () -> CodeRunner) {
        self.update = update
        self.report = report
        self.makeRunner = makeRunner
    }

    /// Tests every path (folders recursively, by extension) and returns the file counts.
    public func test(paths: [String]) -> (passed: Int, failed: Int) {
        var passed = 0, failed = 0
        for path in paths {
            let files = Files.isDirectory(path)
                ? Files.walk(path).filter { file in Self.fileExtensions.contains { file.hasSuffix("." + $0) } }
                : [path]
            for file in files {
                if test(file: file) { passed += 1 } else { failed += 1 }
            }
        }
        return (passed, failed)
    }

    /// Tests one file; true when every example passes.
    public func test(file path: String) -> Bool {
        let text: String
        do {
            text = try Files.read(path)
        } catch {
            report("\(error)")
            return false
        }
        if path.hasSuffix(".ipynb") {
            return NotebookTester(runner: makeRunner(), update: update, report: report).test(text, path: path)
        }
        // Universal newlines, as Python reads the file for doctest.
        var lines = text.replacing("\r\n", with: "\n").split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        let examples = DoctestParser.examples(in: path.hasSuffix(".md") ? MarkdownExamples.mask(lines) : lines)
        let runner = makeRunner()
        var rewrites: [(example: DoctestExample, printed: String)] = []
        for example in examples where !example.options.skip {
            var (output, failure) = runner.runAsTyped(example.source)
            // As doctest's _SpoofOut: output that does not end its last line gets a newline.
            if !output.isEmpty && !output.hasSuffix("\n") { output += "\n" }
            if passes(example, output: output, error: failure) { continue }
            let printed = TranscriptText.printed(output, error: failure)
            rewrites.append((example, printed))
            describe(example, in: path, printed: printed, unexpected: failure != nil && example.exceptionMessage == nil)
        }
        guard !rewrites.isEmpty else { return true }
        if update {
            for (example, printed) in rewrites.reversed() {
                rewrite(&lines, example, printed: printed)
            }
            do {
                try Files.writeAtomically(lines.joined(separator: "\n"), to: path)
                report("\(path): updated \(rewrites.count) example\(rewrites.count == 1 ? "" : "s")")
            } catch {
                report("\(error)")
            }
        }
        return false
    }

    /// doctest's rule: output is compared unless the example raised, in which case only the
    /// exception line is compared with the part of the expected traceback after its header.
    private func passes(_ example: DoctestExample, output: String, error: PythonErrorText?) -> Bool {
        guard let error else {
            return OutputChecker.matches(want: example.want, got: output, options: example.options)
        }
        guard let expected = example.exceptionMessage else { return false }
        // Recorders strip the exception line (pytranscript's rstrip), while some messages end
        // in a space (NumPy's broadcast error), so trailing blanks do not count here.
        return OutputChecker.matches(want: trimmedLines(expected), got: trimmedLines(error.exceptionLine + "\n"),
                                     options: example.options)
    }

    private func trimmedLines(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line in String(line.reversed().drop { $0 == " " || $0 == "\t" }.reversed()) }
            .joined(separator: "\n")
    }

    private func describe(_ example: DoctestExample, in path: String, printed: String, unexpected: Bool) {
        var message = ["\(path):\(example.lineNumber): \(unexpected ? "unexpected exception" : "failed example") (- expected, + got)"]
        for (i, line) in example.source.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
            message.append((i == 0 ? "    >>> " : "    ... ") + line)
        }
        let expected = TranscriptText.pythonLines(example.want)
        message += UnifiedDiff.lines(expected: expected, got: TranscriptText.transcriptLines(printed))
        report(message.joined(separator: "\n"))
    }

    private func rewrite(_ lines: inout [String], _ example: DoctestExample, printed: String) {
        let expected = TranscriptText.expectedLines(printed)
        let margin = String(repeating: " ", count: example.indent)
        lines.replaceSubrange(example.wantLines, with: expected.lines.map { margin + $0 })
        let prompt = example.sourceLines.lowerBound
        if expected.needsEllipsis && !example.options.ellipsis && prompt < lines.count {
            lines[prompt] += TranscriptText.ellipsisDirective
        }
    }
}

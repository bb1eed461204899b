/// The rules shared by `record` and `test --update` for writing output into a transcript, as
/// shared/tools/pytranscript.py writes it: an exception becomes doctest's three-line
/// traceback, blank lines become `<BLANKLINE>`, and memory addresses become ` at 0x...` with
/// an ELLIPSIS directive on the statement.
enum TranscriptText {
    static let tracebackHeader = "Traceback (most recent call last):"
    static let blankLine = "<BLANKLINE>"
    static let ellipsisDirective = "  # doctest: +ELLIPSIS"

    /// What the statement printed, followed by its exception if it raised one.
    /// The exception line is right-stripped, as pytranscript.py's `rstrip()` does.
    static func printed(_ output: String, error: PythonErrorText?) -> String {
        guard let error else { return output }
        var line = Substring(error.exceptionLine)
        while let last = line.last, last.isWhitespace { line.removeLast() }
        return output + tracebackHeader + "\n  ...\n" + line + "\n"
    }

    /// The expected-output lines for `printed`, and whether they hide a memory address.
    static func expectedLines(_ printed: String) -> (lines: [String], needsEllipsis: Bool) {
        let hidden = printed.replacing(#/ at 0x[0-9a-fA-F]+/#, with: " at 0x...")
        return (transcriptLines(hidden), hidden != printed)
    }

    /// `text` as transcript lines: blank lines become `<BLANKLINE>`.
    static func transcriptLines(_ text: String) -> [String] {
        pythonLines(text).map { isBlank($0) ? blankLine : $0 }
    }

    /// The line boundaries of Python's `str.splitlines()` (besides `\r\n`).
    private static let lineBreaks: Set<Unicode.Scalar> = [
        "\n", "\r", "\u{0B}", "\u{0C}", "\u{1C}", "\u{1D}", "\u{1E}", "\u{85}", "\u{2028}", "\u{2029}",
    ]

    /// Python's `str.splitlines()`.
    static func pythonLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = ""
        var previousWasReturn = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && previousWasReturn {
                previousWasReturn = false
                continue
            }
            previousWasReturn = scalar == "\r"
            if lineBreaks.contains(scalar) {
                lines.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    static func isBlank(_ line: some StringProtocol) -> Bool {
        line.allSatisfy { $0.isWhitespace }
    }
}

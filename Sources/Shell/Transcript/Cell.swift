/// A block of code that arrives whole (a file to record or `%load`, a paste): split into the
/// statements a user would have typed one by one, so each runs (and echoes) as at the prompt.
struct Cell {
    struct Statement {
        /// Its lines, blank ones left out (as pytranscript.py shows them).
        var lines: [String]
        var isCompound: Bool

        /// As typed at the prompt; a compound statement is closed by a bare `...`.
        var shown: [String] {
            lines.enumerated().map { ($0.offset == 0 ? ">>> " : "... ") + $0.element } + (isCompound ? ["..."] : [])
        }

        var code: String { lines.joined(separator: "\n") + "\n" }
    }

    let statements: [Statement]

    init(_ source: String) {
        let lines = TranscriptText.pythonLines(source)
        statements = TypedStatements.group(source).map { statement in
            Statement(lines: statement.lines(in: lines).filter { !TranscriptText.isBlank($0) },
                      isCompound: statement.isCompound)
        }
    }

    /// A pasted `>>>` transcript reduced to its input lines; other text unchanged.
    static func inputOnly(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard let first = lines.first(where: { !TranscriptText.isBlank($0) }), first.hasPrefix(">>>") else { return text }
        var paste = TranscriptPaste()
        return lines.compactMap { paste.filter($0, continuing: false, moreWaiting: true) }.joined(separator: "\n")
    }
}

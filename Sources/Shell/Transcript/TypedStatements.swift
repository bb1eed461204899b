/// Top-level statements of a file grouped as typed at the prompt, the way
/// shared/tools/pytranscript.py groups `ast.parse(source).body`: a group spans from its first
/// line (decorators included) to the last line of its last statement; statements sharing a
/// line (`a = 1; b = 2`) are one group, and so is a compound statement with its clauses.
struct TypedStatement: Equatable {
    var firstLine: Int
    var lastLine: Int
    /// `for`, `while`, `if`, `with`, `def`, `class`, `try` (also `async` and decorated
    /// forms): the transcript closes these with a bare `...` line.
    var isCompound: Bool
    /// Unicode-scalar offset of the last top-level `;` on a simple statement's line, where its
    /// final statement starts (`a = f(); a`).
    var lastSemicolon: Int?

    /// The statement's physical lines out of the file's lines.
    func lines(in all: [String]) -> ArraySlice<String> {
        let end = min(lastLine, all.count)
        return all[min(max(firstLine - 1, 0), end)..<end]
    }
}

enum TypedStatements {
    private static let clauses: Set<String> = ["else", "elif", "except", "finally"]
    private static let compound: Set<String> = ["for", "while", "if", "with", "def", "class", "try", "async", "@"]

    static func group(_ source: String) -> [TypedStatement] {
        var groups: [TypedStatement] = []
        var decorated = false
        for logical in SourceScanner(source).lines {
            let attaches = logical.indent > 0 || clauses.contains(logical.firstWord) || decorated
            if attaches && !groups.isEmpty {
                groups[groups.count - 1].lastLine = logical.lastLine
                groups[groups.count - 1].lastSemicolon = nil
                if logical.indent == 0 && logical.firstWord != "@" { decorated = false }
                continue
            }
            decorated = logical.firstWord == "@"
            groups.append(TypedStatement(firstLine: logical.firstLine, lastLine: logical.lastLine,
                                         isCompound: compound.contains(logical.firstWord),
                                         lastSemicolon: logical.semicolons.last))
        }
        return groups
    }
}

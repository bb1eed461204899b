// Tokens produced by the Lexer.

enum TokenKind: Equatable {
    case name, int, float, string, fstring, op, newline, indent, dedent, eof
}

struct Token {
    var kind: TokenKind
    /// Identifier, operator, decoded string literal, or raw f-string body.
    var text: String
    var intValue = 0
    /// An int literal beyond 64 bits (`intValue` is then unused).
    var bigValue: BigInt?
    var floatValue = 0.0
    /// For f-strings: whether the literal parts are raw (no escape processing).
    var raw = false
    var line: Int
    var column: Int   // 1-based

    init(_ kind: TokenKind, _ text: String, line: Int, column: Int) {
        self.kind = kind; self.text = text; self.line = line; self.column = column
    }

    func isOp(_ s: String) -> Bool { kind == .op && text == s }
    func isKeyword(_ s: String) -> Bool { kind == .name && text == s }
}

let pythonKeywords: Set<String> = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def",
    "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
]

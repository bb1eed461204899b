/// A small Python tokenizer that only knows what the shell needs: where logical lines begin
/// and end (brackets, strings, backslash continuations, comments), their indentation, and
/// whether the text is unfinished. It lets `record` group statements as Python's `ast` does
/// and lets the echo runner judge completeness without an interpreter.
struct SourceScanner {
    /// One logical line: physical lines `firstLine...lastLine` (1-based).
    struct LogicalLine: Equatable {
        var firstLine: Int
        var lastLine: Int
        var indent: Int
        /// The first word (`for`, `else`, `x`, …) or `@` for a decorator.
        var firstWord: String
        var endsWithColon = false
        /// Unicode-scalar offsets in the source of the `;` that separate its statements.
        var semicolons: [Int] = []
    }

    enum Ending: Equatable {
        /// Everything is closed.
        case closed
        /// An open bracket, an unterminated triple-quoted string or a trailing backslash.
        case open
        /// A closing bracket without its opener, or a one-line string cut by a newline.
        case broken
    }

    private(set) var lines: [LogicalLine] = []
    private(set) var ending: Ending = .closed

    private let text: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var brackets: [Unicode.Scalar] = []
    private var current: LogicalLine?
    private var lastSignificant: Unicode.Scalar = " "
    private var continued = false
    private var openString = false

    init(_ source: String) {
        text = Array(source.unicodeScalars)
        while index < text.count && !openString { step() }
        endLogicalLine()
        if ending != .broken && (!brackets.isEmpty || continued || openString) { ending = .open }
    }

    private mutating func step() {
        let c = text[index]
        switch c {
        case "\n":
            if brackets.isEmpty && !continued { endLogicalLine() }
            continued = false
            line += 1
            index += 1
            return
        case " ", "\t", "\r", "\u{0C}":
            index += 1
            return
        case "#":
            while index < text.count && text[index] != "\n" { index += 1 }
            return
        default:
            break
        }
        continued = false
        if current == nil { beginLogicalLine(at: c) }
        current?.lastLine = line
        lastSignificant = c
        switch c {
        case "\\":
            continued = index + 1 < text.count && text[index + 1] == "\n"
            index += 1
        case "(", "[", "{":
            brackets.append(c)
            index += 1
        case ")", "]", "}":
            let opener: Unicode.Scalar = c == ")" ? "(" : c == "]" ? "[" : "{"
            if brackets.last == opener { brackets.removeLast() } else { ending = .broken }
            index += 1
        case "\"", "'":
            skipString(quote: c)
            current?.lastLine = line
        case ";":
            if brackets.isEmpty { current?.semicolons.append(index) }
            index += 1
        default:
            index += 1
        }
    }

    private mutating func skipString(quote: Unicode.Scalar) {
        let triple = index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote
        index += triple ? 3 : 1
        while index < text.count {
            let s = text[index]
            if s == "\\" {
                if index + 1 < text.count && text[index + 1] == "\n" { line += 1 }
                index += 2
                continue
            }
            if s == "\n" {
                if !triple { ending = .broken; return }
                line += 1
            } else if s == quote {
                if !triple { index += 1; return }
                if index + 2 < text.count && text[index + 1] == quote && text[index + 2] == quote {
                    index += 3
                    return
                }
            }
            index += 1
        }
        if triple { openString = true } else { ending = .broken }
    }

    private mutating func beginLogicalLine(at c: Unicode.Scalar) {
        var column = 0
        var back = index - 1
        while back >= 0 && text[back] != "\n" { column += 1; back -= 1 }
        var word = c == "@" ? "@" : ""
        var ahead = index
        while c != "@" && ahead < text.count && Self.isIdentifier(text[ahead]) {
            word.unicodeScalars.append(text[ahead])
            ahead += 1
        }
        current = LogicalLine(firstLine: line, lastLine: line, indent: column, firstWord: word)
    }

    private mutating func endLogicalLine() {
        guard var finished = current else { return }
        finished.endsWithColon = lastSignificant == ":"
        lines.append(finished)
        current = nil
    }

    private static func isIdentifier(_ c: Unicode.Scalar) -> Bool {
        c == "_" || c.properties.isAlphabetic || ("0"..."9").contains(c)
    }
}

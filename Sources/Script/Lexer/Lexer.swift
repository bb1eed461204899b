// Source text to tokens, with Python's INDENT/DEDENT rules and CPython's error messages.

struct Lexer {
    private let src: [UInt8]
    private let lines: [Substring]
    private var i = 0
    private var line = 1
    private var lineStart = 0
    private var indents = [0]
    private var brackets: [(UInt8, Int, Int)] = []   // opener, line, column
    private var tokens: [Token] = []
    private var atLineStart = true
    let file: String
    /// An unclosed bracket at end of input; reported only if the parser finds nothing earlier,
    /// as CPython's lazy tokenizer does.
    private(set) var unclosedBracket: PyError?

    init(_ source: String, file: String = "<stdin>") {
        src = Array(source.utf8)
        lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        self.file = file
    }

    private func lineText(_ n: Int) -> String { n - 1 < lines.count && n >= 1 ? String(lines[n - 1]) : "" }

    private func error(_ msg: String, line l: Int? = nil, column: Int? = nil, cls: PyClass = SyntaxErrorClass) -> PyError {
        let ln = l ?? line
        return PyError.syntaxError(msg, line: ln, column: column ?? (i - lineStart + 1), text: lineText(ln), file: file, cls: cls)
    }

    private func peek(_ k: Int = 0) -> UInt8 { i + k < src.count ? src[i + k] : 0 }

    mutating func tokenize() throws(PyError) -> [Token] {
        while i < src.count {
            if atLineStart && brackets.isEmpty {
                try handleIndentation()
                if i >= src.count { break }
            }
            let c = src[i]
            let col = i - lineStart + 1
            switch c {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0c, UInt8(ascii: "\r"):
                i += 1
            case UInt8(ascii: "#"):
                while i < src.count && src[i] != UInt8(ascii: "\n") { i += 1 }
            case UInt8(ascii: "\n"):
                if brackets.isEmpty, let last = tokens.last, last.kind != .newline {
                    tokens.append(Token(.newline, "", line: line, column: col))
                }
                // Inside brackets a new line is a continuation: it never starts a logical line.
                i += 1; line += 1; lineStart = i; atLineStart = brackets.isEmpty
            case UInt8(ascii: "\\"):
                if peek(1) == UInt8(ascii: "\n") { i += 2; line += 1; lineStart = i }
                else if peek(1) == UInt8(ascii: "\r") && peek(2) == UInt8(ascii: "\n") { i += 3; line += 1; lineStart = i }
                else if i + 1 >= src.count { throw error("unexpected EOF while parsing") }
                else { throw error("unexpected character after line continuation character") }
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                try number()
            case UInt8(ascii: "."):
                if peek(1) >= UInt8(ascii: "0") && peek(1) <= UInt8(ascii: "9") { try number() }
                else if peek(1) == UInt8(ascii: ".") && peek(2) == UInt8(ascii: ".") { tokens.append(Token(.op, "...", line: line, column: col)); i += 3 }
                else { tokens.append(Token(.op, ".", line: line, column: col)); i += 1 }
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                try string(prefix: "", start: i)
            default:
                if isIdentStart(c) {
                    let start = i
                    while i < src.count && isIdentChar(src[i]) { i += 1 }
                    let word = String(decoding: src[start..<i], as: UTF8.self)
                    if i < src.count && (src[i] == UInt8(ascii: "\"") || src[i] == UInt8(ascii: "'")) && word.count <= 2,
                       word.lowercased().allSatisfy({ "rfbu".contains($0) }) {
                        try string(prefix: word.lowercased(), start: start)
                    } else {
                        tokens.append(Token(.name, word, line: line, column: col))
                    }
                } else {
                    try op(col)
                }
            }
        }
        if let (opener, l, c) = brackets.last {
            unclosedBracket = error("'\(Character(Unicode.Scalar(opener)))' was never closed", line: l, column: c)
        }
        let col = i - lineStart + 1
        if let last = tokens.last, last.kind != .newline { tokens.append(Token(.newline, "", line: line, column: col)) }
        while indents.count > 1 { indents.removeLast(); tokens.append(Token(.dedent, "", line: line, column: col)) }
        tokens.append(Token(.eof, "", line: line, column: col))
        return tokens
    }

    private func isIdentStart(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z")) || c == UInt8(ascii: "_") || c >= 0x80
    }
    private func isIdentChar(_ c: UInt8) -> Bool { isIdentStart(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) }

    private mutating func handleIndentation() throws(PyError) {
        atLineStart = false
        var width = 0
        var j = i
        while j < src.count {
            if src[j] == UInt8(ascii: " ") { width += 1 } else if src[j] == UInt8(ascii: "\t") { width = (width / 8 + 1) * 8 }
            else if src[j] == 0x0c { width = 0 } else { break }
            j += 1
        }
        // Blank and comment-only lines do not affect indentation.
        if j >= src.count || src[j] == UInt8(ascii: "\n") || src[j] == UInt8(ascii: "#") || src[j] == UInt8(ascii: "\r") {
            i = j
            return
        }
        i = j
        let col = i - lineStart + 1
        let current = indents.last ?? 0
        if width > current {
            if tokens.isEmpty || tokens.last?.kind != .newline { throw error("unexpected indent", cls: IndentationErrorClass) }
            indents.append(width)
            tokens.append(Token(.indent, "", line: line, column: col))
        } else if width < current {
            while let top = indents.last, top > width {
                indents.removeLast()
                tokens.append(Token(.dedent, "", line: line, column: col))
            }
            if indents.last != width {
                throw error("unindent does not match any outer indentation level", cls: IndentationErrorClass)
            }
        }
    }

    private mutating func number() throws(PyError) {
        let start = i
        let col = i - lineStart + 1
        func digits(_ ok: (UInt8) -> Bool) -> String {
            var s = ""
            while i < src.count && (ok(src[i]) || src[i] == UInt8(ascii: "_")) {
                if src[i] != UInt8(ascii: "_") { s.append(Character(Unicode.Scalar(src[i]))) }
                i += 1
            }
            return s
        }
        let isDigit = { (c: UInt8) in c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }
        if src[i] == UInt8(ascii: "0"), let radixChar = i + 1 < src.count ? src[i + 1] | 0x20 : nil,
           radixChar == UInt8(ascii: "x") || radixChar == UInt8(ascii: "o") || radixChar == UInt8(ascii: "b") {
            i += 2
            let radix = radixChar == UInt8(ascii: "x") ? 16 : radixChar == UInt8(ascii: "o") ? 8 : 2
            let d = digits { c in Int(String(Character(Unicode.Scalar(c))), radix: radix) != nil }
            guard let v = BigInt(digits: d, radix: radix) else { throw error("invalid \(radix == 16 ? "hexadecimal" : radix == 8 ? "octal" : "binary") literal") }
            tokens.append(intToken(d, v, line: line, column: col))
            return
        }
        var text = digits(isDigit)
        var isFloat = false
        if i < src.count && src[i] == UInt8(ascii: ".") && !(peek(1) == UInt8(ascii: ".")) {
            isFloat = true; i += 1; text += "." + digits(isDigit)
        }
        if i < src.count && (src[i] | 0x20) == UInt8(ascii: "e") {
            let save = i
            i += 1
            var exp = "e"
            if i < src.count && (src[i] == UInt8(ascii: "+") || src[i] == UInt8(ascii: "-")) { exp.append(Character(Unicode.Scalar(src[i]))); i += 1 }
            let d = digits(isDigit)
            if d.isEmpty { i = save } else { isFloat = true; text += exp + d }
        }
        if i < src.count && (src[i] | 0x20) == UInt8(ascii: "j") { throw error("complex numbers are not supported") }
        if i < src.count && isIdentStart(src[i]) { throw error("invalid decimal literal", column: start - lineStart + 1) }
        if isFloat {
            var t = Token(.float, text, line: line, column: col); t.floatValue = Double(text) ?? 0
            tokens.append(t)
        } else if case let limit = intMaxStrDigits.load(ordering: .relaxed), limit > 0, text.utf8.count > limit {
            throw error(digitLimitError(limit, digits: text.utf8.count).message + " - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.")
        } else if let v = BigInt(digits: text, radix: 10) {
            tokens.append(intToken(text, v, line: line, column: col))
        } else {
            throw error("invalid decimal literal")
        }
    }

    private func intToken(_ text: String, _ v: BigInt, line: Int, column: Int) -> Token {
        var t = Token(.int, text, line: line, column: column)
        if let i = v.asInt { t.intValue = i } else { t.bigValue = v }
        return t
    }

    private static let threeCharOps: Set<String> = ["**=", "//=", ">>=", "<<=", "..."]
    private static let twoCharOps: Set<String> = ["**", "//", "==", "!=", "<=", ">=", "<<", ">>", "+=", "-=", "*=", "/=",
                                                   "%=", "&=", "|=", "^=", "@=", "->", ":="]

    private mutating func op(_ col: Int) throws(PyError) {
        func text(_ n: Int) -> String { String(decoding: src[i..<min(i + n, src.count)], as: UTF8.self) }
        let c = src[i]
        if Self.threeCharOps.contains(text(3)) { tokens.append(Token(.op, text(3), line: line, column: col)); i += 3; return }
        if Self.twoCharOps.contains(text(2)) { tokens.append(Token(.op, text(2), line: line, column: col)); i += 2; return }
        switch c {
        case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
            if brackets.count >= 200 { throw error("too many nested parentheses", column: col) }
            brackets.append((c, line, col))
        case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
            guard let (opener, l, _) = brackets.popLast() else { throw error("unmatched '\(Character(Unicode.Scalar(c)))'", column: col) }
            let expected: UInt8 = opener == UInt8(ascii: "(") ? UInt8(ascii: ")") : opener == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
            if c != expected {
                let o = Character(Unicode.Scalar(opener)), cl = Character(Unicode.Scalar(c))
                let suffix = l == line ? "" : " on line \(l)"
                throw error("closing parenthesis '\(cl)' does not match opening parenthesis '\(o)'\(suffix)", column: col)
            }
        case UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "/"), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "&"), UInt8(ascii: "|"), UInt8(ascii: "^"), UInt8(ascii: "~"), UInt8(ascii: "<"), UInt8(ascii: ">"),
             UInt8(ascii: "="), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: ";"), UInt8(ascii: "."):
            break
        case UInt8(ascii: "!"):
            throw error("invalid syntax", column: col)
        default:
            let scalarText = String(decoding: src[i..<min(i + 4, src.count)], as: UTF8.self).unicodeScalars.first.map { String($0) } ?? "?"
            throw error("invalid character '\(scalarText)' (U+\(String(scalarText.unicodeScalars.first?.value ?? 0, radix: 16, uppercase: true)))", column: col)
        }
        tokens.append(Token(.op, String(Character(Unicode.Scalar(c))), line: line, column: col))
        i += 1
    }

    private mutating func string(prefix: String, start: Int) throws(PyError) {
        let col = start - lineStart + 1
        let startLine = line
        i = start + prefix.utf8.count
        let quote = src[i]
        let triple = peek(1) == quote && peek(2) == quote
        i += triple ? 3 : 1
        let bodyStart = i
        let raw = prefix.contains("r")
        while true {
            guard i < src.count else {
                let detected = src.last == UInt8(ascii: "\n") ? max(startLine, line - 1) : line
                if triple { throw error("unterminated triple-quoted string literal (detected at line \(detected))", line: startLine, column: col) }
                throw error("unterminated string literal (detected at line \(line))", line: startLine, column: col)
            }
            let c = src[i]
            if c == UInt8(ascii: "\\") {
                if peek(1) == UInt8(ascii: "\n") { line += 1; lineStart = i + 2 }
                i += 2
                continue
            }
            if c == UInt8(ascii: "\n") {
                if !triple { throw error("unterminated string literal (detected at line \(line))", line: startLine, column: col) }
                line += 1; lineStart = i + 1
            }
            if c == quote && (!triple || (peek(1) == quote && peek(2) == quote)) { break }
            i += 1
        }
        let body = String(decoding: src[bodyStart..<i], as: UTF8.self)
        i += triple ? 3 : 1
        if prefix.contains("f") {
            var t = Token(.fstring, body, line: startLine, column: col)
            t.raw = raw
            tokens.append(t)
        } else {
            tokens.append(Token(.string, raw ? body : decodeEscapes(body), line: startLine, column: col))
        }
    }
}

/// Processes backslash escapes of a (non-raw) string literal body.
func decodeEscapes(_ body: String) -> String {
    guard body.contains("\\") else { return body }
    var out = String.UnicodeScalarView()
    var it = Array(body.unicodeScalars)[...]
    while let c = it.popFirst() {
        guard c == "\\", let e = it.popFirst() else { out.append(c); continue }
        switch e {
        case "n": out.append("\n")
        case "t": out.append("\t")
        case "r": out.append("\r")
        case "\\": out.append("\\")
        case "'": out.append("'")
        case "\"": out.append("\"")
        case "\n": break
        case "a": out.append("\u{07}")
        case "b": out.append("\u{08}")
        case "f": out.append("\u{0c}")
        case "v": out.append("\u{0b}")
        case "0"..."7":
            var digits = String(e)
            while digits.count < 3, let d = it.first, ("0"..."7").contains(d) { digits.unicodeScalars.append(d); it.removeFirst() }
            if let v = UInt32(digits, radix: 8), let s = Unicode.Scalar(v) { out.append(s) }
        case "x", "u", "U":
            let n = e == "x" ? 2 : e == "u" ? 4 : 8
            let hex = String(String.UnicodeScalarView(it.prefix(n)))
            if hex.count == n, let v = UInt32(hex, radix: 16), let s = Unicode.Scalar(v) {
                out.append(s); it.removeFirst(n)
            } else { out.append("\\"); out.append(e) }
        default:
            out.append("\\"); out.append(e)
        }
    }
    return String(out)
}

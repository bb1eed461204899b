// f-string bodies: literal text, {expression!conversion:spec} fields, {{ and }} escapes, {x=} debugging.

extension Parser {
    mutating func parseFString(_ t: Token) throws(PyError) -> [FStringPart] {
        let chars = Array(t.text)
        var i = 0
        return try fstringParts(chars, &i, token: t, nested: false)
    }

    private mutating func fstringParts(_ chars: [Character], _ i: inout Int, token t: Token, nested: Bool) throws(PyError) -> [FStringPart] {
        var parts: [FStringPart] = []
        var literal = ""
        func flush() {
            if !literal.isEmpty { parts.append(.literal(t.raw ? literal : decodeEscapes(literal))); literal = "" }
        }
        while i < chars.count {
            let c = chars[i]
            if c == "}" {
                if nested { break }
                guard i + 1 < chars.count, chars[i + 1] == "}" else { throw error("f-string: single '}' is not allowed", at: t) }
                literal.append("}"); i += 2; continue
            }
            if c == "{" {
                if !nested, i + 1 < chars.count, chars[i + 1] == "{" { literal.append("{"); i += 2; continue }
                flush()
                i += 1
                parts += try field(chars, &i, token: t)
                continue
            }
            literal.append(c); i += 1
        }
        flush()
        return parts
    }

    private mutating func field(_ chars: [Character], _ i: inout Int, token t: Token) throws(PyError) -> [FStringPart] {
        var depth = 0
        var quote: Character?
        let start = i
        while i < chars.count {
            let c = chars[i]
            if let q = quote { if c == q { quote = nil }; i += 1; continue }
            if c == "'" || c == "\"" { quote = c }
            else if c == "(" || c == "[" || c == "{" { depth += 1 }
            else if c == ")" || c == "]" || c == "}" {
                if depth == 0 { break }
                depth -= 1
            } else if depth == 0 && c == "!" && i + 1 < chars.count && chars[i + 1] != "=" { break }
            else if depth == 0 && c == ":" { break }
            i += 1
        }
        guard i < chars.count else { throw error("f-string: expecting '}'", at: t) }
        var exprText = String(chars[start..<i])
        var prefix: String?
        let trimmed = exprText.trimmingSpaces
        if trimmed.hasSuffix("="), !["==", "!=", "<=", ">="].contains(where: { trimmed.hasSuffix($0) }) {
            prefix = exprText
            exprText = String(trimmed.dropLast())
        }
        if exprText.trimmingSpaces.isEmpty { throw error("f-string: empty expression not allowed", at: t) }
        let expr = try parseEmbedded(exprText, token: t)
        var conversion: Character?
        if chars[i] == "!" {
            guard i + 1 < chars.count, "rsa".contains(chars[i + 1]) else { throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: t) }
            conversion = chars[i + 1]
            i += 2
        } else if prefix != nil {
            conversion = "r"
        }
        var spec: [FStringPart] = []
        if i < chars.count && chars[i] == ":" {
            i += 1
            spec = try fstringParts(chars, &i, token: t, nested: true)
            if prefix != nil && conversion == "r" && !spec.isEmpty { conversion = nil }
        }
        guard i < chars.count, chars[i] == "}" else { throw error("f-string: expecting '}'", at: t) }
        i += 1
        var parts: [FStringPart] = []
        if let p = prefix { parts.append(.literal(p)) }
        parts.append(.field(expr, conversion: conversion, spec: spec))
        return parts
    }

    private mutating func parseEmbedded(_ text: String, token t: Token) throws(PyError) -> Expr {
        var lexer = Lexer("(" + text + ")", file: file)
        var sub = Parser(tokens: try lexer.tokenize(), source: text, file: file)
        for k in sub.tokens.indices { sub.tokens[k].line = t.line }
        let e = try sub.expressionList()
        guard sub.tok.kind == .newline || sub.tok.kind == .eof else { throw error("f-string: invalid syntax", at: t) }
        return e
    }
}

extension String {
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let a = scalars.firstIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }) else { return "" }
        let b = scalars.lastIndex(where: { $0 != " " && $0 != "\t" && $0 != "\n" && $0 != "\r" }) ?? a
        return String(scalars[a...b])
    }
}

// The `match` statement (PEP 634): `match` is a soft keyword, so a line is a match statement only
// when a subject, `:` and an indented `case` follow; otherwise `match` is an ordinary name.

extension Parser {
    /// `match subject:` and its cases, or nil (nothing consumed) when `match` is a name here.
    mutating func matchStatement() throws(PyError) -> Stmt? {
        let start = pos, flags = (hitEOF, needsMoreLines)
        let line = advance().line
        let subject: Expr
        do throws(PyError) {
            subject = try expressionList(allowStar: true)
            guard tok.isOp(":"), peekToken(1).kind == .newline else { throw error() }
        } catch {
            pos = start
            (hitEOF, needsMoreLines) = flags
            return nil
        }
        _ = advance()
        _ = advance()
        guard tok.kind == .indent, peekToken(1).isKeyword("case") else {
            if tok.kind == .eof { throw error("expected an indented block after 'match' statement on line \(line)", cls: IndentationErrorClass) }
            pos = start
            (hitEOF, needsMoreLines) = flags
            return nil
        }
        _ = advance()
        var cases: [MatchCase] = []
        while tok.isKeyword("case") {
            let caseLine = advance().line
            let pattern = try casePattern()
            let guardExpr: Expr? = acceptKeyword("if") ? try namedExpression() : nil
            let body = try block(after: "'case' statement", line: caseLine)
            cases.append(MatchCase(pattern: pattern, guardExpr: guardExpr, body: body))
            while tok.kind == .newline { _ = advance() }
        }
        guard acceptDedent() || tok.kind == .eof else { throw error() }
        return Stmt(kind: .match(subject, cases), line: line)
    }

    /// A case's pattern: `case a, *rest:` is a sequence without brackets.
    private mutating func casePattern() throws(PyError) -> Pattern {
        let first = try asPattern()
        guard tok.isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if tok.isOp(":") || tok.isKeyword("if") { break }
            items.append(try asPattern())
        }
        return .sequence(items)
    }

    private mutating func asPattern() throws(PyError) -> Pattern {
        var alternatives = [try closedPattern()]
        while acceptOp("|") { alternatives.append(try closedPattern()) }
        let p = alternatives.count == 1 ? alternatives[0] : .or(alternatives)
        return acceptKeyword("as") ? .capturing(p, try expectName()) : p
    }

    private mutating func closedPattern() throws(PyError) -> Pattern {
        let t = tok
        if acceptOp("*") {
            let name = try expectName()
            return .star(name == "_" ? nil : name)
        }
        if acceptOp("(") {
            if acceptOp(")") { return .sequence([]) }
            let p = try asPattern()
            if acceptOp(")") { return p }
            var items = [p]
            while acceptOp(",") {
                if tok.isOp(")") { break }
                items.append(try asPattern())
            }
            try expectOp(")")
            return .sequence(items)
        }
        if acceptOp("[") {
            var items: [Pattern] = []
            while !tok.isOp("]") {
                items.append(try asPattern())
                if !acceptOp(",") { break }
            }
            try expectOp("]")
            return .sequence(items)
        }
        if acceptOp("{") { return try mappingPattern() }
        if t.kind == .name {
            switch t.text {
            case "None": _ = advance(); return .singleton(.none)
            case "True": _ = advance(); return .singleton(.bool(true))
            case "False": _ = advance(); return .singleton(.bool(false))
            default: break
            }
            let name = try expectName()
            var e = Expr.name(name, Position(line: t.line, column: t.column))
            var dotted = false
            while tok.isOp(".") {
                let dot = advance()
                e = .attribute(e, try expectName(), Position(line: dot.line, column: dot.column))
                dotted = true
            }
            if acceptOp("(") { return try classPattern(e) }
            if dotted { return .value(e) }
            return name == "_" ? .wildcard : .capture(name)
        }
        if t.kind == .int || t.kind == .float || t.kind == .string || t.isOp("-") { return .value(try arith()) }
        throw error()
    }

    private mutating func classPattern(_ cls: Expr) throws(PyError) -> Pattern {
        var positional: [Pattern] = []
        var keywords: [(String, Pattern)] = []
        while !tok.isOp(")") {
            if tok.kind == .name && peekToken(1).isOp("=") {
                let name = advance().text
                _ = advance()
                keywords.append((name, try asPattern()))
            } else {
                if !keywords.isEmpty { throw error("positional patterns follow keyword patterns") }
                positional.append(try asPattern())
            }
            if !acceptOp(",") { break }
        }
        try expectOp(")")
        return .classPattern(cls, positional, keywords)
    }

    private mutating func mappingPattern() throws(PyError) -> Pattern {
        var entries: [(Expr, Pattern)] = []
        var rest: String?
        while !tok.isOp("}") {
            if acceptOp("**") {
                rest = try expectName()
            } else {
                let key: Expr
                switch try closedPattern() {
                case .value(let e): key = e
                case .singleton(let v): key = .constant(v)
                default: throw error("mapping pattern keys may only match literals and attribute lookups")
                }
                try expectOp(":")
                entries.append((key, try asPattern()))
            }
            if !acceptOp(",") { break }
        }
        try expectOp("}")
        return .mapping(entries, rest: rest)
    }
}

// Expressions, with Python's operator precedence.

extension Parser {
    /// `a, b, *c` — a bare tuple when there is a comma.
    mutating func expressionList(allowStar: Bool = true) throws(PyError) -> Expr {
        let first = try starOrExpression(allowStar)
        guard tok.isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if atExpressionEnd { break }
            items.append(try starOrExpression(allowStar))
        }
        return .tuple(items)
    }

    var atExpressionEnd: Bool {
        tok.kind == .newline || tok.kind == .eof || tok.isOp("=") || tok.isOp(")") || tok.isOp("]") || tok.isOp("}")
            || tok.isOp(":") || tok.isOp(";") || (tok.kind == .op && tok.text.count >= 2 && tok.text.hasSuffix("=") && !["==", "!=", "<=", ">="].contains(tok.text))
            || tok.isKeyword("in")
    }

    mutating func starOrExpression(_ allowStar: Bool) throws(PyError) -> Expr {
        if allowStar && acceptOp("*") { return .starred(try bitOr()) }
        return try namedExpression()
    }

    /// The target of a `for` loop or comprehension.
    mutating func targetList() throws(PyError) -> Expr {
        var items: [Expr] = []
        repeat {
            if tok.isKeyword("in") { break }
            if acceptOp("*") { items.append(.starred(try primaryWithTrailers())) } else { items.append(try bitOr()) }
        } while acceptOp(",")
        let e: Expr = items.count == 1 && !(peekToken(-1).isOp(",")) ? items[0] : .tuple(items)
        try checkTarget(e)
        return e
    }

    mutating func namedExpression() throws(PyError) -> Expr {
        if tok.kind == .name && peekToken(1).isOp(":=") {
            let t = advance()
            _ = advance()
            return .walrus(t.text, try expression(), Position(line: t.line, column: t.column))
        }
        return try expression()
    }

    mutating func expression() throws(PyError) -> Expr {
        if tok.isKeyword("lambda") { return try lambda() }
        let cond = try orTest()
        if tok.isKeyword("if") {
            // A conditional expression unless this `if` belongs to a comprehension (no `else` follows).
            let save = pos
            _ = advance()
            let test = try orTest()
            guard acceptKeyword("else") else { pos = save; return cond }
            return .ifElse(test, cond, try expression())
        }
        return cond
    }

    mutating func lambda() throws(PyError) -> Expr {
        let line = advance().line
        let params = try parameters(closer: ":")
        try expectOp(":")
        let body = try expression()
        let def = FunctionDef(name: "<lambda>", params: params, body: [Stmt(kind: .returnValue(body), line: line)], decorators: [], line: line)
        return .lambda(def)
    }

    mutating func yieldExpression() throws(PyError) -> Expr {
        _ = advance()
        if acceptKeyword("from") { return .yieldFrom(try expression()) }
        if atExpressionEnd || tok.isOp(")") { return .yield(nil) }
        return .yield(try expressionList())
    }

    mutating func orTest() throws(PyError) -> Expr {
        let first = try andTest()
        guard tok.isKeyword("or") else { return first }
        var items = [first]
        while acceptKeyword("or") { items.append(try andTest()) }
        return .or(items)
    }

    mutating func andTest() throws(PyError) -> Expr {
        let first = try notTest()
        guard tok.isKeyword("and") else { return first }
        var items = [first]
        while acceptKeyword("and") { items.append(try notTest()) }
        return .and(items)
    }

    mutating func notTest() throws(PyError) -> Expr {
        if stackAddress() < stackLimit { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded during compilation") }
        if tok.isKeyword("not") {
            let t = advance()
            return .unary(.not, try notTest(), Position(line: t.line, column: t.column))
        }
        return try comparison()
    }

    mutating func comparison() throws(PyError) -> Expr {
        let first = try bitOr()
        let start = Position(line: tok.line, column: tok.column)
        var ops: [(CompareOp, Expr)] = []
        while true {
            var op: CompareOp?
            if tok.kind == .op, let o = CompareOp(rawValue: tok.text), o != .in, o != .is { op = o; _ = advance() }
            else if tok.isKeyword("in") { op = .in; _ = advance() }
            else if tok.isKeyword("not") && peekToken(1).isKeyword("in") { op = .notIn; _ = advance(); _ = advance() }
            else if tok.isKeyword("is") {
                _ = advance()
                op = acceptKeyword("not") ? .isNot : .is
            }
            guard let o = op else { break }
            ops.append((o, try bitOr()))
        }
        return ops.isEmpty ? first : .compare(first, ops, start)
    }

    private mutating func binaryLevel(_ ops: [String], _ next: (inout Parser) throws(PyError) -> Expr) throws(PyError) -> Expr {
        var left = try next(&self)
        var length = 0
        while tok.kind == .op, ops.contains(tok.text), let op = BinaryOp(rawValue: tok.text) {
            // Operator chains build left-deep trees; keep them within what recursion over the tree can handle.
            length += 1
            if length > 400 { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded during compilation") }
            let t = advance()
            let right = try next(&self)
            left = .binary(op, left, right, Position(line: t.line, column: t.column))
        }
        return left
    }

    mutating func bitOr() throws(PyError) -> Expr { try binaryLevel(["|"]) { (p: inout Parser) throws(PyError) in try p.bitXor() } }
    mutating func bitXor() throws(PyError) -> Expr { try binaryLevel(["^"]) { (p: inout Parser) throws(PyError) in try p.bitAnd() } }
    mutating func bitAnd() throws(PyError) -> Expr { try binaryLevel(["&"]) { (p: inout Parser) throws(PyError) in try p.shift() } }
    mutating func shift() throws(PyError) -> Expr { try binaryLevel(["<<", ">>"]) { (p: inout Parser) throws(PyError) in try p.arith() } }
    mutating func arith() throws(PyError) -> Expr { try binaryLevel(["+", "-"]) { (p: inout Parser) throws(PyError) in try p.term() } }
    mutating func term() throws(PyError) -> Expr {
        try binaryLevel(["*", "/", "//", "%", "@"]) { (p: inout Parser) throws(PyError) in try p.factor() }
    }

    mutating func factor() throws(PyError) -> Expr {
        if stackAddress() < stackLimit { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded during compilation") }
        if tok.kind == .op, tok.text == "-" || tok.text == "+" || tok.text == "~" {
            let t = advance()
            let operand = try factor()
            let p = Position(line: t.line, column: t.column)
            if t.text == "-", case .constant(let c) = operand {
                if case .int(let i) = c { return .constant(i == Int.min ? .bigInt(-BigInt(i)) : .int(-i)) }
                if case .bigInt(let b) = c { return .constant(.integer(-b)) }
                if case .float(let d) = c { return .constant(.float(-d)) }
            }
            return .unary(t.text == "-" ? .neg : t.text == "+" ? .pos : .invert, operand, p)
        }
        return try power()
    }

    mutating func power() throws(PyError) -> Expr {
        let base = try primaryWithTrailers()
        if tok.isOp("**") {
            let t = advance()
            return .binary(.pow, base, try factor(), Position(line: t.line, column: t.column))
        }
        return base
    }

    mutating func primaryWithTrailers() throws(PyError) -> Expr {
        var e = try atom()
        while true {
            let t = tok
            let p = Position(line: t.line, column: t.column)
            if acceptOp("(") {
                let args = try callArguments()
                try expectOp(")")
                e = .call(e, args, p)
            } else if acceptOp("[") {
                let index = try subscriptList()
                try expectOp("]")
                e = .item(e, index, p)
            } else if acceptOp(".") {
                e = .attribute(e, try expectName(), p)
            } else {
                return e
            }
        }
    }

    mutating func subscriptList() throws(PyError) -> Expr {
        let first = try sliceItem()
        guard tok.isOp(",") else { return first }
        var items = [first]
        while acceptOp(",") {
            if tok.isOp("]") { break }
            items.append(try sliceItem())
        }
        return .tuple(items)
    }

    mutating func sliceItem() throws(PyError) -> Expr {
        var lower: Expr?
        if !tok.isOp(":") {
            lower = try starOrExpression(true)
            if !tok.isOp(":") { return lower ?? .constant(.none) }
        }
        _ = advance()
        let upper: Expr? = tok.isOp(":") || tok.isOp("]") || tok.isOp(",") ? nil : try expression()
        var step: Expr?
        if acceptOp(":") { step = tok.isOp("]") || tok.isOp(",") ? nil : try expression() }
        return .slice(lower, upper, step)
    }

    mutating func callArguments() throws(PyError) -> [Argument] {
        var args: [Argument] = []
        while !tok.isOp(")") {
            if acceptOp("**") { args.append(.doubleStar(try expression())) }
            else if acceptOp("*") { args.append(.star(try expression())) }
            else if tok.kind == .name && peekToken(1).isOp("=") {
                let nameToken = advance()
                let name = nameToken.text
                if args.contains(where: { if case .keyword(name, _) = $0 { return true } else { return false } }) {
                    throw error("keyword argument repeated: \(name)", at: nameToken)
                }
                _ = advance()
                args.append(.keyword(name, try expression()))
            } else {
                let e = try namedExpression()
                if tok.isKeyword("for") {
                    args.append(.positional(.comprehension(try comprehensionTail(.generator, e, nil))))
                } else {
                    args.append(.positional(e))
                }
            }
            if !acceptOp(",") { break }
        }
        return args
    }

    mutating func comprehensionTail(_ kind: Comprehension.Kind, _ element: Expr, _ value: Expr?) throws(PyError) -> Comprehension {
        let line = tok.line
        var gens: [ComprehensionFor] = []
        while acceptKeyword("for") {
            let target = try targetList()
            guard acceptKeyword("in") else { throw error() }
            let iter = try orTest()
            var conds: [Expr] = []
            while tok.isKeyword("if") { _ = advance(); conds.append(try orTestNoCond()) }
            gens.append(ComprehensionFor(target: target, iter: iter, conditions: conds))
        }
        return Comprehension(kind: kind, element: element, value: value, generators: gens, line: line)
    }

    mutating func orTestNoCond() throws(PyError) -> Expr { try orTest() }

    mutating func atom() throws(PyError) -> Expr {
        let t = tok
        let p = Position(line: t.line, column: t.column)
        switch t.kind {
        case .int: _ = advance(); return .constant(t.bigValue.map { .bigInt($0) } ?? .int(t.intValue))
        case .float: _ = advance(); return .constant(.float(t.floatValue))
        case .string, .fstring: return try strings()
        case .name:
            switch t.text {
            case "None": _ = advance(); return .constant(.none)
            case "True": _ = advance(); return .constant(.bool(true))
            case "False": _ = advance(); return .constant(.bool(false))
            case "yield": return try yieldExpression()
            default:
                if pythonKeywords.contains(t.text) { throw error() }
                _ = advance()
                return .name(t.text, p)
            }
        case .op:
            switch t.text {
            case "(":
                _ = advance()
                if acceptOp(")") { return .tuple([]) }
                if tok.isKeyword("yield") { let y = try yieldExpression(); try expectOp(")"); return y }
                let first = try starOrExpression(true)
                if tok.isKeyword("for") {
                    let c = try comprehensionTail(.generator, first, nil)
                    try expectOp(")")
                    return .comprehension(c)
                }
                if acceptOp(")") {
                    if case .starred = first { throw error("cannot use starred expression here") }
                    return first
                }
                return .tuple(try displayItems(first, closer: ")"))
            case "[":
                _ = advance()
                if acceptOp("]") { return .list([]) }
                let first = try starOrExpression(true)
                if tok.isKeyword("for") {
                    let c = try comprehensionTail(.list, first, nil)
                    try expectOp("]")
                    return .comprehension(c)
                }
                return .list(try displayItems(first, closer: "]"))
            case "{": return try braces()
            case "...": _ = advance(); return .constant(.ellipsis)
            default: break
            }
        default: break
        }
        throw error()
    }

    mutating func braces() throws(PyError) -> Expr {
        _ = advance()
        if acceptOp("}") { return .dict([]) }
        if acceptOp("**") {
            var entries: [(Expr?, Expr)] = [(nil, try bitOr())]
            try dictRest(&entries)
            return .dict(entries)
        }
        let first = try starOrExpression(true)
        if acceptOp(":") {
            let value = try expression()
            if tok.isKeyword("for") {
                let c = try comprehensionTail(.dict, first, value)
                try expectOp("}")
                return .comprehension(c)
            }
            var entries: [(Expr?, Expr)] = [(first, value)]
            try dictRest(&entries)
            return .dict(entries)
        }
        if tok.isKeyword("for") {
            let c = try comprehensionTail(.set, first, nil)
            try expectOp("}")
            return .comprehension(c)
        }
        return .set(try displayItems(first, closer: "}"))
    }

    /// The rest of a tuple/list/set display after its first item, through the closing bracket.
    mutating func displayItems(_ first: Expr, closer: String) throws(PyError) -> [Expr] {
        var items = [first]
        while acceptOp(",") {
            if tok.isOp(closer) { break }
            items.append(try starOrExpression(true))
        }
        try expectOp(closer)
        return items
    }

    mutating func dictRest(_ entries: inout [(Expr?, Expr)]) throws(PyError) {
        while acceptOp(",") {
            if tok.isOp("}") { break }
            if acceptOp("**") { entries.append((nil, try bitOr())); continue }
            let k = try expression()
            try expectOp(":")
            entries.append((k, try expression()))
        }
        try expectOp("}")
    }

    /// Adjacent string literals concatenate; any f-string among them makes the whole an f-string.
    mutating func strings() throws(PyError) -> Expr {
        let first = tok
        var parts: [FStringPart] = []
        var isF = false
        while tok.kind == .string || tok.kind == .fstring {
            let t = advance()
            if t.kind == .string { parts.append(.literal(t.text)) } else {
                isF = true
                parts += try parseFString(t)
            }
        }
        if !isF {
            var s = ""
            for case .literal(let l) in parts { s += l }
            return .constant(.str(s))
        }
        return .fstring(parts, Position(line: first.line, column: first.column))
    }
}

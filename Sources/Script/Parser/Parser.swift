// Tokens to statements (recursive descent). Expressions are in ExpressionParser.swift.

struct Parser {
    var tokens: [Token]
    var pos = 0
    let file: String
    let sourceLines: [Substring]
    /// Set when parsing failed at the end of the input (an unclosed bracket is then the real error).
    var hitEOF = false
    /// Set when the input ended where a block must follow (the REPL then asks for more lines).
    var needsMoreLines = false
    /// Recursion guard: deeper than this stack address, parsing stops with RecursionError.
    let stackLimit = stackLimitBelow(stackAddress())

    init(tokens: [Token], source: String, file: String) {
        self.tokens = tokens
        self.file = file
        self.sourceLines = source.split(separator: "\n", omittingEmptySubsequences: false)
    }

    static func parse(_ source: String, file: String = "<stdin>") throws(PyError) -> [Stmt] {
        var lexer = Lexer(source, file: file)
        var p = Parser(tokens: try lexer.tokenize(), source: source, file: file)
        do throws(PyError) {
            let body = try p.parseModule()
            if let e = lexer.unclosedBracket { throw e }
            return body
        } catch {
            if let e = lexer.unclosedBracket, p.hitEOF { throw e }
            throw error
        }
    }

    var tok: Token { tokens[min(pos, tokens.count - 1)] }
    func peekToken(_ k: Int) -> Token { tokens[min(pos + k, tokens.count - 1)] }
    mutating func advance() -> Token { let t = tok; if pos < tokens.count - 1 { pos += 1 }; return t }

    mutating func error(_ msg: String = "invalid syntax", at t: Token? = nil, cls: PyClass = SyntaxErrorClass) -> PyError {
        let t = t ?? tok
        if t.kind == .eof || (t.kind == .newline && peekToken(1).kind == .eof) || t.kind == .dedent { hitEOF = true }
        if t.kind == .eof || t.kind == .dedent { needsMoreLines = true }
        let text = t.line - 1 < sourceLines.count && t.line >= 1 ? String(sourceLines[t.line - 1]) : ""
        return PyError.syntaxError(msg, line: t.line, column: t.column, text: text, file: file, cls: cls)
    }

    mutating func expectOp(_ s: String) throws(PyError) {
        guard tok.isOp(s) else {
            if s == ":" { throw error("expected ':'") }
            let startsExpression = tok.kind == .int || tok.kind == .float || tok.kind == .string || tok.kind == .fstring
                || (tok.kind == .name && !pythonKeywords.contains(tok.text))
            if (s == ")" || s == "]" || s == "}") && startsExpression { throw error("invalid syntax. Perhaps you forgot a comma?") }
            throw error()
        }
        _ = advance()
    }
    mutating func acceptOp(_ s: String) -> Bool {
        if tok.isOp(s) { _ = advance(); return true }
        return false
    }
    mutating func acceptKeyword(_ s: String) -> Bool {
        if tok.isKeyword(s) { _ = advance(); return true }
        return false
    }
    mutating func expectName() throws(PyError) -> String {
        guard tok.kind == .name, !pythonKeywords.contains(tok.text) else { throw error() }
        return advance().text
    }

    mutating func parseModule() throws(PyError) -> [Stmt] {
        var body: [Stmt] = []
        while tok.kind != .eof {
            if tok.kind == .newline { _ = advance(); continue }
            if tok.kind == .indent { throw error("unexpected indent", cls: IndentationErrorClass) }
            body += try statement()
        }
        return body
    }

    /// One statement; a line of `;`-separated simple statements yields several.
    mutating func statement() throws(PyError) -> [Stmt] {
        if stackAddress() < stackLimit { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded during compilation") }
        let t = tok
        if t.kind == .name {
            switch t.text {
            case "if": return [try ifStatement()]
            case "while": return [try whileStatement()]
            case "for": return [try forStatement()]
            case "def": return [try functionDef(decorators: [])]
            case "class": return [try classDef(decorators: [])]
            case "try": return [try tryStatement()]
            case "with": return [try withStatement()]
            case "match": if let m = try matchStatement() { return [m] }
            default: break
            }
        }
        if t.isOp("@") { return [try decorated()] }
        return try simpleStatementLine()
    }

    /// `a = 1; b = 2` up to the end of the line.
    mutating func simpleStatementLine() throws(PyError) -> [Stmt] {
        var stmts = [try simpleStatement()]
        while acceptOp(";") {
            if tok.kind == .newline || tok.kind == .eof { break }
            stmts.append(try simpleStatement())
        }
        if tok.kind == .newline { _ = advance() } else if tok.kind != .eof { throw error() }
        return stmts
    }

    mutating func block(after keyword: String, line: Int) throws(PyError) -> [Stmt] {
        try expectOp(":")
        if tok.kind != .newline { return try simpleStatementLine() }   // `if x: y = 1; z = 2`
        _ = advance()
        guard tok.kind == .indent else {
            throw error("expected an indented block after \(keyword) on line \(line)", cls: IndentationErrorClass)
        }
        _ = advance()
        var body: [Stmt] = []
        while tok.kind != .dedent && tok.kind != .eof {
            if tok.kind == .newline { _ = advance(); continue }
            body += try statement()
        }
        _ = acceptDedent()
        return body
    }

    mutating func acceptDedent() -> Bool {
        if tok.kind == .dedent { _ = advance(); return true }
        return false
    }

    mutating func ifStatement() throws(PyError) -> Stmt {
        let line = advance().line
        var branches: [(Expr, [Stmt])] = []
        let cond = try namedExpression()
        branches.append((cond, try block(after: "'if' statement", line: line)))
        var orelse: [Stmt]?
        while tok.isKeyword("elif") {
            let l = advance().line
            let c = try namedExpression()
            branches.append((c, try block(after: "'elif' statement", line: l)))
        }
        if tok.isKeyword("else") {
            let l = advance().line
            orelse = try block(after: "'else' statement", line: l)
        }
        return Stmt(kind: .ifElse(branches, orelse), line: line)
    }

    mutating func whileStatement() throws(PyError) -> Stmt {
        let line = advance().line
        let cond = try namedExpression()
        let body = try block(after: "'while' statement", line: line)
        var orelse: [Stmt]?
        if tok.isKeyword("else") { let l = advance().line; orelse = try block(after: "'else' statement", line: l) }
        return Stmt(kind: .whileLoop(cond, body, orelse), line: line)
    }

    mutating func forStatement() throws(PyError) -> Stmt {
        let line = advance().line
        let target = try targetList()
        guard acceptKeyword("in") else { throw error() }
        let iter = try expressionList()
        let body = try block(after: "'for' statement", line: line)
        var orelse: [Stmt]?
        if tok.isKeyword("else") { let l = advance().line; orelse = try block(after: "'else' statement", line: l) }
        return Stmt(kind: .forLoop(target, iter, body, orelse), line: line)
    }

    mutating func decorated() throws(PyError) -> Stmt {
        var decorators: [Expr] = []
        while acceptOp("@") {
            decorators.append(try namedExpression())
            guard tok.kind == .newline else { throw error() }
            _ = advance()
        }
        if tok.isKeyword("def") { return try functionDef(decorators: decorators) }
        if tok.isKeyword("class") { return try classDef(decorators: decorators) }
        throw error()
    }

    mutating func functionDef(decorators: [Expr]) throws(PyError) -> Stmt {
        let line = advance().line
        let name = try expectName()
        try expectOp("(")
        let params = try parameters(closer: ")")
        try expectOp(")")
        let returns: Expr? = acceptOp("->") ? try expression() : nil
        let body = try block(after: "function definition", line: line)
        let def = FunctionDef(name: name, params: params, body: body, decorators: decorators, line: line)
        def.returns = returns
        return Stmt(kind: .functionDef(def), line: line)
    }

    /// A parameter list up to `closer` (")" for def, ":" for lambda).
    mutating func parameters(closer: String) throws(PyError) -> [Parameter] {
        var params: [Parameter] = []
        var keywordOnly = false
        var sawDefault = false
        while !tok.isOp(closer) {
            if acceptOp("**") {
                let name = try expectName()
                params.append(Parameter(name: name, kind: .varKeywords, annotation: try annotation(closer)))
            } else if acceptOp("*") {
                keywordOnly = true
                if tok.kind == .name {
                    let name = try expectName()
                    params.append(Parameter(name: name, kind: .varArgs, annotation: try annotation(closer)))
                }
            } else if acceptOp("/") {
                // Positional-only marker: accepted, treated as ordinary parameters.
            } else {
                let name = try expectName()
                let annotation = try annotation(closer)
                var def: Expr?
                if acceptOp("=") { def = try expression(); sawDefault = true } else if sawDefault && !keywordOnly {
                    throw error("non-default argument follows default argument")
                }
                params.append(Parameter(name: name, kind: keywordOnly ? .keywordOnly : .normal, defaultValue: def, annotation: annotation))
            }
            if !acceptOp(",") { break }
        }
        return params
    }

    /// A parameter's `: T` (def parameters only; a lambda's `:` ends its parameters).
    private mutating func annotation(_ closer: String) throws(PyError) -> Expr? {
        guard closer == ")" && acceptOp(":") else { return nil }
        return try expression()
    }

    mutating func classDef(decorators: [Expr]) throws(PyError) -> Stmt {
        let line = advance().line
        let name = try expectName()
        var bases: [Argument] = []
        if acceptOp("(") {
            bases = try callArguments()
            try expectOp(")")
        }
        let body = try block(after: "class definition", line: line)
        return Stmt(kind: .classDef(ClassDef(name: name, bases: bases, body: body, decorators: decorators, line: line)), line: line)
    }

    mutating func tryStatement() throws(PyError) -> Stmt {
        let line = advance().line
        let body = try block(after: "'try' statement", line: line)
        var handlers: [ExceptHandler] = []
        var orelse: [Stmt]?
        var finally: [Stmt]?
        while tok.isKeyword("except") {
            let l = advance().line
            var type: Expr?
            var name: String?
            if !tok.isOp(":") {
                type = try expression()
                if acceptOp(",") {   // `except A, B:` is Python 2; CPython 3.11 says:
                    throw error("multiple exception types must be parenthesized")
                }
                if acceptKeyword("as") { name = try expectName() }
            }
            handlers.append(ExceptHandler(type: type, name: name, body: try block(after: "'except' statement", line: l)))
        }
        if tok.isKeyword("else") { let l = advance().line; orelse = try block(after: "'else' statement", line: l) }
        if tok.isKeyword("finally") { let l = advance().line; finally = try block(after: "'finally' statement", line: l) }
        if handlers.isEmpty && finally == nil { throw error("expected 'except' or 'finally' block") }
        return Stmt(kind: .tryExcept(body, handlers, orelse, finally), line: line)
    }

    mutating func withStatement() throws(PyError) -> Stmt {
        let line = advance().line
        var items: [(Expr, Expr?)] = []
        repeat {
            let ctx = try expression()
            var target: Expr?
            if acceptKeyword("as") { target = try target_() }
            items.append((ctx, target))
        } while acceptOp(",")
        return Stmt(kind: .with(items, try block(after: "'with' statement", line: line)), line: line)
    }

    mutating func target_() throws(PyError) -> Expr {
        let e = try primaryWithTrailers()
        return e
    }

    mutating func simpleStatement() throws(PyError) -> Stmt {
        let t = tok
        let line = t.line
        if t.kind == .name {
            switch t.text {
            case "pass": _ = advance(); return Stmt(kind: .pass, line: line)
            case "break": _ = advance(); return Stmt(kind: .breakLoop, line: line)
            case "continue": _ = advance(); return Stmt(kind: .continueLoop, line: line)
            case "return":
                _ = advance()
                let v: Expr? = atStatementEnd ? nil : try expressionList()
                return Stmt(kind: .returnValue(v), line: line)
            case "raise":
                _ = advance()
                if atStatementEnd { return Stmt(kind: .raise(nil, nil), line: line) }
                let e = try expression()
                let cause: Expr? = acceptKeyword("from") ? try expression() : nil
                return Stmt(kind: .raise(e, cause), line: line)
            case "global", "nonlocal":
                _ = advance()
                var names = [try expectName()]
                while acceptOp(",") { names.append(try expectName()) }
                return Stmt(kind: t.text == "global" ? .global(names) : .nonlocal(names), line: line)
            case "assert":
                _ = advance()
                let test = try expression()
                let msg: Expr? = acceptOp(",") ? try expression() : nil
                return Stmt(kind: .assert(test, msg), line: line)
            case "del":
                _ = advance()
                var targets = [try primaryWithTrailers()]
                while acceptOp(","), !atStatementEnd { targets.append(try primaryWithTrailers()) }
                return Stmt(kind: .delete(targets), line: line)
            case "import": return try importStatement()
            case "from": return try fromImport()
            default: break
            }
        }
        if t.isKeyword("print") && (peekToken(1).kind == .string || peekToken(1).kind == .name || peekToken(1).kind == .int) {
            throw error("Missing parentheses in call to 'print'. Did you mean print(...)?", at: t)
        }
        let first = try expressionList(allowStar: true)
        if tok.kind == .op {
            if tok.text == "=" {
                var targets = [first]
                var value = first
                while acceptOp("=") {
                    value = tok.isKeyword("yield") ? try yieldExpression() : try expressionList(allowStar: true)
                    targets.append(value)
                }
                targets.removeLast()
                for target in targets { try checkTarget(target) }
                return Stmt(kind: .assign(targets, value), line: line)
            }
            if tok.text.count >= 2, tok.text.hasSuffix("="), !["==", "!=", "<=", ">="].contains(tok.text),
               let op = BinaryOp(rawValue: String(tok.text.dropLast())) {
                let opTok = advance()
                guard case .name = first else {
                    if case .attribute = first {} else if case .item = first {} else {
                        throw error("'\(describe(first))' is an illegal expression for augmented assignment", at: opTok)
                    }
                    return Stmt(kind: .augAssign(first, op, tok.isKeyword("yield") ? try yieldExpression() : try expressionList()), line: line)
                }
                return Stmt(kind: .augAssign(first, op, try expressionList()), line: line)
            }
            if tok.text == ":" {
                _ = advance()
                let annotation = try expression()
                let value: Expr? = acceptOp("=") ? try expressionList() : nil
                try checkTarget(first)
                return Stmt(kind: .annAssign(first, annotation: annotation, value), line: line)
            }
        }
        if !atStatementEnd {
            throw error()
        }
        return Stmt(kind: .expr(first), line: line)
    }

    var atStatementEnd: Bool { tok.kind == .newline || tok.kind == .eof || tok.isOp(";") }

    func describe(_ e: Expr) -> String {
        switch e {
        case .call: return "function call"
        case .constant: return "literal"
        case .tuple: return "tuple"
        case .list: return "list"
        case .compare: return "comparison"
        case .binary, .unary: return "expression"
        default: return "expression"
        }
    }

    mutating func checkTarget(_ e: Expr) throws(PyError) {
        switch e {
        case .name(let n, _):
            if n == "None" || n == "True" || n == "False" { throw error("cannot assign to \(n)") }
        case .attribute, .item: break
        case .tuple(let items), .list(let items): for i in items { try checkTarget(i) }
        case .starred(let inner): try checkTarget(inner)
        case .call: throw error("cannot assign to function call here. Maybe you meant '==' instead of '='?")
        case .constant: throw error("cannot assign to literal here. Maybe you meant '==' instead of '='?")
        default: throw error("cannot assign to \(describe(e)) here. Maybe you meant '==' instead of '='?")
        }
    }
}

// Calls: positional-only call sites of Python functions fill the callee's frame directly;
// `obj.method(...)` avoids building a bound-method object.

extension Compiler {
    typealias Filler = (Frame, UnsafeMutablePointer<Value?>) throws(PyError) -> Void

    /// Evaluates arguments straight into a callee's slots; small counts avoid array traffic.
    static func slotFiller(_ evals: [EvalBox]) -> Filler {
        switch evals.count {
        case 0: return { _, _ in }
        case 1:
            let a = evals[0].run
            return { f, s throws(PyError) in s[0] = try a(f) }
        case 2:
            let a = evals[0].run, b = evals[1].run
            return { f, s throws(PyError) in s[0] = try a(f); s[1] = try b(f) }
        case 3:
            let a = evals[0].run, b = evals[1].run, c = evals[2].run
            return { f, s throws(PyError) in s[0] = try a(f); s[1] = try b(f); s[2] = try c(f) }
        default:
            return { f, s throws(PyError) in for k in evals.indices { s[k] = try evals[k].run(f) } }
        }
    }

    /// `lst.append(x)` and `d.get(k)`, the commonest calls in loops, without method lookup or binding.
    static func containerMethod(_ interp: Interpreter, _ o: @escaping Eval, _ name: String, _ args: [EvalBox]) -> Eval? {
        switch (name, args.count) {
        case ("append", 1):
            let x = args[0].run
            return { f throws(PyError) in
                let obj = try o(f)
                let v = try x(f)
                if case .list(let l) = obj { l.items.append(v); return .none }
                return try interp.callMethod(obj, name, [v])
            }
        case ("get", 1), ("get", 2):
            let k = args[0].run
            let d: Eval? = args.count == 2 ? args[1].run : nil
            return { f throws(PyError) in
                let obj = try o(f)
                let key = try k(f)
                let fallback = try d?(f) ?? .none
                if case .dict(let dict) = obj { return try dict.get(key) ?? fallback }
                return try interp.callMethod(obj, name, args.count == 2 ? [key, fallback] : [key])
            }
        default:
            return nil
        }
    }

    /// The argument values as an array (for callees other than plain Python functions).
    static func collect(_ fill: Filler, _ argc: Int, _ f: Frame) throws(PyError) -> [Value] {
        if argc == 0 { return [] }
        let buffer = UnsafeMutablePointer<Value?>.allocate(capacity: argc)
        buffer.initialize(repeating: nil, count: argc)
        defer { buffer.deinitialize(count: argc); buffer.deallocate() }
        try fill(f, buffer)
        return (0..<argc).map { buffer[$0] ?? .none }
    }

    func call(_ callee: Expr, _ args: [Argument]) throws(PyError) -> Eval {
        let interp = interp
        if case .name("super", _) = callee, args.isEmpty, inFunction, case .global = scope.resolve("super") {
            return { f throws(PyError) in try interp.zeroArgumentSuper(f) }
        }
        let simple = args.allSatisfy { if case .positional = $0 { return true }; return false }
        if simple {
            let argEvals = try args.map { (a: Argument) throws(PyError) -> EvalBox in
                if case .positional(let e) = a { return EvalBox(run: try expr(e)) }
                return EvalBox(run: { _ in .none })
            }
            let argc = argEvals.count
            let fill = Self.slotFiller(argEvals)
            if case .attribute(let objExpr, let name, _) = callee {
                let o = try expr(objExpr)
                if let fast = Self.containerMethod(interp, o, name, argEvals) { return fast }
                return { f throws(PyError) in
                    let obj = try o(f)
                    if case .instance(let i) = obj, let pf = interp.pythonMethod(i, name, argc: argc + 1) {
                        let frame = pf.code.pool.take()
                        frame.slots[0] = obj
                        try fill(f, frame.slots + 1)
                        return try interp.invoke(pf, frame)
                    }
                    return try interp.callMethod(obj, name, try Self.collect(fill, argc, f))
                }
            }
            let fn = try expr(callee)
            return { f throws(PyError) in
                let c = try fn(f)
                if case .function(let pf) = c, pf.code.isSimple, pf.code.positionalCount == argc {
                    let frame = pf.code.pool.take()
                    try fill(f, frame.slots)
                    return try interp.invoke(pf, frame)
                }
                return try interp.call(c, try Self.collect(fill, argc, f))
            }
        }
        var receiver: Eval?
        var method = ""
        var fn: Eval = { _ in .none }
        if case .attribute(let objExpr, let name, _) = callee {
            receiver = try expr(objExpr)
            method = name
        } else {
            fn = try expr(callee)
        }
        enum ArgEval { case positional(Eval), star(Eval), keyword(String, Eval), doubleStar(Eval) }
        let compiled = try args.map { (a: Argument) throws(PyError) -> ArgEval in
            switch a {
            case .positional(let e): return .positional(try expr(e))
            case .star(let e): return .star(try expr(e))
            case .keyword(let n, let e): return .keyword(n, try expr(e))
            case .doubleStar(let e): return .doubleStar(try expr(e))
            }
        }
        let methodName = method
        return { f throws(PyError) in
            let target = try receiver?(f)
            let c = target == nil ? try fn(f) : .none
            var values: [Value] = []
            var kwargs: [(String, Value)] = []
            for a in compiled {
                switch a {
                case .positional(let e): values.append(try e(f))
                case .star(let e): values += try interp.toArray(try e(f))
                case .keyword(let n, let e): kwargs.append((n, try e(f)))
                case .doubleStar(let e):
                    let m = try e(f)
                    guard case .dict(let d) = m else {
                        throw PyError.typeError("argument after ** must be a mapping, not \(typeName(m))")
                    }
                    for (k, v) in d.items {
                        guard case .str(let key) = k else { throw PyError.typeError("keywords must be strings") }
                        kwargs.append((key, v))
                    }
                }
            }
            if let target { return try interp.callMethod(target, methodName, values, kwargs) }
            return try interp.call(c, values, kwargs: kwargs)
        }
    }
}

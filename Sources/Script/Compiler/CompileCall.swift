// Calls: positional-only call sites of Python functions fill the callee's frame directly;
// `obj.method(...)` avoids building a bound-method object.

extension Compiler {
    func call(_ callee: Expr, _ args: [Argument]) throws(PyError) -> Eval {
        let interp = interp
        if case .name("super", _) = callee, args.isEmpty, inFunction, case .global = scope.resolve("super") {
            return { f throws(PyError) in try interp.zeroArgumentSuper(f) }
        }
        let simple = args.allSatisfy { if case .positional = $0 { return true }; return false }
        if simple {
            let argEvals = try args.map { (a: Argument) throws(PyError) -> Eval in
                if case .positional(let e) = a { return try expr(e) }
                return { _ in .none }
            }
            let argc = argEvals.count
            if case .attribute(let objExpr, let name, _) = callee {
                let o = try expr(objExpr)
                return { f throws(PyError) in
                    let obj = try o(f)
                    var values: [Value] = []
                    values.reserveCapacity(argc + 1)
                    for a in argEvals { values.append(try a(f)) }
                    return try interp.callMethod(obj, name, values)
                }
            }
            let fn = try expr(callee)
            return { f throws(PyError) in
                let c = try fn(f)
                if case .function(let pf) = c, pf.code.isSimple, pf.code.positionalCount == argc {
                    let frame = Frame(slotCount: pf.code.slotCount)
                    for k in 0..<argc { frame.slots[k] = try argEvals[k](f) }
                    return try interp.invoke(pf, frame)
                }
                var values: [Value] = []
                values.reserveCapacity(argc)
                for a in argEvals { values.append(try a(f)) }
                return try interp.call(c, values)
            }
        }
        let fn = try expr(callee)
        enum ArgEval { case positional(Eval), star(Eval), keyword(String, Eval), doubleStar(Eval) }
        let compiled = try args.map { (a: Argument) throws(PyError) -> ArgEval in
            switch a {
            case .positional(let e): return .positional(try expr(e))
            case .star(let e): return .star(try expr(e))
            case .keyword(let n, let e): return .keyword(n, try expr(e))
            case .doubleStar(let e): return .doubleStar(try expr(e))
            }
        }
        return { f throws(PyError) in
            let c = try fn(f)
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
            return try interp.call(c, values, kwargs: kwargs)
        }
    }
}

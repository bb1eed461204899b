// Expressions to closures, with fast paths for int/float arithmetic and comparisons.

extension Compiler {
    func expr(_ e: Expr) throws(PyError) -> Eval {
        let interp = interp
        // Evaluation recurses as deeply as the tree: keep trees shallow enough for any thread's stack.
        interp.compileDepth += 1
        defer { interp.compileDepth -= 1 }
        if interp.compileDepth > 500 { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded during compilation") }
        switch e {
        case .name(let n, _):
            return load(n)
        case .constant(let v):
            return { _ in v }
        case .fstring(let parts, _):
            return try fstring(parts)
        case .binary(let op, let a, let b, _):
            return binary(op, try expr(a), try expr(b))
        case .unary(let op, let a, _):
            let x = try expr(a)
            if op == .not { return { f throws(PyError) in .bool(!(try interp.truthy(try x(f)))) } }
            return { f throws(PyError) in try interp.unary(op, try x(f)) }
        case .and(let items):
            let xs = try items.map { (x: Expr) throws(PyError) in EvalBox(run: try expr(x)) }
            return { f throws(PyError) in
                var v = Value.none
                for x in xs { v = try x.run(f); if !(try interp.truthy(v)) { return v } }
                return v
            }
        case .or(let items):
            let xs = try items.map { (x: Expr) throws(PyError) in EvalBox(run: try expr(x)) }
            return { f throws(PyError) in
                var v = Value.none
                for x in xs { v = try x.run(f); if try interp.truthy(v) { return v } }
                return v
            }
        case .compare(let first, let rest, _):
            return try compare(first, rest)
        case .call(let callee, let args, _):
            return try call(callee, args)
        case .attribute(let obj, let name, _):
            let o = try expr(obj)
            return { f throws(PyError) in try interp.getAttribute(try o(f), name) }
        case .item(let obj, let index, _):
            let o = try expr(obj), i = try expr(index)
            return { f throws(PyError) in
                let container = try o(f)
                let key = try i(f)
                if case .list(let l) = container, case .int(let k) = key {
                    let j = k < 0 ? k + l.items.count : k
                    if j >= 0 && j < l.items.count { return l.items[j] }
                }
                return try interp.getItem(container, key)
            }
        case .slice(let a, let b, let c):
            let xs = try [a, b, c].map { (x: Expr?) throws(PyError) -> Eval? in try x.map { (y: Expr) throws(PyError) in try expr(y) } }
            return { f throws(PyError) in
                .slice(PySlice(try xs[0]?(f) ?? .none, try xs[1]?(f) ?? .none, try xs[2]?(f) ?? .none))
            }
        case .list(let items):
            let build = try sequence(items)
            return { f throws(PyError) in .list(PyList(try build(f))) }
        case .tuple(let items):
            let build = try sequence(items)
            return { f throws(PyError) in .tuple(try build(f)) }
        case .set(let items):
            let build = try sequence(items)
            return { f throws(PyError) in
                let s = PySet()
                for v in try build(f) { try s.add(v) }
                return .set(s)
            }
        case .dict(let entries):
            let compiled = try entries.map { (k: Expr?, v: Expr) throws(PyError) -> (Eval?, Eval) in (try k.map { (x: Expr) throws(PyError) in try expr(x) }, try expr(v)) }
            return { f throws(PyError) in
                let d = PyDict()
                for (k, v) in compiled {
                    if let k {
                        let key = try k(f)
                        try d.set(key, try v(f))
                    } else {
                        try interp.mergeMapping(into: d, try v(f))
                    }
                }
                return .dict(d)
            }
        case .starred:
            throw syntaxError("can't use starred expression here", line: e.position?.line ?? 0)
        case .ifElse(let test, let a, let b):
            let t = try expr(test), x = try expr(a), y = try expr(b)
            return { f throws(PyError) in try interp.truthy(try t(f)) ? try x(f) : try y(f) }
        case .lambda(let def):
            return try makeFunction(def)
        case .comprehension(let c):
            return try comprehension(c)
        case .yield(let x):
            let v = try x.map { (y: Expr) throws(PyError) in try expr(y) }
            let outside = syntaxError("'yield' outside function", line: e.position?.line ?? 0)
            return { f throws(PyError) in
                let value = try v?(f) ?? .none
                guard let core = f.generator else { throw outside }
                return try core.yield(value)
            }
        case .yieldFrom(let x):
            let v = try expr(x)
            let outside = syntaxError("'yield' outside function", line: e.position?.line ?? 0)
            return { f throws(PyError) in
                let source = try v(f)
                guard let core = f.generator else { throw outside }
                return try interp.yieldFrom(source, in: core)
            }
        case .walrus(let n, let x, _):
            let v = try expr(x), s = storeName(n)
            return { f throws(PyError) in let r = try v(f); s(f, r); return r }
        }
    }

    /// Elements of a list/tuple/set display, expanding `*iterable`.
    func sequence(_ items: [Expr]) throws(PyError) -> (Frame) throws(PyError) -> [Value] {
        let interp = interp
        let hasStar = items.contains { if case .starred = $0 { return true }; return false }
        if !hasStar {
            let xs = try items.map { (x: Expr) throws(PyError) in EvalBox(run: try expr(x)) }
            return { f throws(PyError) in
                var out: [Value] = []
                out.reserveCapacity(xs.count)
                for x in xs { out.append(try x.run(f)) }
                return out
            }
        }
        let parts = try items.map { (x: Expr) throws(PyError) -> (Bool, Eval) in
            if case .starred(let inner) = x { return (true, try expr(inner)) }
            return (false, try expr(x))
        }
        return { f throws(PyError) in
            var out: [Value] = []
            for (star, x) in parts {
                if star { out += try interp.toArray(try x(f)) } else { out.append(try x(f)) }
            }
            return out
        }
    }

    func binary(_ op: BinaryOp, _ a: @escaping Eval, _ b: @escaping Eval) -> Eval {
        let interp = interp
        switch op {
        case .add:
            return { f throws(PyError) in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.addingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let i) = x, case .float(let j) = y { return .float(i + j) }
                return try interp.binary(.add, x, y)
            }
        case .sub:
            return { f throws(PyError) in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.subtractingReportingOverflow(j)
                    if !o { return .int(r) }
                } else if case .float(let i) = x, case .float(let j) = y { return .float(i - j) }
                return try interp.binary(.sub, x, y)
            }
        case .mul:
            return { f throws(PyError) in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y {
                    let (r, o) = i.multipliedReportingOverflow(by: j)
                    if !o { return .int(r) }
                } else if case .float(let i) = x, case .float(let j) = y { return .float(i * j) }
                return try interp.binary(.mul, x, y)
            }
        default:
            return { f throws(PyError) in
                let x = try a(f), y = try b(f)
                if case .int(let i) = x, case .int(let j) = y, let r = try interp.intBinary(op, i, j) { return r }
                return try interp.binary(op, x, y)
            }
        }
    }

    func compare(_ first: Expr, _ rest: [(CompareOp, Expr)]) throws(PyError) -> Eval {
        let interp = interp
        let a = try expr(first)
        if rest.count == 1 {
            let (op, second) = rest[0]
            let b = try expr(second)
            switch op {
            case .lt:
                return { f throws(PyError) in
                    let x = try a(f), y = try b(f)
                    if case .int(let i) = x, case .int(let j) = y { return .bool(i < j) }
                    return try interp.compare(.lt, x, y)
                }
            case .eq:
                return { f throws(PyError) in
                    let x = try a(f), y = try b(f)
                    if case .int(let i) = x, case .int(let j) = y { return .bool(i == j) }
                    return try interp.compare(.eq, x, y)
                }
            default:
                return { f throws(PyError) in
                    let x = try a(f)
                    return try interp.compare(op, x, try b(f))
                }
            }
        }
        let ops = try rest.map { (op: CompareOp, e: Expr) throws(PyError) -> (CompareOp, Eval) in (op, try expr(e)) }
        return { f throws(PyError) in
            var left = try a(f)
            var result = Value.bool(true)
            for (op, b) in ops {
                let right = try b(f)
                result = try interp.compare(op, left, right)
                if !(try interp.truthy(result)) { return result }
                left = right
            }
            return result
        }
    }

    func fstring(_ parts: [FStringPart]) throws(PyError) -> Eval {
        let interp = interp
        enum Piece { case text(String), field(Eval, Character?, Eval?) }
        let pieces = try parts.map { (p: FStringPart) throws(PyError) -> Piece in
            switch p {
            case .literal(let s): return .text(s)
            case .field(let e, let conv, let spec):
                return .field(try expr(e), conv, spec.isEmpty ? nil : try fstring(spec))
            }
        }
        return { f throws(PyError) in
            var out = ""
            for p in pieces {
                switch p {
                case .text(let s): out += s
                case .field(let x, let conv, let spec):
                    var v = try x(f)
                    if conv == "r" { v = .str(try interp.repr(v)) } else if conv == "s" { v = .str(try interp.str(v)) }
                    else if conv == "a" { v = .str(asciiEscaped(try interp.repr(v))) }
                    var specText = ""
                    if let spec, case .str(let s) = try spec(f) { specText = s }
                    out += try interp.format(v, specText)
                }
            }
            return .str(out)
        }
    }
}

func asciiEscaped(_ s: String) -> String {
    var out = ""
    for u in s.unicodeScalars {
        if u.value < 128 { out.unicodeScalars.append(u) }
        else if u.value < 256 { out += "\\x" + hex2(u.value) }
        else if u.value < 65536 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
        else { out += "\\U" + String(repeating: "0", count: 8 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
    }
    return out
}

func hex2(_ v: UInt32) -> String { v < 16 ? "0" + String(v, radix: 16) : String(v, radix: 16) }

// Comprehensions run in their own scope (a frame of their own); generator expressions are lazy.

extension Compiler {
    func comprehension(_ c: Comprehension) throws(PyError) -> Eval {
        guard let cs = c.scope, let first = c.generators.first else { throw syntaxError("internal: comprehension", line: c.line) }
        let interp = interp
        let outerIter = try expr(first.iter)
        let sub = Compiler(interp: interp, module: module, file: file, scope: cs, qualifier: qualifier, inFunction: true)
        let element = try sub.expr(c.element)
        let cells = closureCells(for: cs)
        let slotCount = cs.slotNames.count
        let cellVarCount = cs.cellVars.count
        /// The comprehension's frame, with the first iterable (evaluated outside, as Python does) in slot 0.
        let makeFrame = { (f: Frame) throws(PyError) -> Frame in
            var cellList = (0..<cellVarCount).map { _ in Cell() }
            cellList += cells(f)
            let inner = Frame.make(slotCount: slotCount, cells: cellList)
            inner.slots[0] = try outerIter(f)
            return inner
        }
        var levels: [ComprehensionLevel] = []
        for (depth, g) in c.generators.enumerated() {
            levels.append(ComprehensionLevel(
                iterable: depth == 0 ? { f in f.slots[0] ?? .none } : try sub.expr(g.iter),
                store: try sub.target(g.target),
                conditions: try g.conditions.map { (x: Expr) throws(PyError) in EvalBox(run: try sub.expr(x)) }))
        }
        // Errors inside show a frame of their own, as CPython's <listcomp> and friends do.
        let entry: TraceEntry
        switch c.kind {
        case .list: entry = TraceEntry(file: file, line: c.line, function: "<listcomp>")
        case .set: entry = TraceEntry(file: file, line: c.line, function: "<setcomp>")
        case .dict: entry = TraceEntry(file: file, line: c.line, function: "<dictcomp>")
        case .generator: entry = TraceEntry(file: file, line: c.line, function: "<genexpr>")
        }
        if c.kind == .generator {
            let allLevels = levels
            return { f throws(PyError) in
                .iterator(try Self.lazyGenerator(interp, try makeFrame(f), allLevels, element, entry))
            }
        }
        let value = try c.value.map { (v: Expr) throws(PyError) in try sub.expr(v) }
        // Innermost action: add the element (and value, for dicts) to the result.
        var body: (Frame, inout [Value]) throws(PyError) -> Void = { f, out throws(PyError) in
            let k = try element(f)
            out.append(k)
            if let value { out.append(try value(f)) }
        }
        for level in levels.reversed() {
            let inner = body
            body = { f, out throws(PyError) in
                try interp.forEach(try level.iterable(f)) { (v: Value) throws(PyError) -> Bool in
                    try level.store(f, v)
                    if try level.rejects(interp, f) { return true }
                    try inner(f, &out)
                    return true
                }
            }
        }
        let loop = body
        let kind = c.kind
        return { f throws(PyError) in
            let inner = try makeFrame(f)
            var out: [Value] = []
            do throws(PyError) {
                try loop(inner, &out)
            } catch {
                var e = error
                e.traceback.append(entry)
                throw e
            }
            switch kind {
            case .list, .generator: return .list(PyList(out))
            case .set:
                let s = PySet()
                for v in out { try s.add(v) }
                return .set(s)
            case .dict:
                let d = PyDict()
                var k = 0
                while k + 1 < out.count { try d.set(out[k], out[k + 1]); k += 2 }
                return .dict(d)
            }
        }
    }

    /// `(element for a in x if c for b in y)` as an iterator that advances one element per next().
    static func lazyGenerator(_ interp: Interpreter, _ frame: Frame, _ levels: [ComprehensionLevel],
                              _ element: @escaping Eval, _ entry: TraceEntry) throws(PyError) -> PyIterator {
        let outer = try interp.makeIterator(frame.slots[0] ?? .none)
        let advance: () throws(PyError) -> Value?
        if levels.count == 1 {
            // The common `(e for x in xs if c)`: one loop, its parts captured directly (no retains per element).
            let level = levels[0]
            advance = { () throws(PyError) -> Value? in
                while let v = try outer.next() {
                    try level.store(frame, v)
                    if try level.rejects(interp, frame) { continue }
                    return try element(frame)
                }
                return nil
            }
        } else {
            advance = nestedLoops(interp, frame, outer, levels, element)
        }
        let generator = PyGenerator(expression: { () throws(PyError) -> Value? in
            do throws(PyError) {
                return try advance()
            } catch {
                var e = error
                e.traceback.append(entry)
                throw e
            }
        }, origin: entry, context: interp.generators)
        return PyIterator(generator: generator)
    }

    /// The loops of `(e for a in x for b in y ...)`, resumable between elements.
    private static func nestedLoops(_ interp: Interpreter, _ frame: Frame, _ outer: PyIterator, _ levels: [ComprehensionLevel],
                                    _ element: @escaping Eval) -> () throws(PyError) -> Value? {
        var initial: [PyIterator?] = Array(repeating: nil, count: levels.count)
        initial[0] = outer
        // The open iterator of each level, and the innermost open level.
        let cursor = IteratorState((iterators: initial, depth: 0))
        return { () throws(PyError) -> Value? in
            let c = cursor.p
            while true {
                let depth = c.pointee.depth
                guard let it = c.pointee.iterators[depth] else { return nil }
                guard let v = try it.next() else {
                    c.pointee.iterators[depth] = nil
                    if depth == 0 { return nil }
                    c.pointee.depth = depth - 1
                    continue
                }
                try levels[depth].store(frame, v)
                if try levels[depth].rejects(interp, frame) { continue }
                if depth + 1 < levels.count {
                    c.pointee.depth = depth + 1
                    c.pointee.iterators[depth + 1] = try interp.makeIterator(try levels[depth + 1].iterable(frame))
                    continue
                }
                return try element(frame)
            }
        }
    }
}

/// One `for target in iterable if condition...` clause of a comprehension.
struct ComprehensionLevel {
    let iterable: Eval
    let store: Compiler.Store
    let conditions: [EvalBox]

    func rejects(_ interp: Interpreter, _ f: Frame) throws(PyError) -> Bool {
        for c in conditions where !(try interp.truthy(try c.run(f))) { return true }
        return false
    }
}

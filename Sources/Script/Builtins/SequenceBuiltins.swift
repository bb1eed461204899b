// Builtins over iterables: range, enumerate, zip, map, filter, sorted, reversed, sum, min, max, any, all.

extension Interpreter {
    func installSequenceFunctions(_ b: PyModule) {
        b.define("enumerate", ["iterable", "start?"]) { a throws(PyError) in
            let it = try a.interp.makeIterator(a[0])
            var k = try a.optional("start").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? 0
            return .iterator(PyIterator(typeName: "enumerate") { () throws(PyError) -> Value? in
                guard let x = try it.next() else { return nil }
                k &+= 1
                return .tuple([.int(k &- 1), x])
            })
        }
        b.define("zip", ["*iterables", "strict?"]) { a throws(PyError) in
            let its = try a.positional.map { (v: Value) throws(PyError) in try a.interp.makeIterator(v) }
            let strict = try a.optional("strict").map { (v: Value) throws(PyError) in try a.interp.truthy(v) } ?? false
            return .iterator(PyIterator(typeName: "zip") { () throws(PyError) -> Value? in
                if its.isEmpty { return nil }
                var row: [Value] = []
                for (k, it) in its.enumerated() {
                    guard let x = try it.next() else {
                        if strict { try checkZipLengths(its, exhausted: k) }
                        return nil
                    }
                    row.append(x)
                }
                return .tuple(row)
            })
        }
        b.define("map", ["function", "*iterables"]) { a throws(PyError) in
            let fn = a[0]
            let its = try a.positional.map { (v: Value) throws(PyError) in try a.interp.makeIterator(v) }
            let interp = a.interp
            return .iterator(PyIterator(typeName: "map") { () throws(PyError) -> Value? in
                var row: [Value] = []
                for it in its { guard let x = try it.next() else { return nil }; row.append(x) }
                return try interp.call(fn, row)
            })
        }
        b.define("filter", ["function", "iterable"]) { a throws(PyError) in
            let fn = a[0]
            let it = try a.interp.makeIterator(a[1])
            let interp = a.interp
            return .iterator(PyIterator(typeName: "filter") { () throws(PyError) -> Value? in
                while let x = try it.next() {
                    if try interp.truthy(fn.isNone ? x : try interp.call(fn, [x])) { return x }
                }
                return nil
            })
        }
        b.define("sorted", ["iterable", "*", "key?", "reverse?"]) { a throws(PyError) in
            var items = try a.interp.toArray(a[0])
            try a.interp.sort(&items, key: a.optional("key"), reverse: try a.optional("reverse").map { (v: Value) throws(PyError) in try a.interp.truthy(v) } ?? false)
            return .list(PyList(items))
        }
        b.define("reversed", ["seq"]) { a throws(PyError) in
            if case .instance(let i) = a[0], let m = i.cls.lookup("__reversed__") {
                return try a.interp.call(a.interp.bind(m, to: a[0], owner: i.cls), [])
            }
            if case .dict = a[0] {} else if case .set = a[0] { throw PyError.typeError("'set' object is not reversible") }
            return .iterator(PyIterator(array: try a.interp.toArray(a[0]).reversed(), typeName: "reversed"))
        }
        b.define("sum", ["iterable", "start?"]) { a throws(PyError) in
            var total = a.optional("start") ?? .int(0)
            if case .str = total { throw PyError.typeError("sum() can't sum strings [use ''.join(seq) instead]") }
            let interp = a.interp
            try interp.forEach(a[0]) { (x: Value) throws(PyError) -> Bool in
                if case .int(let s) = total, case .int(let y) = x {
                    let (r, o) = s.addingReportingOverflow(y)
                    if !o { total = .int(r); return true }
                }
                if case .float(let s) = total, case .float(let y) = x { total = .float(s + y); return true }
                total = try interp.binary(.add, total, x)
                return true
            }
            return total
        }
        for (name, wantLess) in [("min", true), ("max", false)] {
            b.define(name, ["*args", "key?", "default?"]) { a throws(PyError) in
                let interp = a.interp
                let items = a.positional.count == 1 ? try interp.toArray(a.positional[0]) : a.positional
                guard var best = items.first else {
                    if let d = a.optional("default") { return d }
                    throw PyError.valueError("\(name)() arg is an empty sequence")
                }
                let key = a.optional("key").flatMap { $0.isNone ? nil : $0 }
                var bestKey = try key.map { (k: Value) throws(PyError) in try interp.call(k, [best]) } ?? best
                for x in items.dropFirst() {
                    let xKey = try key.map { (k: Value) throws(PyError) in try interp.call(k, [x]) } ?? x
                    let better = wantLess ? try interp.lessThan(xKey, bestKey) : try interp.lessThan(bestKey, xKey)
                    if better { best = x; bestKey = xKey }
                }
                return best
            }
        }
        b.define("any", ["iterable"]) { a throws(PyError) in
            var found = false
            try a.interp.forEach(a[0]) { (x: Value) throws(PyError) -> Bool in
                if try a.interp.truthy(x) { found = true; return false }
                return true
            }
            return .bool(found)
        }
        b.define("all", ["iterable"]) { a throws(PyError) in
            var ok = true
            try a.interp.forEach(a[0]) { (x: Value) throws(PyError) -> Bool in
                if !(try a.interp.truthy(x)) { ok = false; return false }
                return true
            }
            return .bool(ok)
        }
    }

    /// A stable sort with Python's key/reverse semantics.
    public func sort(_ items: inout [Value], key: Value?, reverse: Bool) throws(PyError) {
        let keyFn = key.flatMap { $0.isNone ? nil : $0 }
        let keys = try keyFn.map { (k: Value) throws(PyError) in try items.map { (x: Value) throws(PyError) in try call(k, [x]) } } ?? items
        var order = Array(0..<items.count)
        var failure: PyError?
        // Merge sort by index keeps stability and lets comparison errors surface.
        func less(_ i: Int, _ j: Int) -> Bool {
            if failure != nil { return false }
            do throws(PyError) {
                return reverse ? try lessThan(keys[j], keys[i]) : try lessThan(keys[i], keys[j])
            } catch {
                failure = error
                return false
            }
        }
        order = mergeSort(order, less)
        if let failure { throw failure }
        let original = items
        items = order.map { original[$0] }
    }

    private func mergeSort(_ a: [Int], _ less: (Int, Int) -> Bool) -> [Int] {
        if a.count <= 1 { return a }
        let mid = a.count / 2
        let l = mergeSort(Array(a[..<mid]), less), r = mergeSort(Array(a[mid...]), less)
        var out: [Int] = []
        out.reserveCapacity(a.count)
        var i = 0, j = 0
        while i < l.count && j < r.count {
            if less(r[j], l[i]) { out.append(r[j]); j += 1 } else { out.append(l[i]); i += 1 }
        }
        out += l[i...]
        out += r[j...]
        return out
    }
}

/// range(stop) / range(start, stop[, step])
func installRangeType() {
    installBigRange()
    RangeType["__new__"] = .staticMethod(.builtin(PyBuiltin(name: "range", params: ["cls", "*args"]) { a throws(PyError) in
        if a.positional.count <= 3, let big = try bigRange(a.positional) { return big }
        let p = try a.positional.map { (v: Value) throws(PyError) in try a.interp.toIndex(v) }
        switch p.count {
        case 1: return .range(PyRange(0, p[0], 1))
        case 2: return .range(PyRange(p[0], p[1], 1))
        case 3:
            if p[2] == 0 { throw PyError.valueError("range() arg 3 must not be zero") }
            return .range(PyRange(p[0], p[1], p[2]))
        default:
            throw PyError.typeError(p.isEmpty ? "range expected at least 1 argument, got 0" : "range expected at most 3 arguments, got \(p.count)")
        }
    }))
}

/// zip(strict=True) when iterator `exhausted` ran out: CPython's ValueError unless all ended together.
private func checkZipLengths(_ its: [PyIterator], exhausted k: Int) throws(PyError) {
    func others(_ n: Int) -> String { n == 1 ? "argument 1" : "arguments 1-\(n)" }
    if k > 0 { throw PyError.valueError("zip() argument \(k + 1) is shorter than \(others(k))") }
    for j in 1..<max(1, its.count) where try its[j].next() != nil {
        throw PyError.valueError("zip() argument \(j + 1) is longer than \(others(j))")
    }
}

// Indexing and slicing: x[i], x[a:b:c], assignment and deletion.

extension Interpreter {
    public func getItem(_ container: Value, _ key: Value) throws(PyError) -> Value {
        switch container {
        case .list(let l):
            if case .slice(let s) = key { return .list(PyList(try sliced(l.items, s))) }
            return l.items[try index(key, count: l.items.count, what: "list")]
        case .tuple(let t):
            if case .slice(let s) = key { return .tuple(try sliced(t, s)) }
            return t[try index(key, count: t.count, what: "tuple")]
        case .str(let str):
            let scalars = Array(str.unicodeScalars)
            if case .slice(let s) = key { return .str(String(String.UnicodeScalarView(try sliced(scalars, s)))) }
            guard isIndexLike(key) else { throw PyError.typeError("string indices must be integers, not '\(typeName(key))'") }
            return .str(String(scalars[try index(key, count: scalars.count, what: "string")]))
        case .dict(let d):
            if let v = try d.get(key) { return v }
            throw PyError.keyError(key)
        case .range(let r):
            if case .slice(let s) = key {
                let (start, _, step, n) = try sliceIndices(s, count: r.count)
                let first = r.element(start)
                return .range(PyRange(first, first &+ n &* (r.step &* step), r.step &* step))
            }
            return .int(r.element(try index(key, count: r.count, what: "range object")))
        case .instance(let i):
            if let m = i.cls.lookup("__getitem__") { return try call(bind(m, to: container, owner: i.cls), [key]) }
            throw PyError.typeError("'\(i.cls.messageName)' object is not subscriptable")
        case .cls(let c):
            if let m = c.lookup("__class_getitem__") { return try call(bind(m, to: container, owner: c), [key]) }
            if c.holdsBaseValues || c === TypeType { return genericAlias(c, key) }   // list[int] in annotations
            return container
        default:
            throw PyError.typeError("'\(typeName(container))' object is not subscriptable")
        }
    }

    public func setItem(_ container: Value, _ key: Value, _ value: Value) throws(PyError) {
        switch container {
        case .list(let l):
            if case .slice(let s) = key {
                let (start, stop, step, n) = try sliceIndices(s, count: l.items.count)
                let newItems = try toArray(value)
                if step == 1 {
                    l.items.replaceSubrange(start..<max(start, stop), with: newItems)
                } else {
                    guard newItems.count == n else {
                        throw PyError.valueError("attempt to assign sequence of size \(newItems.count) to extended slice of size \(n)")
                    }
                    for k in 0..<n { l.items[start + k * step] = newItems[k] }
                }
                return
            }
            l.items[try index(key, count: l.items.count, what: "list assignment")] = value
        case .dict(let d):
            try d.set(key, value)
        case .instance(let i):
            guard let m = i.cls.lookup("__setitem__") else {
                throw PyError.typeError("'\(i.cls.messageName)' object does not support item assignment")
            }
            _ = try call(bind(m, to: container, owner: i.cls), [key, value])
        default:
            throw PyError.typeError("'\(typeName(container))' object does not support item assignment")
        }
    }

    func deleteItem(_ container: Value, _ key: Value) throws(PyError) {
        switch container {
        case .list(let l):
            if case .slice(let s) = key {
                let (start, _, step, n) = try sliceIndices(s, count: l.items.count)
                let doomed = Set((0..<n).map { start + $0 * step })
                l.items = l.items.enumerated().filter { !doomed.contains($0.offset) }.map { $0.element }
                return
            }
            l.items.remove(at: try index(key, count: l.items.count, what: "list assignment"))
        case .dict(let d):
            if try d.remove(key) == nil { throw PyError.keyError(key) }
        case .instance(let i):
            guard let m = i.cls.lookup("__delitem__") else {
                throw PyError.typeError("'\(i.cls.messageName)' object does not support item deletion")
            }
            _ = try call(bind(m, to: container, owner: i.cls), [key])
        default:
            throw PyError.typeError("'\(typeName(container))' object doesn't support item deletion")
        }
    }

    private func isIndexLike(_ v: Value) -> Bool {
        switch v {
        case .int, .bool, .bigInt: return true
        case .instance(let i): return i.cls.lookup("__index__") != nil
        default: return false
        }
    }

    /// A checked index into a sequence of `count` elements (negative counts from the end).
    func index(_ key: Value, count: Int, what: String) throws(PyError) -> Int {
        guard isIndexLike(key) else {
            let kind = what == "list assignment" ? "list" : what
            throw PyError.typeError("\(kind) indices must be integers or slices, not \(typeName(key))")
        }
        if case .bigInt = key { throw PyError.indexError("cannot fit 'int' into an index-sized integer") }
        let i = try toIndex(key)
        let j = i < 0 ? i + count : i
        guard j >= 0 && j < count else { throw PyError.indexError("\(what) index out of range") }
        return j
    }

    /// Python's slice.indices(): start, stop, step and the number of selected elements.
    public func sliceIndices(_ s: PySlice, count: Int) throws(PyError) -> (start: Int, stop: Int, step: Int, count: Int) {
        // Bounds beyond 64 bits saturate, as CPython clamps slice indices to Py_ssize_t.
        func bound(_ v: Value) throws(PyError) -> Int {
            if case .bigInt(let b) = v { return b.negative ? -Int.max : Int.max }
            return try toIndex(v)
        }
        var step = s.step.isNone ? 1 : try bound(s.step)
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        if step == Int.min { step = -Int.max }
        func clamp(_ v: Value, _ dflt: Int) throws(PyError) -> Int {
            if v.isNone { return dflt }
            var i = try bound(v)
            if i < 0 { i += count; if i < 0 { i = step < 0 ? -1 : 0 } } else if i >= count { i = step < 0 ? count - 1 : count }
            return i
        }
        let start = try clamp(s.start, step < 0 ? count - 1 : 0)
        let stop = try clamp(s.stop, step < 0 ? -1 : count)
        let n: Int
        if step < 0 { n = stop < start ? (start - stop - 1) / (-step) + 1 : 0 } else { n = start < stop ? (stop - start - 1) / step + 1 : 0 }
        return (start, stop, step, n)
    }

    func sliced<T>(_ items: [T], _ s: PySlice) throws(PyError) -> [T] {
        let (start, stop, step, n) = try sliceIndices(s, count: items.count)
        if step == 1 { return start < stop ? Array(items[start..<stop]) : [] }
        var out: [T] = []
        out.reserveCapacity(n)
        for k in 0..<n { out.append(items[start + k * step]) }
        return out
    }

    /// An int from an int-like value (`__index__`), for indices and native arguments.
    public func toIndex(_ v: Value) throws(PyError) -> Int {
        switch v {
        case .int(let i): return i
        case .bool(let b): return b ? 1 : 0
        case .bigInt: throw PyError.overflowError("Python int too large to convert to C ssize_t")
        case .instance(let i):
            if let m = i.cls.lookup("__index__") { return try toIndex(try call(bind(m, to: v, owner: i.cls), [])) }
        default: break
        }
        throw PyError.typeError("'\(typeName(v))' object cannot be interpreted as an integer")
    }

    /// A Double from an int, float or `__float__` value.
    public func toDouble(_ v: Value) throws(PyError) -> Double {
        switch v {
        case .int(let i): return Double(i)
        case .bigInt(let b): return try floatValue(b)
        case .float(let d): return d
        case .bool(let b): return b ? 1 : 0
        case .instance(let i):
            if let m = i.cls.lookup("__float__") { return try toDouble(try call(bind(m, to: v, owner: i.cls), [])) }
            if let m = i.cls.lookup("__index__") { return try toDouble(try call(bind(m, to: v, owner: i.cls), [])) }
        default: break
        }
        throw PyError.typeError("must be real number, not \(typeName(v))")
    }
}

// The iteration protocol: fast loops over builtin containers, __iter__/__next__ for objects.

/// A Python iterator (list/generator/map/zip/... objects), or a re-iterable view (dict.keys()).
public final class PyIterator {
    let typeName: String
    private let nextElement: () throws(PyError) -> Value?
    /// Views (dict_keys, dict_values, dict_items) keep their elements to allow re-iteration and len().
    let view: [Value]?
    /// A generator's send/throw/close (the object Python sees is this iterator).
    let generator: PyGenerator?

    public init(typeName: String, next: @escaping () throws(PyError) -> Value?) {
        self.typeName = typeName
        self.nextElement = next
        self.view = nil
        self.generator = nil
    }

    init(generator: PyGenerator) {
        typeName = "generator"
        nextElement = { () throws(PyError) -> Value? in try generator.next() }
        view = nil
        self.generator = generator
    }

    public init(array: [Value], typeName: String, isView: Bool = false) {
        self.typeName = typeName
        let next = IteratorState(0)
        self.nextElement = { () throws(PyError) -> Value? in
            let k = next.p.pointee
            guard k < array.count else { return nil }
            next.p.pointee = k + 1
            return array[k]
        }
        self.view = isView ? array : nil
        self.generator = nil
    }

    public func next() throws(PyError) -> Value? { try nextElement() }
}

/// Mutable state of an iterator closure, behind a pointer: a captured `var` would pay a dynamic
/// exclusivity check on every step.
final class IteratorState<State> {
    let p: UnsafeMutablePointer<State>
    init(_ initial: State) {
        p = .allocate(capacity: 1)
        p.initialize(to: initial)
    }
    deinit {
        p.deinitialize(count: 1)
        p.deallocate()
    }
}

extension Interpreter {
    /// Calls `body` for each element until it returns false.
    func forEach(_ v: Value, _ body: (Value) throws(PyError) -> Bool) throws(PyError) {
        switch v {
        case .list(let l):
            var k = 0
            while k < l.items.count {
                if !(try body(l.items[k])) { return }
                k += 1
            }
        case .tuple(let t):
            for x in t where !(try body(x)) { return }
        case .range(let r):
            for k in 0..<r.count where !(try body(.int(r.element(k)))) { return }
        case .str(let s):
            for u in s.unicodeScalars where !(try body(.str(String(u)))) { return }
        case .dict(let d):
            for k in d.keys where !(try body(k)) { return }
        case .set(let s):
            for x in s.items where !(try body(x)) { return }
        case .iterator(let it):
            if let view = it.view {
                for x in view where !(try body(x)) { return }
                return
            }
            while let x = try it.next() { if !(try body(x)) { return } }
        default:
            let it = try makeIterator(v)
            while let x = try it.next() { if !(try body(x)) { return } }
        }
    }

    /// iter(v)
    public func makeIterator(_ v: Value) throws(PyError) -> PyIterator {
        switch v {
        case .iterator(let it):
            if let view = it.view { return PyIterator(array: view, typeName: it.typeName + "iterator") }
            return it
        case .instance(let i):
            if let m = i.cls.lookup("__iter__") {
                let r = try call(bind(m, to: v, owner: i.cls), [])
                if case .instance(let ri) = r {
                    guard let next = ri.cls.lookup("__next__") else {
                        throw PyError.typeError("iter() returned non-iterator of type '\(ri.cls.messageName)'")
                    }
                    let bound = bind(next, to: r, owner: ri.cls)
                    return PyIterator(typeName: ri.cls.name) { [unowned self] () throws(PyError) -> Value? in
                        do throws(PyError) {
                            return try self.call(bound, [])
                        } catch {
                            if error.exceptionClass.isSubclass(of: StopIterationClass) { return nil }
                            throw error
                        }
                    }
                }
                return try makeIterator(r)
            }
            if let m = i.cls.lookup("__getitem__") {
                let getter = bind(m, to: v, owner: i.cls)
                var k = 0
                return PyIterator(typeName: "iterator") { [unowned self] () throws(PyError) -> Value? in
                    do throws(PyError) {
                        let x = try self.call(getter, [.int(k)])
                        k += 1
                        return x
                    } catch {
                        if error.exceptionClass.isSubclass(of: IndexErrorClass) || error.exceptionClass.isSubclass(of: StopIterationClass) { return nil }
                        throw error
                    }
                }
            }
        case .range(let r):
            // Lazily: a generator expression over range(10**7) must not hold ten million values.
            let count = r.count
            let next = IteratorState(0)
            return PyIterator(typeName: "range_iterator") { () -> Value? in
                let k = next.p.pointee
                guard k < count else { return nil }
                next.p.pointee = k + 1
                return .int(r.element(k))
            }
        case .list, .tuple, .str, .dict, .set:
            let items = try toArray(v)
            let name: String
            switch v {
            case .list: name = "list_iterator"
            case .tuple: name = "tuple_iterator"
            case .str: name = "str_ascii_iterator"
            case .dict: name = "dict_keyiterator"
            default: name = "set_iterator"
            }
            return PyIterator(array: items, typeName: name)
        default: break
        }
        throw PyError.typeError("'\(typeName(v))' object is not iterable")
    }

    /// All elements of an iterable.
    public func toArray(_ v: Value) throws(PyError) -> [Value] {
        switch v {
        case .list(let l): return l.items
        case .tuple(let t): return t
        case .range(let r) where r.count > 1 << 26: throw PyError(MemoryErrorClass, "")
        default:
            var out: [Value] = []
            try forEach(v) { (x: Value) throws(PyError) -> Bool in out.append(x); return true }
            return out
        }
    }

    /// Unpacking for `a, b = v` and `a, *rest = v`.
    func unpack(_ v: Value, count: Int, star: Int?) throws(PyError) -> [Value] {
        if case .instance = v {} else if case .iterator = v {} else if case .list = v {} else if case .tuple = v {} else {
            if case .str = v {} else if case .dict = v {} else if case .set = v {} else if case .range = v {} else {
                throw PyError.typeError("cannot unpack non-iterable \(typeName(v)) object")
            }
        }
        let values = try toArray(v)
        guard let star else {
            if values.count > count { throw PyError.valueError("too many values to unpack (expected \(count))") }
            if values.count < count { throw PyError.valueError("not enough values to unpack (expected \(count), got \(values.count))") }
            return values
        }
        let after = count - star - 1
        if values.count < count - 1 {
            throw PyError.valueError("not enough values to unpack (expected at least \(count - 1), got \(values.count))")
        }
        let middle = Array(values[star..<(values.count - after)])
        return Array(values[..<star]) + [.list(PyList(middle))] + Array(values[(values.count - after)...])
    }

    /// Adds a mapping's items to a dict (`{**m}`, `dict.update`).
    func mergeMapping(into d: PyDict, _ m: Value) throws(PyError) {
        if case .dict(let src) = m {
            for (k, v) in src.items { try d.set(k, v) }
            return
        }
        if case .instance = m, hasAttribute(m, "keys") {
            for k in try toArray(try callMethod(m, "keys", [])) { try d.set(k, try getItem(m, k)) }
            return
        }
        throw PyError.typeError("'\(typeName(m))' object is not a mapping")
    }
}

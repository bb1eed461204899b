// iter(callable, sentinel) and the callable() test it needs.

extension Interpreter {
    /// iter(callable, sentinel): calls until the result equals the sentinel.
    func callableIterator(_ fn: Value, until sentinel: Value) throws(PyError) -> PyIterator {
        guard isCallable(fn) else { throw PyError.typeError("iter(v, w): v must be callable") }
        let done = IteratorState(false)
        return PyIterator(typeName: "callable_iterator") { [unowned self] () throws(PyError) -> Value? in
            if done.p.pointee { return nil }
            let v = try self.call(fn, [])
            if try self.equals(v, sentinel) { done.p.pointee = true; return nil }
            return v
        }
    }
}

extension Interpreter {
    /// callable(v)
    func isCallable(_ v: Value) -> Bool {
        switch v {
        case .function, .builtin, .boundMethod, .cls, .staticMethod: return true
        case .instance(let i): return i.cls.lookup("__call__") != nil
        default: return false
        }
    }
}

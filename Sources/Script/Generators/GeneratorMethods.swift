// The `generator` type's methods: send, throw, close (next() and iteration go through PyIterator).

public let GeneratorType = builtinType("generator")

private func selfGenerator(_ a: Args) throws(PyError) -> PyGenerator {
    guard case .iterator(let it) = a[0], let g = it.generator else {
        throw PyError.typeError("descriptor requires a 'generator' object but received a '\(typeName(a[0]))'")
    }
    return g
}

func installGeneratorMethods() {
    let t = GeneratorType
    t.define("send", ["self", "value"]) { a throws(PyError) in try selfGenerator(a).send(a[1], a.interp) }
    t.define("throw", ["self", "typ", "val?", "tb?"]) { a throws(PyError) in
        let g = try selfGenerator(a)
        return try g.throwIn(try a.interp.thrownError(a[1], a.optional("val")), a.interp)
    }
    t.define("close", ["self"]) { a throws(PyError) in try selfGenerator(a).close(); return .none }
    t.define("__next__", ["self"]) { a throws(PyError) in try selfGenerator(a).send(.none, a.interp) }
    t.define("__iter__", ["self"]) { a in a[0] }
    // A generator's return value, as `yield from` and `next()` see it.
    StopIterationClass.defineProperty("value") { i in
        if case .tuple(let args)? = i["args"], let first = args.first { return first }
        return .none
    }
}

extension Interpreter {
    /// The exception `gen.throw(typ[, val])` raises: a class (instantiated with `val`) or an instance.
    func thrownError(_ type: Value, _ value: Value?) throws(PyError) -> PyError {
        let given = value.flatMap { $0.isNone ? nil : $0 }
        switch type {
        case .cls(let c) where c.isSubclass(of: BaseExceptionClass):
            guard let given else { return try makeError(type) }
            if case .instance(let i) = given, i.cls.isSubclass(of: c) { return try makeError(given) }
            if case .tuple(let args) = given { return try makeError(try call(type, args)) }
            return try makeError(try call(type, [given]))
        case .instance(let i) where i.cls.isSubclass(of: BaseExceptionClass):
            if given != nil { throw PyError.typeError("instance exception may not have a separate value") }
            return try makeError(type)
        default:
            throw PyError.typeError("exceptions must be classes or instances deriving from BaseException, not \(typeName(type))")
        }
    }
}

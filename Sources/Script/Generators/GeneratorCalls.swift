// Calling a generator function, and the `yield` / `yield from` expressions inside its body.

extension Interpreter {
    /// A generator function's call returns the generator; its body waits for the first next().
    func makeGenerator(_ code: Code, _ frame: Frame) -> Value {
        let generator = PyGenerator(function: code, frame: frame, context: generators) { [unowned(unsafe) self] () throws(PyError) -> Value in
            try self.run(code, frame)
            return frame.returnValue
        }
        return .iterator(PyIterator(generator: generator))
    }

    /// `yield from source`: delegates next/send/throw/close to a sub-generator, or yields an
    /// iterable's elements; its value is the sub-generator's return value.
    func yieldFrom(_ source: Value, in core: GeneratorCore) throws(PyError) -> Value {
        var iterator = source
        if case .instance(let i) = source, let m = i.cls.lookup("__iter__") { iterator = try call(bind(m, to: source, owner: i.cls), []) }
        guard case .iterator(let it) = iterator, let sub = it.generator else { return try yieldFromIterator(iterator, in: core) }
        var sending = Value.none
        var throwing: PyError?
        while true {
            switch try sub.step(sending: sending, throwing: throwing) {
            case .returned(let r):
                return r
            case .yielded(let x):
                do throws(PyError) {
                    sending = try core.yield(x)
                    throwing = nil
                } catch {
                    // close() of the delegating generator closes the sub-generator first.
                    if error.exceptionClass.isSubclass(of: GeneratorExitClass) {
                        try sub.close()
                        throw error
                    }
                    sending = .none
                    throwing = error
                }
            }
        }
    }

    /// `yield from` over an iterator that is not a generator. An iterator object's own __next__
    /// is called, so the value of the StopIteration it raises is the result (and send() reaches
    /// its send method).
    private func yieldFromIterator(_ iterator: Value, in core: GeneratorCore) throws(PyError) -> Value {
        guard case .instance(let i) = iterator, let next = i.cls.lookup("__next__") else {
            let it = try makeIterator(iterator)
            while let x = try it.next() {
                let sent = try core.yield(x)
                if !sent.isNone { throw PyError.attributeError("'\(it.typeName)' object has no attribute 'send'") }
            }
            return .none
        }
        let advance = bind(next, to: iterator, owner: i.cls)
        var sent = Value.none
        while true {
            let x: Value
            do throws(PyError) {
                x = sent.isNone ? try call(advance, []) : try callMethod(iterator, "send", [sent])
            } catch {
                guard error.exceptionClass.isSubclass(of: StopIterationClass) else { throw error }
                if case .tuple(let args)? = error.exception["args"], let value = args.first { return value }
                return .none
            }
            sent = try core.yield(x)
        }
    }
}

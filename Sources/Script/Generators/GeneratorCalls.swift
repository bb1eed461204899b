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
        guard case .iterator(let it) = source, let sub = it.generator else {
            let it = try makeIterator(source)
            while let x = try it.next() {
                let sent = try core.yield(x)
                if !sent.isNone { throw PyError.attributeError("'\(it.typeName)' object has no attribute 'send'") }
            }
            return .none
        }
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
}

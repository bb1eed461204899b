// Generator objects: next(), send(), throw() and close() over a body that runs only when asked.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

public final class PyGenerator {
    enum Step { case yielded(Value), returned(Value) }
    enum Status { case created, suspended, running, finished }

    private enum Body {
        /// A function body, on a coroutine of its own.
        case function(GeneratorCore)
        /// A generator expression, stepped natively (its loops need no stack to suspend).
        case expression(() throws(PyError) -> Value?)
    }

    /// Per-generator state behind a pointer: touched at every resume, without exclusivity checks.
    private struct State {
        var status = Status.created
        /// Interpreter call depth the suspended body holds (its own frame, at least).
        var depth = 0
        /// Exceptions the suspended body is handling (`yield` inside `except`).
        var handling: [PyError] = []
    }

    let name: String
    let qualifiedName: String
    /// Where the function was defined (a throw() before the first next() is raised there).
    private let origin: TraceEntry
    private let body: Body
    private let context: GeneratorContext
    private let state: UnsafeMutablePointer<State>

    private init(qualifiedName: String, origin: TraceEntry, body: Body, context: GeneratorContext,
                 state: UnsafeMutablePointer<State>? = nil) {
        self.name = origin.function
        self.qualifiedName = qualifiedName
        self.origin = origin
        self.body = body
        self.context = context
        if let state {
            self.state = state
        } else {
            self.state = .allocate(capacity: 1)
            self.state.initialize(to: State())
        }
    }

    /// A generator function's call: `frame` holds the bound arguments; `run` executes the body.
    convenience init(function code: Code, frame: Frame, context: GeneratorContext, run: @escaping () throws(PyError) -> Value) {
        let core = GeneratorCore(stacks: context.stacks, run: run)
        frame.generator = core
        self.init(qualifiedName: code.qualifiedName, origin: TraceEntry(file: code.file, line: code.firstLine, function: code.name),
                  body: .function(core), context: context)
    }

    /// A generator expression advancing one element per step (nil when exhausted).
    convenience init(expression next: @escaping () throws(PyError) -> Value?, origin: TraceEntry, context: GeneratorContext) {
        self.init(qualifiedName: "<genexpr>", origin: origin, body: .expression(next), context: context)
    }

    /// A suspended generator is closed when dropped, as by CPython's finaliser. Not here: the last
    /// reference may go while Swift code holds exclusive access to a container the body's `finally`
    /// reads (a list slot being overwritten), so a stand-in holding the body (and this state) is
    /// closed between statements instead.
    deinit {
        if state.pointee.status == .suspended, case .function(let core) = body {
            if context.interpreter != nil {
                context.droppedGenerators.append(PyGenerator(qualifiedName: qualifiedName, origin: origin, body: body,
                                                             context: context, state: state))
                context.dropped.pointee = true
                return
            }
            core.coroutine.abandon()
        }
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// A body that ignored GeneratorExit when closed by the finaliser is given up (see Coroutine.abandon).
    func abandonIfSuspended() {
        guard state.pointee.status == .suspended, case .function(let core) = body else { return }
        core.coroutine.abandon()
        finish()
    }

    var status: Status { state.pointee.status }

    /// Runs the body to its next `yield` (sending a value or raising an exception there).
    func step(sending value: Value = .none, throwing error: PyError? = nil) throws(PyError) -> Step {
        let s = state
        switch s.pointee.status {
        case .running:
            throw PyError.valueError("generator already executing")
        case .finished:
            if let error { throw error }
            return .returned(.none)
        case .created:
            if let error {
                finish()
                var e = error
                e.traceback.append(origin)
                throw e
            }
            if !value.isNone { throw PyError.typeError("can't send non-None value to a just-started generator") }
        case .suspended:
            break
        }
        switch body {
        case .function(let core): return try resume(core, value, error)
        case .expression(let next): return try advance(next, error)
        }
    }

    private func resume(_ core: GeneratorCore, _ value: Value, _ error: PyError?) throws(PyError) -> Step {
        guard let interp = context.interpreter else { throw PyError.runtimeError("generator outlived its interpreter") }
        let coroutine = core.coroutine
        guard let limit = coroutine.prepare() else { throw PyError(MemoryErrorClass, "cannot allocate a generator stack") }
        let s = state, x = core.exchange
        s.pointee.status = .running
        // The body runs with its own stack limit, and one call deeper than its resumer.
        let callerDepth = interp.depth, callerLimit = interp.stackLimit, callerHandling = interp.handling.count
        interp.depth = callerDepth + s.pointee.depth
        interp.stackLimit = limit
        if !s.pointee.handling.isEmpty {
            interp.handling += s.pointee.handling
            s.pointee.handling = []
        }
        x.pointee.value = value
        x.pointee.thrown = error
        coroutine.resume()
        s.pointee.depth = interp.depth - callerDepth
        interp.depth = callerDepth
        interp.stackLimit = callerLimit
        if interp.handling.count > callerHandling {
            s.pointee.handling = Array(interp.handling[callerHandling...])
            interp.handling.removeSubrange(callerHandling...)
        }
        switch x.pointee.outcome {
        case .yielded:
            s.pointee.status = .suspended
            return .yielded(x.pointee.take())
        case .returned:
            finish()
            return .returned(x.pointee.take())
        case .raised(let e):
            x.pointee.outcome = .returned
            finish()
            throw Self.escaping(e)
        }
    }

    private func advance(_ next: () throws(PyError) -> Value?, _ error: PyError?) throws(PyError) -> Step {
        let s = state
        if let error {
            // A generator expression has no handlers: the exception leaves through its frame.
            finish()
            var e = error
            e.traceback.append(origin)
            throw e
        }
        s.pointee.status = .running
        do throws(PyError) {
            guard let v = try next() else {
                finish()
                return .returned(.none)
            }
            s.pointee.status = .suspended
            return .yielded(v)
        } catch {
            finish()
            throw Self.escaping(error)
        }
    }

    private func finish() {
        state.pointee.status = .finished
        state.pointee.handling = []
    }

    /// PEP 479: a StopIteration escaping the body would end the caller's loop silently.
    private static func escaping(_ e: PyError) -> PyError {
        guard e.exceptionClass.isSubclass(of: StopIterationClass) else { return e }
        var r = PyError.runtimeError("generator raised StopIteration")
        r.cause = ErrorBox(e)
        return r
    }

    /// The iteration protocol: the next value, nil when the body has returned.
    func next() throws(PyError) -> Value? {
        if case .yielded(let v) = try step() { return v }
        return nil
    }

    /// send(value): the next yielded value; StopIteration(return value) when the body returns.
    func send(_ value: Value, _ interp: Interpreter) throws(PyError) -> Value {
        switch try step(sending: value) {
        case .yielded(let v): return v
        case .returned(let r): throw try interp.stopIteration(value: r)
        }
    }

    /// throw(exception): raises it at the current `yield`; the next yielded value if the body handles it.
    func throwIn(_ error: PyError, _ interp: Interpreter) throws(PyError) -> Value {
        switch try step(throwing: error) {
        case .yielded(let v): return v
        case .returned(let r): throw try interp.stopIteration(value: r)
        }
    }

    /// close(): GeneratorExit at the current `yield`; the body may clean up but not yield again.
    func close() throws(PyError) {
        switch state.pointee.status {
        case .created: finish(); return
        case .finished: return
        case .running, .suspended: break
        }
        do throws(PyError) {
            if case .yielded = try step(throwing: PyError(GeneratorExitClass, "")) {
                throw PyError.runtimeError("generator ignored GeneratorExit")
            }
        } catch {
            if error.exceptionClass.isSubclass(of: GeneratorExitClass) && state.pointee.status == .finished { return }
            throw error
        }
    }

    /// As CPython's PyErr_WriteUnraisable: an exception from a finaliser goes to stderr.
    func reportUnraisable(_ error: PyError) {
        let address = "0x" + String(UInt(bitPattern: ObjectIdentifier(self).hashValue), radix: 16)
        let text = "Exception ignored in: <generator object \(qualifiedName) at \(address)>\n\(error.formatted())\n"
        var bytes = Array(text.utf8)
        _ = write(2, &bytes, bytes.count)
    }
}

extension Interpreter {
    /// StopIteration carrying a generator's return value (its `value`; no args when None).
    func stopIteration(value: Value) throws(PyError) -> PyError {
        var e = PyError.stopIteration()
        if !value.isNone {
            e.exception["args"] = .tuple([value])
            e.message = try str(value)
        }
        return e
    }
}

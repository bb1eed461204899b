// Exception chaining (`__cause__`, `__context__`, `__suppress_context__`): kept on the exception
// object, as in CPython, so `raise err` later, `e.__cause__ = x` and printing a chain all agree.

/// What an exception object keeps between raises: where it was last raised from, and its chain.
final class ExceptionState {
    /// The traceback and message of its last raise (innermost frame first), recorded when caught.
    var traceback: [TraceEntry] = []
    var message = ""
    var recorded = false
    var cause: PyInstance?
    var context: PyInstance?
    var suppressContext = false
}

extension PyInstance {
    /// The chain record of an exception object, made on first use (exceptions carry no other payload).
    var exceptionState: ExceptionState {
        if let s = payload as? ExceptionState { return s }
        let s = ExceptionState()
        payload = s
        return s
    }

    var recordedException: ExceptionState? { payload as? ExceptionState }
}

extension PyError {
    /// An error as its exception object last recorded it (for printing a chain).
    init(recorded exception: PyInstance) {
        let s = exception.exceptionState
        self.init(exception: exception, message: s.message)
        traceback = s.traceback
    }

    /// Remembers this raise's traceback and message on the exception object.
    func record() {
        let s = exception.exceptionState
        s.traceback = traceback
        s.message = message
        s.recorded = true
    }

    /// Records `e` unless its object already holds a fuller record from being caught.
    private func recordIfNew(_ e: PyError) {
        if e.exception.recordedException?.recorded != true { e.record() }
    }

    /// `raise ... from cause` (also setting `__suppress_context__`, as CPython does).
    var cause: ErrorBox? {
        get { exception.recordedException?.cause.map { ErrorBox(PyError(recorded: $0)) } }
        set {
            let s = exception.exceptionState
            s.suppressContext = true
            guard let e = newValue?.error else { s.cause = nil; return }
            recordIfNew(e)
            s.cause = e.exception
        }
    }

    /// The exception that was being handled when this one was raised.
    var context: ErrorBox? {
        get { exception.recordedException?.context.map { ErrorBox(PyError(recorded: $0)) } }
        set {
            guard let e = newValue?.error, e.exception !== exception else { exception.exceptionState.context = nil; return }
            recordIfNew(e)
            exception.exceptionState.context = e.exception
            breakContextCycle(from: e.exception)
        }
    }

    var suppressContext: Bool {
        get { exception.recordedException?.suppressContext ?? false }
        set { exception.exceptionState.suppressContext = newValue }
    }

    /// As CPython: a context chain that leads back to this exception is cut there.
    private func breakContextCycle(from start: PyInstance) {
        var o = start
        var steps = 0
        while let next = o.recordedException?.context, steps < 10_000 {
            if next === exception { o.exceptionState.context = nil; return }
            o = next
            steps += 1
        }
    }

    /// The traceback text, as CPython prints it: the chain first, each link shown once.
    public func formatted() -> String {
        var seen: Set<ObjectIdentifier> = []
        return formatted(seen: &seen)
    }

    private func formatted(seen: inout Set<ObjectIdentifier>) -> String {
        seen.insert(ObjectIdentifier(exception))
        var out = ""
        if let cause = exception.recordedException?.cause {
            if !seen.contains(ObjectIdentifier(cause)) {
                out += PyError(recorded: cause).formatted(seen: &seen)
                out += "\n\nThe above exception was the direct cause of the following exception:\n\n"
            }
        } else if let context = exception.recordedException?.context, !suppressContext, !seen.contains(ObjectIdentifier(context)) {
            out += PyError(recorded: context).formatted(seen: &seen)
            out += "\n\nDuring handling of the above exception, another exception occurred:\n\n"
        }
        return out + formattedAlone()
    }
}

/// `__cause__`, `__context__` and `__suppress_context__` on exception objects.
func installExceptionChainAttributes() {
    func chained(_ v: Value, _ what: String) throws(PyError) -> PyInstance? {
        if v.isNone { return nil }
        guard case .instance(let i) = v, i.cls.isSubclass(of: BaseExceptionClass) else {
            throw PyError.typeError("exception \(what) must be None or derive from BaseException")
        }
        return i
    }
    BaseExceptionClass.defineProperty("__cause__", get: { i in i.recordedException?.cause.map { .instance($0) } ?? .none },
                                      set: { (i: PyInstance, v: Value) throws(PyError) in
        let s = i.exceptionState
        s.cause = try chained(v, "cause")
        s.suppressContext = true
    })
    BaseExceptionClass.defineProperty("__context__", get: { i in i.recordedException?.context.map { .instance($0) } ?? .none },
                                      set: { (i: PyInstance, v: Value) throws(PyError) in i.exceptionState.context = try chained(v, "context") })
    BaseExceptionClass.defineProperty("__suppress_context__", get: { i in .bool(i.recordedException?.suppressContext ?? false) },
                                      set: { (i: PyInstance, v: Value) throws(PyError) in
        guard case .bool(let b) = v else { throw PyError.typeError("attribute value type must be bool") }
        i.exceptionState.suppressContext = b
    })
}

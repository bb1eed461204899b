// The coroutine side of a generator: the body's run, and `yield` suspending it.

/// What a generator body and its resumer pass each other at every switch.
struct GeneratorExchange {
    enum Outcome { case yielded, returned, raised(PyError) }
    /// The value sent in (at a resume) or yielded / returned (at a suspension).
    var value: Value = .none
    /// An exception to raise at the `yield` the body resumes from (throw() and close()).
    var thrown: PyError?
    var outcome = Outcome.yielded

    /// The value, leaving nothing behind (a yielded tensor should not live until the next resume).
    mutating func take() -> Value {
        let v = value
        value = .none
        return v
    }
}

/// Owned by its PyGenerator; the body's frame points back to it (unowned) for `yield`. Nothing on
/// the coroutine's stack holds the PyGenerator itself, so dropping it can unwind the body.
final class GeneratorCore {
    let exchange: UnsafeMutablePointer<GeneratorExchange>
    let coroutine: Coroutine

    init(stacks: CoroutineStacks, run: @escaping () throws(PyError) -> Value) {
        let x = UnsafeMutablePointer<GeneratorExchange>.allocate(capacity: 1)
        x.initialize(to: GeneratorExchange())
        exchange = x
        coroutine = Coroutine(stacks: stacks) {
            do throws(PyError) {
                x.pointee.value = try run()
                x.pointee.outcome = .returned
            } catch {
                x.pointee.outcome = .raised(error)
            }
        }
    }

    deinit {
        exchange.deinitialize(count: 1)
        exchange.deallocate()
    }

    /// `yield v` in the body: hands `v` to the resumer and returns what is sent next, or raises
    /// what is thrown in.
    func yield(_ v: Value) throws(PyError) -> Value {
        let x = exchange
        x.pointee.value = v
        x.pointee.outcome = .yielded
        coroutine.suspend()
        if let e = x.pointee.thrown {
            x.pointee.thrown = nil
            throw e
        }
        return x.pointee.take()
    }
}

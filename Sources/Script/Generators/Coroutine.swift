// A body that runs on a stack of its own and can suspend itself mid-way, to be resumed later
// exactly there: what makes a generator's `yield` lazy at any depth of expressions and calls.

import CCoroutine

/// Swift's record of open exclusive accesses is per thread; these move a coroutine's own open
/// accesses out of it while the coroutine is suspended, as Swift's tasks do at `await`.
@_silgen_name("swift_task_enterThreadLocalContext")
private func enterThreadLocalContext(_ state: UnsafeMutableRawPointer)
@_silgen_name("swift_task_exitThreadLocalContext")
private func exitThreadLocalContext(_ state: UnsafeMutableRawPointer)

final class Coroutine {
    enum State { case created, running, suspended, finished }

    /// What the body and the switches share, behind a pointer (no exclusivity bookkeeping): the
    /// coroutine's saved context, its resumer's, and the coroutine's open accesses (two words).
    fileprivate struct Shared {
        var own: UnsafeMutableRawPointer?
        var resumer: UnsafeMutableRawPointer?
        var accesses: (UInt, UInt) = (0, 0)
        var state = State.created
        var limit: UInt = 0
        var body: (() -> Void)?
    }

    private let shared: UnsafeMutablePointer<Shared>
    private let stacks: CoroutineStacks
    private var stack: CoroutineStack?

    init(stacks: CoroutineStacks, body: @escaping () -> Void) {
        self.stacks = stacks
        shared = .allocate(capacity: 1)
        shared.initialize(to: Shared(body: body))
    }

    /// An unfinished body cannot be unwound from here (its owner does that, see PyGenerator): as
    /// with abandon(), its stack is reused and the values its frames held are leaked.
    deinit {
        releaseStack()
        shared.deinitialize(count: 1)
        shared.deallocate()
    }

    var state: State { shared.pointee.state }

    /// Gives the body its stack (on the first call) and returns the stack's recursion floor; nil
    /// when no stack can be allocated.
    func prepare() -> UInt? {
        let s = shared
        guard s.pointee.own == nil else { return s.pointee.limit }
        guard s.pointee.state == .created, let stack = stacks.take() else { return nil }
        self.stack = stack
        s.pointee.limit = stack.limit
        s.pointee.own = flint_coroutine_prepare(stack.top, { argument in coroutineMain(argument) }, UnsafeMutableRawPointer(s))
        return stack.limit
    }

    /// Runs the body (prepared) until it suspends or returns.
    func resume() {
        let s = shared
        guard s.pointee.state == .created || s.pointee.state == .suspended, let own = s.pointee.own else { return }
        s.pointee.state = .running
        let accesses = UnsafeMutableRawPointer(s) + MemoryLayout<Shared>.offset(of: \Shared.accesses)!
        enterThreadLocalContext(accesses)
        // The contexts live in `shared`, whose address does not move.
        withUnsafeMutablePointer(to: &s.pointee.resumer) { resumer in flint_coroutine_switch(resumer, own) }
        exitThreadLocalContext(accesses)
        if s.pointee.state == .finished { releaseStack() }
    }

    /// Gives up a suspended body that will never be resumed: its stack is reused, and the values
    /// its frames hold are leaked.
    func abandon() {
        guard shared.pointee.state == .suspended else { return }
        shared.pointee.state = .finished
        shared.pointee.accesses = (0, 0)
        releaseStack()
    }

    private func releaseStack() {
        guard let stack else { return }
        self.stack = nil
        shared.pointee.own = nil
        stacks.give(stack)
    }

    /// Called by the body: returns to the resumer; comes back when resumed.
    func suspend() {
        Coroutine.suspend(shared, finishing: false)
    }

    fileprivate static func suspend(_ s: UnsafeMutablePointer<Shared>, finishing: Bool) {
        s.pointee.state = finishing ? .finished : .suspended
        guard let resumer = s.pointee.resumer else { return }
        withUnsafeMutablePointer(to: &s.pointee.own) { own in flint_coroutine_switch(own, resumer) }
    }

    fileprivate static func run(_ s: UnsafeMutablePointer<Shared>) {
        let body = s.pointee.body
        s.pointee.body = nil
        body?()
    }
}

/// The first function on a fresh stack: runs the body, then leaves for good.
private func coroutineMain(_ argument: UnsafeMutableRawPointer?) {
    guard let argument else { return }
    let shared = argument.assumingMemoryBound(to: Coroutine.Shared.self)
    Coroutine.run(shared)
    Coroutine.suspend(shared, finishing: true)
}

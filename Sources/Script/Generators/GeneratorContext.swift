// Per interpreter: the generators' stacks, and the suspended generators dropped since the last
// statement, which are closed between statements.

/// What generators need of their interpreter. A generator may outlive it (held by a global when
/// the interpreter is released): then its body is abandoned rather than unwound.
final class GeneratorContext {
    unowned(unsafe) var interpreter: Interpreter?
    let stacks = CoroutineStacks()
    /// Suspended generators nobody holds any more, to be closed between statements.
    var droppedGenerators: [PyGenerator] = []
    /// Whether `droppedGenerators` has any (polled between statements, without exclusivity checks).
    let dropped: UnsafeMutablePointer<Bool> = {
        let p = UnsafeMutablePointer<Bool>.allocate(capacity: 1)
        p.initialize(to: false)
        return p
    }()

    deinit { dropped.deallocate() }
}

extension Interpreter {
    /// Closes the generators dropped while suspended: GeneratorExit at their `yield`, so `finally`
    /// blocks run and their frames release their values (CPython's generator finaliser).
    func closeDroppedGenerators() {
        let context = generators
        while let g = context.droppedGenerators.popLast() {
            do throws(PyError) {
                try g.close()
            } catch {
                g.reportUnraisable(error)
            }
            g.abandonIfSuspended()
        }
        context.dropped.pointee = false
    }
}

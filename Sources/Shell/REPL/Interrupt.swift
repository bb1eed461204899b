import CLineEdit

/// Ctrl-C as a flag: the SIGINT handler (in the C shim, async-signal-safe) sets it; the REPL
/// checks it when `readline` returns, and the interpreter polls it at loop back-edges and
/// calls to raise KeyboardInterrupt. This is the only file that may call the shim's interrupt
/// functions: each Swift file gets its own copy of the C flag.
public enum Interrupt {
    /// Installs the handler; without it Ctrl-C ends the process (script mode keeps that).
    public static func install() {
        _ = flint_install_sigint_handler()
    }

    /// Makes libedit read through the shim's polling input function, which ends the line
    /// as soon as the flag is raised. Must run before libedit initialises.
    static func makeLineEditorInterruptible() {
        flint_rl_use_polling_input()
    }

    public static var isPending: Bool { flint_interrupt_pending() != 0 }

    public static func clear() { flint_clear_interrupt() }

    /// Consumes a pending interrupt: true once per Ctrl-C.
    @Sendable public static func take() -> Bool {
        guard isPending else { return false }
        clear()
        return true
    }
}

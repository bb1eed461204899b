import CLineEdit

// The Swift face of CLineEdit/terminal_input.h: the SIGINT flag, libedit's input function and
// bracketed paste.

/// Ctrl-C as a flag: the SIGINT handler sets it; the REPL checks it when `readline` returns,
/// and the interpreter polls it at loop back-edges and calls to raise KeyboardInterrupt.
public enum Interrupt {
    /// Installs the handler (REPL and scripts): the first Ctrl-C raises KeyboardInterrupt,
    /// a second one before that was noticed ends the process.
    public static func install() {
        _ = flint_install_sigint_handler()
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

/// libedit reads keys through the shim's input function: it notices Ctrl-C while libedit is
/// busy, decodes UTF-8, and keeps a bracketed paste whole.
enum TerminalInput {
    /// Must run before libedit initialises.
    static func install() {
        flint_rl_use_polling_input()
    }

    /// The text pasted at the end of the last line, once; newlines normalised to `\n`.
    static func takePaste() -> String? {
        var length = 0
        guard let text = flint_paste_text(&length) else { return nil }
        let pasted = String(decoding: UnsafeRawBufferPointer(start: text, count: length), as: UTF8.self)
        flint_paste_clear()
        return pasted.replacing("\r\n", with: "\n").replacing("\r", with: "\n")
    }
}

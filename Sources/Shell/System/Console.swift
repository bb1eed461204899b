import CLineEdit
import Glibc

/// Standard output and error through stdio's buffers. Error text flushes output first, so a
/// traceback appears after what the program printed before it.
public enum Console {
    public static func write(_ text: String) {
        fputs(text, flint_stdout())
    }

    public static func writeError(_ text: String) {
        fflush(flint_stdout())
        fputs(text, flint_stderr())
        fflush(flint_stderr())
    }

    public static func flush() {
        fflush(flint_stdout())
    }

    /// Whether more input is already there (a paste in progress), without waiting.
    public static var inputWaiting: Bool {
        var descriptor = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }

    public static var isTerminalOutput: Bool {
        isatty(1) != 0
    }

    /// As python3 decides: a terminal on standard input means an interactive session.
    public static var isInteractive: Bool {
        isatty(0) != 0
    }
}

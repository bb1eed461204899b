import Glibc

/// ANSI colour for prompts and tracebacks, only on a terminal and never when `NO_COLOR` is
/// set (https://no-color.org) or the terminal is `dumb`.
struct Colour {
    let enabled: Bool

    init(descriptor: Int32) {
        let noColour = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
        let dumb = getenv("TERM").map { String(cString: $0) == "dumb" } ?? false
        enabled = isatty(descriptor) != 0 && !noColour && !dumb
    }

    /// A prompt for libedit: the escape sequences sit between its ignore markers (\1 … \2) so
    /// they do not count towards the prompt's width.
    func prompt(_ text: String) -> String {
        enabled ? "\u{1}\u{1B}[1;35m\u{2}\(text)\u{1}\u{1B}[0m\u{2}" : text
    }

    /// A traceback with its exception line in red, the exception's name in bold.
    func traceback(_ text: String, exceptionLine: String) -> String {
        guard enabled, !exceptionLine.isEmpty, text.hasSuffix(exceptionLine) else { return text }
        let head = text.dropLast(exceptionLine.count)
        let name = exceptionLine.prefix { $0 != ":" }
        let message = exceptionLine.dropFirst(name.count)
        return head + "\u{1B}[1;31m\(name)\u{1B}[0;31m\(message)\u{1B}[0m"
    }
}

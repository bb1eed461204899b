import CLineEdit
import Glibc

/// The prompt's line editor: libedit's readline with history kept in memory (capped) and in a
/// file in libedit's own format, written atomically after each entry, and tab completion
/// through a completer function.
final class LineEditor {
    enum Input: Equatable {
        case line(String)
        case interrupted
        case endOfFile
    }

    private let historyPath: String?
    /// Whether to ask the terminal to mark pastes (not on `dumb` terminals).
    private let bracketedPaste: Bool

    /// `historyPath` nil keeps history in memory only.
    init(historyPath: String?, historyLimit: Int, completer: @escaping (String) -> [String]) {
        self.historyPath = historyPath
        bracketedPaste = isatty(1) != 0 && (getenv("TERM").map { String(cString: $0) != "dumb" } ?? false)
        Self.useUTF8Locale()
        flint_rl_set_readline_name("flint")
        TerminalInput.install()
        Completion.install(completer)
        using_history()
        stifle_history(Int32(clamping: historyLimit))
        if let historyPath { _ = read_history(historyPath) }
    }

    /// libedit drops non-ASCII keys unless the character type locale is UTF-8; like python3
    /// (PEP 538), the plain C locale is taken to mean C.UTF-8.
    private static func useUTF8Locale() {
        let name = setlocale(LC_CTYPE, "").map { String(cString: $0) } ?? "C"
        if name == "C" || name == "POSIX" { setlocale(LC_CTYPE, "C.UTF-8") }
    }

    /// The next line; a paste that arrived with it is in `TerminalInput.takePaste()`.
    func readLine(prompt: String) -> Input {
        if bracketedPaste { Console.write("\u{1B}[?2004h") }
        Console.flush()
        Interrupt.clear()
        let line = readline(prompt)
        if bracketedPaste { Console.write("\u{1B}[?2004l") }
        guard let line else {
            return Interrupt.take() ? .interrupted : .endOfFile
        }
        defer { free(line) }
        if Interrupt.take() { return .interrupted }
        return .line(String(cString: line))
    }

    /// Adds one entry (a whole statement, possibly several lines) and saves the history file.
    func remember(_ entry: String) {
        guard !entry.allSatisfy(\.isWhitespace) else { return }
        let newest = flint_history_length() > 0
            ? history_get(flint_history_base() + flint_history_length() - 1).flatMap { $0.pointee.line.map { String(cString: $0) } }
            : nil
        if newest != entry { _ = add_history(entry) }
        save()
    }

    private func save() {
        guard let historyPath else { return }
        let temporary = historyPath + ".tmp\(getpid())"
        if write_history(temporary) == 0 {
            rename(temporary, historyPath)
        } else {
            unlink(temporary)
        }
    }
}

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

    /// `historyPath` nil keeps history in memory only.
    init(historyPath: String?, historyLimit: Int, completer: @escaping (String) -> [String]) {
        self.historyPath = historyPath
        setlocale(LC_CTYPE, "")
        flint_rl_set_readline_name("flint")
        Interrupt.makeLineEditorInterruptible()
        Completion.install(completer)
        using_history()
        stifle_history(Int32(clamping: historyLimit))
        if let historyPath { _ = read_history(historyPath) }
    }

    func readLine(prompt: String) -> Input {
        Console.flush()
        Interrupt.clear()
        guard let line = readline(prompt) else {
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

import CLineEdit
import Glibc

/// Tab completion through libedit. Its callbacks are plain C functions that cannot capture
/// anything, so the completer and the current matches live in globals owned by the REPL
/// thread.
enum Completion {
    nonisolated(unsafe) private static var completer: (String) -> [String] = { _ in [] }
    nonisolated(unsafe) private static var matches: [String] = []

    /// Word breaks without `.`, `[` and `]`, so `model[0].we` reaches the completer whole.
    nonisolated(unsafe) private static let wordBreaks = strdup(" \t\n\"\\'`@$><=;|&{(,+-*/%~^!:)}")

    static func install(_ completer: @escaping (String) -> [String]) {
        self.completer = completer
        flint_rl_set_word_breaks(wordBreaks)
        flint_rl_set_completion(attempt)
    }

    private static let attempt: @convention(c) (UnsafePointer<CChar>?, Int32, Int32)
        -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, start, _ in
        // No fallback to file names, and no space after a completed name or attribute.
        flint_rl_set_attempted_completion_over(1)
        flint_rl_set_append_character(0)
        guard let text else { return nil }
        let word = String(cString: text)
        // Tab where only indentation stands before the cursor indents, as in Python's REPL.
        matches = word.isEmpty && onlyIndentationBefore(Int(start)) ? ["    "] : completer(word)
        return rl_completion_matches(text, serve)
    }

    private static func onlyIndentationBefore(_ position: Int) -> Bool {
        guard let line = flint_rl_line_buffer() else { return true }
        return String(cString: line).unicodeScalars.prefix(max(position, 0)).allSatisfy { $0 == " " || $0 == "\t" }
    }

    /// Hands libedit the matches one by one (`state` counts up from 0).
    private static let serve: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
        let index = Int(state)
        guard index >= 0, index < matches.count else { return nil }
        return strdup(matches[index])
    }
}

import Glibc

/// The interactive prompt: `>>> ` and `... ` prompts, continuation while the runner says the
/// input is unfinished, expression echo, Ctrl-C to abandon the input or stop a running
/// statement, Ctrl-D to leave.
public final class REPL {
    public struct Settings: Sendable {
        public var prelude = true
        /// nil keeps history in memory only.
        public var historyPath: String?
        public var historyLimit = 1000

        public init(prelude: Bool = true, historyPath: String? = Settings.defaultHistoryPath) {
            self.prelude = prelude
            self.historyPath = historyPath
        }

        /// `$FLINT_HISTORY`, else `~/.flint_history`.
        public static var defaultHistoryPath: String? {
            if let path = getenv("FLINT_HISTORY") { return String(cString: path) }
            return getenv("HOME").map { String(cString: $0) + "/.flint_history" }
        }
    }

    private let runner: CodeRunner
    private let settings: Settings

    public init(runner: CodeRunner, settings: Settings) {
        self.runner = runner
        self.settings = settings
    }

    public func run() {
        Interrupt.install()
        let loaded = settings.prelude ? Prelude.load(into: runner) : nil
        Console.write(Prelude.banner(loaded: loaded) + "\n")
        let editor = LineEditor(historyPath: settings.historyPath, historyLimit: settings.historyLimit,
                                completer: { [runner] in runner.completions(for: $0) })
        var pending: [String] = []
        while true {
            switch editor.readLine(prompt: pending.isEmpty ? ">>> " : "... ") {
            case .endOfFile:
                Console.write("\n")
                Console.flush()
                return
            case .interrupted:
                Console.write("\nKeyboardInterrupt\n")
                pending = []
            case .line(let line):
                pending.append(line)
                let source = pending.joined(separator: "\n")
                if runner.inputStatus(source) == .incomplete { continue }
                pending = []
                editor.remember(Self.trimmingTrailingBlankLines(source))
                if !source.allSatisfy(\.isWhitespace) { execute(source) }
            }
        }
    }

    /// A block's closing empty line is not worth recalling.
    private static func trimmingTrailingBlankLines(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    private func execute(_ source: String) {
        Interrupt.clear()
        do {
            try runner.run(source + "\n", filename: "<stdin>", mode: .interactive) { Console.write($0) }
        } catch {
            Console.writeError(error.traceback + "\n")
        }
        Console.flush()
    }
}

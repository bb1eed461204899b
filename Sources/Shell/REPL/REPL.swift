import Glibc

/// The interactive prompt: `>>> ` and `... ` prompts, continuation while the runner says the
/// input is unfinished, expression echo, magics, pasted transcripts, Ctrl-C to abandon the
/// input or stop a running statement, Ctrl-D to leave.
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
    /// Set by `exit()` (an uncaught SystemExit): the REPL ends with this status.
    private var exitStatus: Int32?
    private let promptColour = Colour(descriptor: 1)
    private let errorColour = Colour(descriptor: 2)

    public init(runner: CodeRunner, settings: Settings) {
        self.runner = runner
        self.settings = settings
    }

    /// Runs until Ctrl-D or `exit()`; returns the process status.
    public func run() -> Int32 {
        Interrupt.install()
        let loaded = settings.prelude ? Prelude.load(into: runner) : nil
        Console.write(Prelude.banner(loaded: loaded) + "\n")
        let editor = LineEditor(historyPath: settings.historyPath, historyLimit: settings.historyLimit,
                                completer: { [runner] in runner.completions(for: $0) })
        let magics = Magics(.init(
            runner: runner,
            write: Console.write,
            writeError: Console.writeError,
            report: { [self] in report($0) },
            ask: { question in
                if case .line(let answer) = editor.readLine(prompt: question) { return answer }
                return nil
            },
            reload: { [runner, settings] in
                if settings.prelude { _ = Prelude.load(into: runner) }
                return runner.definedNames()
            }))
        magics.hidden = runner.definedNames()

        var pending: [String] = []
        var paste = TranscriptPaste()
        while true {
            if let status = exitStatus { return status }
            let prompt = promptColour.prompt(pending.isEmpty ? ">>> " : "... ")
            switch editor.readLine(prompt: prompt) {
            case .endOfFile:
                Console.write("\n")
                Console.flush()
                return 0
            case .interrupted:
                Console.write("\nKeyboardInterrupt\n")
                pending = []
            case .line(let typed):
                if let pasted = TerminalInput.takePaste() {
                    runWhole(Cell.inputOnly((pending + [typed + pasted]).joined(separator: "\n")), editor, magics,
                             show: true)
                    pending = []
                    continue
                }
                if typed.contains("\n") {
                    // A multi-line entry recalled from history: libedit has shown it already.
                    runWhole((pending + [typed]).joined(separator: "\n"), editor, magics, show: false)
                    pending = []
                    continue
                }
                guard let line = paste.filter(typed, continuing: !pending.isEmpty, moreWaiting: Console.inputWaiting)
                else { continue }
                pending.append(line)
                let source = pending.joined(separator: "\n")
                if runner.inputStatus(source) == .incomplete { continue }
                pending = []
                let entry = Self.trimmingTrailingBlankLines(source)
                editor.remember(entry)
                if source.allSatisfy(\.isWhitespace) || magics.handle(source) { continue }
                if ["exit", "quit"].contains(entry.trimmingCharacters(in: " \t")) {
                    // What python3.11's `exit` object says when shown rather than called.
                    Console.write("Use \(entry.trimmingCharacters(in: " \t"))() or Ctrl-D (i.e. EOF) to exit\n")
                    continue
                }
                magics.remember(entry)
                execute(source)
            }
        }
    }

    /// A bracketed paste or a recalled multi-line entry runs as a cell, statement by statement
    /// until one fails; a paste is first shown whole with prompts (replacing the line libedit
    /// showed).
    private func runWhole(_ text: String, _ editor: LineEditor, _ magics: Magics, show: Bool) {
        let cell = Cell(text)
        guard !cell.statements.isEmpty else { return }
        if show { Console.write("\u{1B}[A\r\u{1B}[K" + cell.statements.flatMap(\.shown).map { $0 + "\n" }.joined()) }
        editor.remember(Self.trimmingTrailingBlankLines(text))
        for statement in cell.statements {
            magics.remember(statement.lines.joined(separator: "\n"))
            guard execute(statement.code) else { return }
        }
    }

    /// A block's closing empty line is not worth recalling.
    private static func trimmingTrailingBlankLines(_ source: String) -> String {
        var lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    /// Runs one statement; false when it raised. A Ctrl-C typed since the line was read
    /// interrupts it at once.
    @discardableResult
    private func execute(_ source: String) -> Bool {
        defer { Console.flush() }
        do {
            try runner.run(source.hasSuffix("\n") ? source : source + "\n", filename: "<stdin>", mode: .interactive) {
                Console.write($0)
            }
            return true
        } catch {
            report(error)
            return false
        }
    }

    private func report(_ error: PythonErrorText) {
        if error.systemExit != nil {
            exitStatus = Programs.report(error)
            return
        }
        Console.writeError(errorColour.traceback(error.traceback, exceptionLine: error.exceptionLine) + "\n")
    }
}

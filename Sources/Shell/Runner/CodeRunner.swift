/// What the shell needs from a Python interpreter. The shell knows nothing else about the
/// language, so it can be developed and tested against `EchoRunner`, and the `flint` target
/// wires the real interpreter in through `ScriptRunner`.
public protocol CodeRunner: AnyObject {
    /// Whether `source` is a whole statement, needs more lines (an open bracket, a trailing
    /// `:`, an unfinished block), or can never become valid.
    func inputStatus(_ source: String) -> InputStatus

    /// Throws the SyntaxError that stops `source` from running as a file, if any.
    func checkSyntax(_ source: String, filename: String) throws(PythonErrorText)

    /// Runs `source`. In `.interactive` mode expression statements echo their repr through
    /// `write`, as at Python's prompt; in `.file` mode only explicit output is written.
    func run(_ source: String, filename: String, mode: ExecutionMode,
             write: @escaping (String) -> Void) throws(PythonErrorText)

    /// Runs `source` as a notebook cell: in file mode, but the value of a final expression
    /// statement is returned as its repr (nil when there is none or it is None).
    func runCell(_ source: String, filename: String,
                 write: @escaping (String) -> Void) throws(PythonErrorText) -> String?

    /// The autograd graph behind the tensor `expression` evaluates to (`%graph`).
    func autogradGraph(of expression: String) throws(PythonErrorText) -> GraphTree

    /// The figures a notebook cell left open, closed: Jupyter's inline backend displays them
    /// after each cell.
    func flushFigures() -> [Figure]

    /// Whole names or dotted paths (`model[0].weight`) that can complete `prefix`.
    func completions(for prefix: String) -> [String]

    /// The user's variables for `%who`, in definition order, without those in `hidden`.
    func variables(hiding hidden: Set<String>) -> [Variable]

    /// Names defined now (the REPL hides those the prelude defined from `%who`).
    func definedNames() -> Set<String>

    /// What `obj?` shows: type, string form and docstring of a name or dotted path.
    func describe(_ expression: String) -> String

    /// Forgets every variable: a fresh interpreter (`%reset`).
    func reset()
}

/// A figure as a notebook shows it: its text form (`<Figure size 640x480 with 1 Axes>`) and
/// its chart drawn for a terminal.
public struct Figure: Sendable, Equatable {
    public var text: String
    public var chart: String

    public init(text: String, chart: String) {
        self.text = text
        self.chart = chart
    }
}

/// A row of `%who`: for tensors `summary` gives shape, dtype and requires_grad; for other
/// values their `str`.
public struct Variable: Sendable, Equatable {
    public var name: String
    public var type: String
    public var summary: String

    public init(name: String, type: String, summary: String) {
        self.name = name
        self.type = type
        self.summary = summary
    }
}

public enum InputStatus: Sendable, Equatable {
    case complete, incomplete, invalid
}

public enum ExecutionMode: Sendable, Equatable {
    case interactive, file
}

/// An uncaught Python exception as text: the whole traceback for stderr, and the last line
/// (`ErrorType: message`) that doctest compares.
public struct PythonErrorText: Error, Sendable, Equatable {
    public var traceback: String
    public var exceptionLine: String

    public init(traceback: String, exceptionLine: String) {
        self.traceback = traceback
        self.exceptionLine = exceptionLine
    }

    /// Builds both parts from a full traceback whose last non-empty line is the exception.
    public init(traceback: String) {
        self.traceback = traceback
        let lines = traceback.split(separator: "\n", omittingEmptySubsequences: true)
        self.exceptionLine = lines.last.map(String.init) ?? traceback
    }
}

extension CodeRunner {
    /// Runs `source` as typed at the prompt; what it printed, and its exception if it raised.
    func runAsTyped(_ source: String) -> (output: String, error: PythonErrorText?) {
        var output = ""
        do {
            try run(source, filename: "<stdin>", mode: .interactive) { output += $0 }
            return (output, nil)
        } catch {
            return (output, error)
        }
    }
}

extension PythonErrorText {
    /// For an uncaught SystemExit, what python3 does: the status (`exit()` 0, `exit(3)` 3,
    /// any other argument 1) and the message it prints to stderr (a non-integer argument).
    public var systemExit: (status: Int32, message: String?)? {
        guard exceptionLine == "SystemExit" || exceptionLine.hasPrefix("SystemExit: ") else { return nil }
        let argument = exceptionLine.dropFirst("SystemExit: ".count)
        if argument.isEmpty || argument == "None" { return (0, nil) }
        if let status = Int32(argument) { return (status, nil) }
        return (1, String(argument))
    }
}

import Bindings
import Script

/// The real interpreter behind the shell: Script's `Interpreter` with the torch bindings
/// installed, Ctrl-C wired to KeyboardInterrupt.
public final class ScriptRunner: CodeRunner {
    private(set) var interpreter: Interpreter
    private let arguments: [String]

    /// `arguments` become `sys.argv` (python3's: the script path first, `-c` for code, `''`
    /// at the prompt).
    public init(arguments: [String] = [""]) {
        self.arguments = arguments
        interpreter = Self.makeInterpreter(arguments: arguments)
    }

    private static func makeInterpreter(arguments: [String]) -> Interpreter {
        let interpreter = Interpreter()
        ShellModules.install(in: interpreter)
        installBindings(interpreter)
        interpreter.interruptRequested = Interrupt.take
        SystemModule.install(in: interpreter, arguments: arguments)
        Help.install(in: interpreter)
        return interpreter
    }

    public func inputStatus(_ source: String) -> InputStatus {
        switch interpreter.checkCompleteness(source) {
        case .complete: .complete
        case .incomplete: .incomplete
        case .invalid: .invalid
        }
    }

    public func checkSyntax(_ source: String, filename: String) throws(PythonErrorText) {
        // With a closing blank line only a broken file stays unfinished.
        guard interpreter.checkCompleteness(source + "\n") != .complete else { return }
        // Parsing fails before anything runs; this interpreter only produces the SyntaxError.
        let parser = Interpreter()
        parser.output = { _ in }
        parser.interruptRequested = { true }
        if let error = parser.run(source, file: filename, mode: .file) { throw Self.text(of: error) }
    }

    public func run(_ source: String, filename: String, mode: ExecutionMode,
                    write: @escaping (String) -> Void) throws(PythonErrorText) {
        interpreter.output = write
        defer { interpreter.output = { _ in } }
        if let error = interpreter.run(source, file: filename, mode: mode == .interactive ? .interactive : .file) {
            throw Self.text(of: error)
        }
    }

    public func runCell(_ source: String, filename: String,
                        write: @escaping (String) -> Void) throws(PythonErrorText) -> String? {
        // A cell is compiled whole: a syntax error anywhere runs none of it.
        try checkSyntax(source, filename: filename)
        let cell = CellSource(source)
        try run(cell.body, filename: filename, mode: .file, write: write)
        guard let value = try evaluate(cell, filename: filename, write: write) else {
            try run(cell.last, filename: filename, mode: .file, write: write)
            return nil
        }
        guard !value.isNone else { return nil }
        do {
            return try NotebookDisplay(interpreter: interpreter).text(of: value)
        } catch {
            throw Self.text(of: error)
        }
    }

    /// Only when the program imported pyplot (it is then a global).
    public func flushFigures() -> [Figure] {
        for name in interpreter.main.names {
            guard case .module(let module)? = interpreter.main[name], module.name == "matplotlib.pyplot",
                  let flush = module["_flush_figures"], let shown = try? interpreter.call(flush, []),
                  let items = try? interpreter.toArray(shown) else { continue }
            return items.compactMap { item in
                guard case .tuple(let pair) = item, pair.count == 2, case .str(let text) = pair[0],
                      case .str(let chart) = pair[1] else { return nil }
                return Figure(text: text, chart: chart)
            }
        }
        return []
    }

    public func completions(for prefix: String) -> [String] {
        NameCompletion.candidates(for: prefix, names: interpreter.globalNames()) { [self] path in
            ValuePath.resolve(path, in: interpreter).map(members)
        }
    }

    /// An object's attribute names: its class's `__dir__` when it has one (nn.Module lists
    /// its parameters and submodules so), else the interpreter's `dir`.
    private func members(of value: Value) -> [String] {
        var names = Set(interpreter.dir(value))
        if case .instance = value, let method = try? interpreter.getAttribute(value, "__dir__"),
           let listed = try? interpreter.call(method, []), let items = try? interpreter.toArray(listed) {
            for case .str(let name) in items { names.insert(name) }
        }
        return names.sorted()
    }

    public func variables(hiding hidden: Set<String>) -> [Variable] {
        interpreter.main.names.filter { !hidden.contains($0) && !$0.hasPrefix("_") }.compactMap { name in
            interpreter.main[name].map { Variable(name: name, type: typeName($0), summary: summary(of: $0)) }
        }
    }

    public func definedNames() -> Set<String> {
        Set(interpreter.main.names)
    }

    public func reset() {
        interpreter = Self.makeInterpreter(arguments: arguments)
    }

    public func describe(_ expression: String) -> String {
        guard let value = ValuePath.resolve(expression, in: interpreter) else {
            return "Object `\(expression)` not found.\n"
        }
        return Help.text(of: value, in: interpreter)
    }

    /// The value of the cell's last statement when it is an expression (nil otherwise, and
    /// then nothing has run): it is assigned to a temporary global, read and removed.
    func evaluate(_ cell: CellSource, filename: String, write: @escaping (String) -> Void) throws(PythonErrorText) -> Value? {
        let name = "__flint_value__"
        guard let capture = cell.capturing(into: name), interpreter.checkCompleteness(capture) == .complete else {
            return nil
        }
        try run(capture, filename: filename, mode: .file, write: write)
        defer { interpreter.main[name] = nil }
        return interpreter.main[name]
    }

    /// Tensors by shape, dtype and requires_grad; anything else by its `str`.
    private func summary(of value: Value) -> String {
        if case .instance = value, let shape = shapeText(value),
           let dtype = (try? interpreter.getAttribute(value, "dtype")).flatMap({ try? interpreter.str($0) }) {
            var text = "shape=\(shape), dtype=\(dtype)"
            if let grad = (try? interpreter.getAttribute(value, "requires_grad")).flatMap({ try? interpreter.repr($0) }) {
                text += ", requires_grad=\(grad)"
            }
            return text
        }
        return Self.shortened((try? interpreter.str(value)) ?? "<\(typeName(value))>")
    }

    /// `(1, 8)` for a tensor's or array's shape, as torchviz labels parameters.
    func shapeText(_ tensor: Value) -> String? {
        guard let shape = try? interpreter.getAttribute(tensor, "shape"), let sizes = try? interpreter.toArray(shape)
        else { return nil }
        let dims = sizes.compactMap { try? interpreter.repr($0) }
        return "(" + dims.joined(separator: ", ") + (dims.count == 1 ? ",)" : ")")
    }

    /// IPython's `%whos` rule: one line, cut in the middle beyond 50 characters.
    static func shortened(_ text: String) -> String {
        let flat = text.replacing("\n", with: "\\n")
        guard flat.count > 50 else { return flat }
        return String(flat.prefix(25)) + "<...>" + String(flat.suffix(25))
    }

    /// The full traceback, and its last part (`ErrorType: message`, possibly several lines).
    static func text(of error: PyError) -> PythonErrorText {
        let traceback = error.formatted()
        let lines = traceback.split(separator: "\n", omittingEmptySubsequences: false)
        let messageLines = error.message.split(separator: "\n", omittingEmptySubsequences: false).count
        let exceptionLine = lines.suffix(max(messageLines, 1)).joined(separator: "\n")
        return PythonErrorText(traceback: traceback, exceptionLine: exceptionLine)
    }
}

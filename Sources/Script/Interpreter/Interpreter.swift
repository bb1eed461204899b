// The public face of the language: run source, register modules, call into Python values.

public enum RunMode { case interactive, file }
public enum Completeness { case complete, incomplete, invalid }

public final class Interpreter {
    /// Where print() and interactive echo write.
    public var output: (String) -> Void = { s in print(s, terminator: "") }
    /// Polled at loop back-edges and calls; returning true raises KeyboardInterrupt.
    public var interruptRequested: () -> Bool = { false }

    let builtins = PyModule(name: "builtins")
    public let main = PyModule(name: "__main__")
    var modules: [String: PyModule] = [:]
    var loaders: [String: (Interpreter) throws(PyError) -> PyModule] = [:]
    var sources: [String: String] = [:]
    /// Exceptions being handled by enclosing `except` blocks (for bare `raise`).
    var handling: [PyError] = []
    let maxDepth = 1000
    /// Containers whose repr is being computed (to print self-references as [...]).
    var reprActive = Set<ObjectIdentifier>()
    var currentFile = "<stdin>"
    /// Counters touched on every call, kept behind a pointer to avoid exclusivity checks.
    private let hot: UnsafeMutablePointer<(depth: Int, interruptCounter: Int, stackLimit: UInt, compileDepth: Int)> = {
        let p = UnsafeMutablePointer<(depth: Int, interruptCounter: Int, stackLimit: UInt, compileDepth: Int)>.allocate(capacity: 1)
        p.initialize(to: (0, 0, 0, 0))
        return p
    }()
    @inline(__always) var depth: Int { get { hot.pointee.depth } set { hot.pointee.depth = newValue } }
    @inline(__always) var interruptCounter: Int { get { hot.pointee.interruptCounter } set { hot.pointee.interruptCounter = newValue } }
    var compileDepth: Int { get { hot.pointee.compileDepth } set { hot.pointee.compileDepth = newValue } }
    @inline(__always) var stackLimit: UInt { get { hot.pointee.stackLimit } set { hot.pointee.stackLimit = newValue } }

    /// Stacks for generator bodies, and the link generators use to find this interpreter.
    let generators = GeneratorContext()

    deinit {
        // Generators still held (by globals) are released after this: they must not run any more.
        generators.interpreter = nil
        generators.droppedGenerators = []
        hot.deallocate()
    }

    public init() {
        generators.interpreter = self
        installBuiltins()
        registerStandardModules()
        modules["__main__"] = main
        modules["builtins"] = builtins
    }

    /// Registers a native module, loaded on first import.
    /// The latest registration of a name wins (native or source).
    public func registerModule(_ name: String, loader: @escaping (Interpreter) throws(PyError) -> PyModule) {
        loaders[name] = loader
        sources[name] = nil
        modules[name] = nil
    }

    /// Registers a module written in Python, executed on first import.
    public func registerSourceModule(_ name: String, source: String) {
        sources[name] = source
        loaders[name] = nil
        modules[name] = nil
    }

    /// Runs source in the main module. Errors come back as values; the state stays usable.
    @discardableResult
    public func run(_ source: String, file: String = "<stdin>", mode: RunMode = .file) -> PyError? {
        do throws(PyError) {
            try execute(source, in: main, file: file, interactive: mode == .interactive)
            return nil
        } catch {
            return error
        }
    }

    func execute(_ source: String, in module: PyModule, file: String, interactive: Bool) throws(PyError) {
        let savedFile = currentFile
        currentFile = file
        defer { currentFile = savedFile }
        if depth == 0 { stackLimit = stackLimitBelow(stackAddress()) }
        compileDepth = 0
        let body = try Parser.parse(source, file: file)
        if module !== main, module["__doc__"] == nil { module["__doc__"] = docstring(of: body).map { .str($0) } ?? .none }
        let scope = try ScopeBuilder.build(body)
        var compiler = Compiler(interp: self, module: module, file: file, scope: scope, interactive: interactive)
        let code = try compiler.block(body)
        let frame = Frame.make(slotCount: 0)
        let savedDepth = depth
        let savedHandling = handling.count
        defer { if generators.dropped.pointee { closeDroppedGenerators() } }
        do throws(PyError) {
            _ = try code(frame)
        } catch {
            depth = savedDepth
            handling.removeLast(max(0, handling.count - savedHandling))
            var e = error
            e.traceback.append(TraceEntry(file: file, line: frame.line, function: "<module>"))
            throw e
        }
    }

    /// Evaluates one expression in the main module (eval(); also for tab completion of `obj.attr`).
    public func evaluate(_ expression: String) throws(PyError) -> Value {
        var lexer = Lexer(expression)
        var parser = Parser(tokens: try lexer.tokenize(), source: expression, file: "<string>")
        if let e = lexer.unclosedBracket { throw e }
        let e = try parser.expressionList()
        while parser.tok.kind == .newline { _ = parser.advance() }
        guard parser.tok.kind == .eof else { throw parser.error() }
        let body = [Stmt(kind: .returnValue(e), line: 1)]
        let scope = try ScopeBuilder.build(body)
        var compiler = Compiler(interp: self, module: main, file: "<string>", scope: scope, inFunction: true)
        let code = try compiler.block(body)
        let frame = Frame.make(slotCount: 0)
        _ = try code(frame)
        return frame.returnValue
    }

    /// Whether the REPL should run `source` now, ask for more lines, or report an error.
    public func checkCompleteness(_ source: String) -> Completeness {
        var lexer = Lexer(source)
        let tokens: [Token]
        do throws(PyError) {
            tokens = try lexer.tokenize()
        } catch {
            let m = error.message
            if m.hasPrefix("unterminated triple-quoted") || m.hasPrefix("unexpected EOF") { return .incomplete }
            return .invalid
        }
        var parser = Parser(tokens: tokens, source: source, file: "<stdin>")
        do throws(PyError) {
            _ = try parser.parseModule()
        } catch {
            return parser.needsMoreLines || (parser.hitEOF && lexer.unclosedBracket != nil) ? .incomplete : .invalid
        }
        if lexer.unclosedBracket != nil { return .incomplete }
        // A compound statement stays open until a blank line, as in Python's REPL.
        let compound: Set<String> = ["if", "for", "while", "def", "class", "try", "with", "async"]
        let opensBlock = tokens.contains { $0.kind == .indent } || tokens.first.map { compound.contains($0.text) || $0.isOp("@") } == true
        let lastLine = source.split(separator: "\n", omittingEmptySubsequences: false).last ?? ""
        if opensBlock && !String(lastLine).trimmingSpaces.isEmpty { return .incomplete }
        return .complete
    }

    /// Names defined in the main module and builtins (for tab completion).
    public func globalNames() -> [String] { main.names + builtins.names.filter { !$0.hasPrefix("_") } }

    func checkInterrupt() throws(PyError) {
        if generators.dropped.pointee { closeDroppedGenerators() }
        if interruptRequested() { throw PyError(KeyboardInterruptClass, "") }
    }
}

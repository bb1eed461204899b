/// A stand-in interpreter for developing and testing the shell without the real one
/// (`FLINT_RUNNER=echo`). It understands just enough to exercise every path:
/// `print(TEXT)` writes TEXT, `raise NAME(TEXT)` raises, `NAME = ...` defines NAME (for
/// completion), `while True:` loops until interrupted, and any other line is an expression
/// that echoes itself at the interactive prompt.
public final class EchoRunner: CodeRunner {
    public private(set) var names: [String] = []
    public var interruptRequested: () -> Bool = Interrupt.take

    public init() {}

    public func inputStatus(_ source: String) -> InputStatus {
        let scanner = SourceScanner(source)
        switch scanner.ending {
        case .broken: return .invalid
        case .open: return .incomplete
        case .closed: break
        }
        // As at Python's prompt, a block ends with an empty line.
        let opensBlock = scanner.lines.contains { $0.endsWithColon }
        return opensBlock && !source.hasSuffix("\n") ? .incomplete : .complete
    }

    public func checkSyntax(_ source: String, filename: String) throws(PythonErrorText) {
        if SourceScanner(source).ending != .closed {
            throw PythonErrorText(traceback: "  File \"\(filename)\", line 1\nSyntaxError: invalid syntax")
        }
    }

    public func run(_ source: String, filename: String, mode: ExecutionMode,
                    write: @escaping (String) -> Void) throws(PythonErrorText) {
        let physical = source.split(separator: "\n", omittingEmptySubsequences: false)
        for logical in SourceScanner(source).lines {
            let statement = physical[(logical.firstLine - 1)..<logical.lastLine]
                .joined(separator: "\n").prefix(upTo: "  #").trimmingCharacters(in: " \t")
            if let text = Self.argument(of: "print", in: statement) {
                write(text + "\n")
            } else if let text = Self.argument(of: "raise ", in: statement) {
                let name = statement.dropFirst(6).prefix { $0 != "(" }
                throw PythonErrorText(traceback: "Traceback (most recent call last):\n  File \"\(filename)\", line 1, in <module>\n\(name): \(text)")
            } else if statement == "while True:" {
                while !interruptRequested() {}
                throw PythonErrorText(traceback: "Traceback (most recent call last):\n  File \"\(filename)\", line 1, in <module>\nKeyboardInterrupt")
            } else if let equals = statement.firstIndex(of: "="), statement[equals...].hasPrefix("==") == false {
                let name = statement[..<equals].trimmingCharacters(in: " ")
                if !names.contains(name) { names.append(name) }
            } else if mode == .interactive, !statement.hasPrefix("@"), !Self.keywords.contains(String(statement.prefix { $0.isLetter })) {
                write(statement + "\n")
            }
        }
    }

    public func variables(hiding hidden: Set<String>) -> [Variable] {
        names.filter { !hidden.contains($0) }.map { Variable(name: $0, type: "str", summary: "?") }
    }

    public func definedNames() -> Set<String> { Set(names) }

    public func reset() { names = [] }

    public func describe(_ expression: String) -> String { "help(\(expression))\n" }

    /// The last statement's echo is the cell's value.
    public func runCell(_ source: String, filename: String,
                        write: @escaping (String) -> Void) throws(PythonErrorText) -> String? {
        let cell = CellSource(source)
        try run(cell.body, filename: filename, mode: .file, write: write)
        var echoed = ""
        try run(cell.last, filename: filename, mode: .interactive) { echoed += $0 }
        return echoed.isEmpty ? nil : String(echoed.dropLast())
    }

    public func flushFigures() -> [Figure] { [] }

    public func autogradGraph(of expression: String) throws(PythonErrorText) -> GraphTree {
        GraphTree(label: expression, children: [])
    }

    public func completions(for prefix: String) -> [String] {
        (names + ["print", "import", "while"]).filter { $0.hasPrefix(prefix) }.sorted()
    }

    private static let keywords: Set<String> = [
        "pass", "import", "from", "def", "class", "return", "if", "elif", "else", "for", "while",
        "try", "except", "finally", "with", "break", "continue", "del", "global", "nonlocal",
    ]

    /// The text inside `keyword(...)`, without quotes when it is one string literal.
    private static func argument(of keyword: String, in statement: String) -> String? {
        guard statement.hasPrefix(keyword), statement.hasSuffix(")"),
              let open = statement.firstIndex(of: "(") else { return nil }
        var inside = statement[statement.index(after: open)..<statement.index(before: statement.endIndex)]
        if inside.count >= 2, let quote = inside.first, quote == "'" || quote == "\"", inside.last == quote {
            inside = inside.dropFirst().dropLast()
        }
        return String(inside)
    }
}

extension StringProtocol {
    func prefix(upTo marker: String) -> SubSequence {
        self[..<(firstRange(of: marker)?.lowerBound ?? endIndex)]
    }

    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        guard let start = firstIndex(where: { !characters.contains($0) }),
              let end = lastIndex(where: { !characters.contains($0) }) else { return "" }
        return String(self[start...end])
    }
}

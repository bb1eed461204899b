import Script

/// A value as Jupyter shows a cell's result: IPython's pretty printer, not plain `repr`.
/// Lists, tuples, dicts and sets break one item per line when they do not fit in 79
/// columns; an object with Python's default repr shows as `<module.Class at 0x…>`; a class as
/// its dotted name. Everything else is its repr.
struct NotebookDisplay {
    let interpreter: Interpreter
    static let width = 79
    /// Containers being shown, so one that contains itself shows as `[...]`, as in IPython.
    private var open: Set<ObjectIdentifier> = []

    init(interpreter: Interpreter) {
        self.interpreter = interpreter
    }

    func text(of value: Value) throws(PyError) -> String {
        var display = self
        var layout = Layout()
        layout.render(try display.document(value), width: Self.width)
        return layout.output
    }

    private mutating func document(_ value: Value) throws(PyError) -> Document {
        switch value {
        case .list(let list):
            return try nested(ObjectIdentifier(list), cycle: "[...]") { (d: inout NotebookDisplay) throws(PyError) in
                try d.sequence("[", list.items, "]")
            }
        case .tuple(let items):
            guard open.count < 200 else { return .text("(...)") }
            return try sequence("(", items, items.count == 1 ? ",)" : ")")
        case .dict(let dict):
            return try nested(ObjectIdentifier(dict), cycle: "{...}") { (d: inout NotebookDisplay) throws(PyError) in
                var parts: [Document] = []
                for (i, (key, item)) in dict.items.enumerated() {
                    if i > 0 { parts += [.text(","), .breakable] }
                    parts += [try d.document(key), .text(": "), try d.document(item)]
                }
                return .group(indent: 1, [.text("{")] + parts + [.text("}")])
            }
        case .set(let set):
            guard set.count > 0 else { return .text(set.frozen ? "frozenset()" : "set()") }
            let open = set.frozen ? "frozenset({" : "{"
            return try sequence(open, sortedForDisplay(set.items), set.frozen ? "})" : "}")
        case .cls(let cls):
            let module = (try? interpreter.getAttribute(value, "__module__")).flatMap { v -> String? in
                if case .str(let name) = v { return name }
                return nil
            }
            return .text(module == nil || module == "builtins" ? cls.name : "\(module ?? "").\(cls.name)")
        default:
            let text = try interpreter.repr(value)
            return .text(text.replacing(#/^<([\w.]+) object at (0x[0-9a-fA-F]+)>$/#) { "<\($0.1) at \($0.2)>" })
        }
    }

    /// Shows a container once per path; deep nesting stops at 200 levels.
    private mutating func nested(_ identity: ObjectIdentifier, cycle: String,
                                 _ show: (inout NotebookDisplay) throws(PyError) -> Document) throws(PyError) -> Document {
        guard !open.contains(identity), open.count < 200 else { return .text(cycle) }
        open.insert(identity)
        defer { open.remove(identity) }
        return try show(&self)
    }

    private mutating func sequence(_ open: String, _ items: [Value], _ close: String) throws(PyError) -> Document {
        var parts: [Document] = [.text(open)]
        for (i, item) in items.enumerated() {
            if i > 0 { parts += [.text(","), .breakable] }
            parts.append(try document(item))
        }
        return .group(indent: open.count, parts + [.text(close)])
    }

    /// IPython sorts a set's items when they are all numbers or all strings.
    private func sortedForDisplay(_ items: [Value]) -> [Value] {
        let numbers = items.compactMap { value -> Double? in
            switch value {
            case .int(let n): Double(n)
            case .float(let x): x
            case .bool(let b): b ? 1 : 0
            default: nil
            }
        }
        if numbers.count == items.count {
            return zip(items, numbers).sorted { $0.1 < $1.1 }.map(\.0)
        }
        let strings = items.compactMap { value -> String? in
            if case .str(let s) = value { return s }
            return nil
        }
        if strings.count == items.count {
            return zip(items, strings).sorted { $0.1.unicodeScalars.lexicographicallyPrecedes($1.1.unicodeScalars) }.map(\.0)
        }
        return items
    }
}

/// The pretty printer's documents: text, places that may break, and groups that break all
/// their places together when they do not fit on the line.
indirect enum Document {
    case text(String)
    case breakable
    case group(indent: Int, [Document])

    /// Width when laid out on one line (IPython counts a multi-line text whole).
    var flatWidth: Int {
        switch self {
        case .text(let text): text.count
        case .breakable: 1
        case .group(_, let parts): parts.reduce(0) { $0 + $1.flatWidth }
        }
    }
}

/// Wadler-style layout: a group goes on one line when it and the text up to the next break
/// after it fit in the width; otherwise each of its breakables starts a new line.
struct Layout {
    private(set) var output = ""
    private var column = 0

    mutating func render(_ document: Document, width: Int) {
        place(document, indent: 0, flat: false, trailing: 0, width: width)
    }

    private mutating func place(_ document: Document, indent: Int, flat: Bool, trailing: Int, width: Int) {
        switch document {
        case .text(let text):
            output += text
            column += text.count
        case .breakable:
            if flat {
                output += " "
                column += 1
            } else {
                output += "\n" + String(repeating: " ", count: indent)
                column = indent
            }
        case .group(let groupIndent, let parts):
            let fits = flat || column + document.flatWidth + trailing <= width
            let inner = indent + groupIndent
            for (i, part) in parts.enumerated() {
                // Text that must follow this part on its line: up to the group's next breakable.
                var after = 0
                if !fits {
                    for next in parts[(i + 1)...] {
                        if case .breakable = next { break }
                        after += next.flatWidth
                    }
                    if !parts[(i + 1)...].contains(where: { if case .breakable = $0 { true } else { false } }) {
                        after += trailing
                    }
                }
                place(part, indent: inner, flat: fits, trailing: fits ? 0 : after, width: width)
            }
        }
    }
}

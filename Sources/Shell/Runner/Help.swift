import Script

/// What `obj?` and `help(obj)` show: IPython's summary of an object (type, string form,
/// docstring). `help` is added to the builtins while the language has none.
enum Help {
    static func text(of value: Value, in interpreter: Interpreter) -> String {
        var lines: [String] = []
        if let signature = signature(of: value, in: interpreter) {
            if case .cls = value { lines.append("Init signature: \(signature)") } else { lines.append("Signature:   \(signature)") }
        }
        lines.append("Type:        \(typeName(value))")
        if let text = try? interpreter.repr(value) {
            lines.append("String form: " + text.replacing("\n", with: "\n             "))
        }
        // IPython's layout: a one-line docstring beside its label, a longer one below it.
        if case .str(let raw)? = try? interpreter.getAttribute(value, "__doc__") {
            let doc = cleaned(raw)
            lines.append(doc.contains("\n") ? "Docstring:\n" + doc : "Docstring:   " + doc)
        } else {
            lines.append("Docstring:   <no docstring>")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `name(parameters)`: the interpreter's for functions, methods and classes, else the object's
    /// own `__text_signature__` (CPython's attribute for native callables).
    private static func signature(of value: Value, in interpreter: Interpreter) -> String? {
        guard case .str(let name)? = try? interpreter.getAttribute(value, "__name__") else { return nil }
        if let parameters = interpreter.signature(of: value) { return name + parameters }
        if case .str(let parameters)? = try? interpreter.getAttribute(value, "__text_signature__") { return name + parameters }
        return nil
    }

    /// `inspect.cleandoc`: the first line stripped, the common indentation of the others
    /// removed, blank lines at either end dropped.
    static func cleaned(_ doc: String) -> String {
        var lines = doc.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let indents = lines.dropFirst().filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }
        let margin = indents.min() ?? 0
        for i in lines.indices {
            lines[i] = i == 0 ? String(lines[i].drop { $0 == " " }) : String(lines[i].dropFirst(min(margin, lines[i].prefix { $0 == " " }.count)))
        }
        while lines.first?.allSatisfy(\.isWhitespace) == true { lines.removeFirst() }
        while lines.last?.allSatisfy(\.isWhitespace) == true { lines.removeLast() }
        return lines.joined(separator: "\n")
    }

    static func install(in interpreter: Interpreter) {
        guard let builtins = try? interpreter.importModule("builtins"), builtins["help"] == nil else { return }
        builtins.define("help", ["obj?"]) { a throws(PyError) in
            guard let value = a.optional("obj") else {
                a.interp.output("Type help(object) or object? for help about object.\n")
                return .none
            }
            a.interp.output(text(of: value, in: a.interp))
            return .none
        }
    }
}

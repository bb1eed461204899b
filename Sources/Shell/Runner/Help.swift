import Script

/// What `obj?` and `help(obj)` show: IPython's summary of an object (type, string form,
/// docstring). `help` is added to the builtins while the language has none.
enum Help {
    static func text(of value: Value, in interpreter: Interpreter) -> String {
        var lines: [String] = []
        // A signature when the language or the bindings give one (CPython's attribute name).
        if case .str(let signature)? = try? interpreter.getAttribute(value, "__text_signature__"),
           case .str(let name)? = try? interpreter.getAttribute(value, "__name__") {
            lines.append("Signature:   \(name)\(signature)")
        }
        lines.append("Type:        \(typeName(value))")
        if let text = try? interpreter.repr(value) {
            lines.append("String form: " + text.replacing("\n", with: "\n             "))
        }
        if case .str(let doc)? = try? interpreter.getAttribute(value, "__doc__") {
            lines.append("Docstring:   " + doc.replacing("\n", with: "\n             "))
        } else {
            lines.append("Docstring:   <no docstring>")
        }
        return lines.joined(separator: "\n") + "\n"
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

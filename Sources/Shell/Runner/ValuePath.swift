import Script

/// A name followed by attributes and constant subscripts (`model[0].weight`,
/// `layers['fc']`), looked up without running code: completion and `obj?` must not call
/// functions or change anything.
enum ValuePath {
    private enum Step {
        case attribute(String)
        case index(Value)
    }

    /// Whether `path` has the plain form this lookup accepts.
    static func isPlain(_ path: String) -> Bool {
        parse(path) != nil
    }

    static func resolve(_ path: String, in interpreter: Interpreter) -> Value? {
        guard let (name, steps) = parse(path), var value = interpreter.main[name] else { return nil }
        for step in steps {
            switch step {
            case .attribute(let attribute):
                guard let next = try? interpreter.getAttribute(value, attribute) else { return nil }
                value = next
            case .index(let key):
                guard let next = try? interpreter.getItem(value, key) else { return nil }
                value = next
            }
        }
        return value
    }

    private static func parse(_ path: String) -> (String, [Step])? {
        var rest = Substring(path)
        guard let name = identifier(&rest) else { return nil }
        var steps: [Step] = []
        while let first = rest.first {
            rest = rest.dropFirst()
            if first == "." {
                guard let attribute = identifier(&rest) else { return nil }
                steps.append(.attribute(attribute))
            } else if first == "[", let close = rest.firstIndex(of: "]") {
                guard let key = constant(rest[..<close]) else { return nil }
                steps.append(.index(key))
                rest = rest[rest.index(after: close)...]
            } else {
                return nil
            }
        }
        return (name, steps)
    }

    private static func identifier(_ text: inout Substring) -> String? {
        let word = text.prefix { $0.isLetter || $0.isNumber || $0 == "_" }
        guard let first = word.first, !first.isNumber else { return nil }
        text = text.dropFirst(word.count)
        return String(word)
    }

    /// An integer (possibly negative) or a quoted string without escapes.
    private static func constant(_ text: Substring) -> Value? {
        let trimmed = text.trimmingCharacters(in: " ")
        if let number = Int(trimmed) { return .int(number) }
        if trimmed.count >= 2, let quote = trimmed.first, quote == "'" || quote == "\"",
           trimmed.last == quote, !trimmed.contains("\\") {
            return .str(String(trimmed.dropFirst().dropLast()))
        }
        return nil
    }
}

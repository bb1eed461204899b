/// What tab completion offers: for `model[0].we`, the attributes of `model[0]` that start
/// with `we`, written out whole (`model[0].weight`); for a bare word, the defined names,
/// builtins and keywords that start with it. Underscore names only when asked for.
enum NameCompletion {
    static let keywords = [
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
        "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
        "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
        "try", "while", "with", "yield",
    ]

    /// `attributes` lists the attributes of the value at a path, nil if it has none.
    static func candidates(for prefix: String, names: [String],
                           attributes: (String) -> [String]?) -> [String] {
        guard let dot = prefix.lastIndex(of: ".") else {
            return matching(names + keywords, prefix)
        }
        let path = String(prefix[..<dot])
        let partial = String(prefix[prefix.index(after: dot)...])
        guard ValuePath.isPlain(path), let members = attributes(path) else { return [] }
        return matching(members, partial).map { path + "." + $0 }
    }

    private static func matching(_ words: [String], _ prefix: String) -> [String] {
        let wanted = words.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix("_") || !$0.hasPrefix("_")) }
        return Array(Set(wanted)).sorted()
    }
}

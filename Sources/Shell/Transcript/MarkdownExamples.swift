/// The `>>>` examples of a Markdown file live in ```pycon and ```python fenced blocks; every
/// other line is blanked so the doctest parser sees only those blocks, at their own lines.
enum MarkdownExamples {
    static func mask(_ lines: [String]) -> [String] {
        var inside = false
        var fence = ""
        return lines.map { line in
            let trimmed = line.drop { $0 == " " }
            if !inside {
                if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                    let marker = trimmed.prefix { $0 == "`" || $0 == "~" }
                    let language = trimmed.dropFirst(marker.count).prefix { !$0.isWhitespace && $0 != "{" }
                    if language == "pycon" || language == "python" || language == "py" {
                        inside = true
                        fence = String(marker)
                    }
                }
                return ""
            }
            if trimmed.hasPrefix(fence) && trimmed.dropFirst(fence.count).allSatisfy({ $0 == fence.first || $0.isWhitespace }) {
                inside = false
                return ""
            }
            return line
        }
    }
}

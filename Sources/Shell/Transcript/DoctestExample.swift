/// One `>>>` example of a transcript, parsed as Python's doctest parses it.
struct DoctestExample: Equatable {
    /// The statement with prompts and indentation removed, ending with a newline.
    var source: String
    /// Expected output with `<BLANKLINE>` markers kept (the checker removes them), ending with
    /// a newline unless empty.
    var want: String
    /// For an expected traceback: the part doctest compares, from the first line that starts
    /// with a letter or digit after the `Traceback (most recent call last):` header.
    var exceptionMessage: String?
    var options: DoctestOptions
    var indent: Int
    /// 0-based indexes into the file's lines: the prompt lines, then the expected output.
    var sourceLines: Range<Int>
    var wantLines: Range<Int>

    /// 1-based line of the `>>>` prompt, for messages.
    var lineNumber: Int { sourceLines.lowerBound + 1 }
}

/// doctest's option flags that transcripts use.
struct DoctestOptions: Equatable {
    var ellipsis = false
    var normalizeWhitespace = false
    var skip = false

    /// Applies `# doctest: +ELLIPSIS, -SKIP …` directives found at line ends of `source`.
    mutating func apply(directivesIn source: String) {
        for line in source.split(separator: "\n") {
            guard let match = line.firstMatch(of: /#\s*doctest:\s*([^\n'"]*)$/) else { continue }
            for option in match.1.replacing(",", with: " ").split(separator: " ") {
                let on = option.first == "+"
                switch option.dropFirst() {
                case "ELLIPSIS": ellipsis = on
                case "NORMALIZE_WHITESPACE": normalizeWhitespace = on
                case "SKIP": skip = on
                default: break
                }
            }
        }
    }
}

enum DoctestParser {
    /// The examples in `lines` (a file split into lines, without line breaks).
    static func examples(in lines: [String]) -> [DoctestExample] {
        var examples: [DoctestExample] = []
        var i = 0
        while i < lines.count {
            guard let indent = promptIndent(lines[i], prompt: ">>>") else {
                i += 1
                continue
            }
            let start = i
            var source = [strip(lines[i], count: indent + 4)]
            i += 1
            while i < lines.count, promptIndent(lines[i], prompt: "...") != nil {
                source.append(strip(lines[i], count: indent + 4))
                i += 1
            }
            let sourceEnd = i
            var want: [String] = []
            while i < lines.count, !TranscriptText.isBlank(lines[i]), promptIndent(lines[i], prompt: ">>>") == nil {
                want.append(strip(lines[i], count: indent))
                i += 1
            }
            let sourceText = source.joined(separator: "\n") + "\n"
            let wantText = want.isEmpty ? "" : want.joined(separator: "\n") + "\n"
            var options = DoctestOptions()
            options.apply(directivesIn: sourceText)
            examples.append(DoctestExample(
                source: sourceText, want: wantText, exceptionMessage: exceptionMessage(in: want),
                options: options, indent: indent,
                sourceLines: start..<sourceEnd, wantLines: sourceEnd..<i))
        }
        return examples
    }

    /// The indentation before `prompt` when `line` is a prompt line (the prompt followed by a
    /// space or the end of the line).
    private static func promptIndent(_ line: String, prompt: String) -> Int? {
        let spaces = line.prefix { $0 == " " }
        let rest = line.dropFirst(spaces.count)
        guard rest.hasPrefix(prompt) else { return nil }
        let after = rest.dropFirst(prompt.count)
        return after.isEmpty || after.first == " " ? spaces.count : nil
    }

    /// `line` without its first `count` characters (fewer when the line is shorter).
    private static func strip(_ line: String, count: Int) -> String {
        String(line.dropFirst(count))
    }

    private static func exceptionMessage(in want: [String]) -> String? {
        guard let header = want.first,
              header.hasPrefix("Traceback (most recent call last):") || header.hasPrefix("Traceback (innermost last):"),
              header.drop(while: { $0 != ":" }).dropFirst().allSatisfy({ $0.isWhitespace }),
              let first = want.dropFirst().firstIndex(where: { $0.first.map { $0.isLetter || $0.isNumber || $0 == "_" } ?? false })
        else { return nil }
        return want[first...].joined(separator: "\n") + "\n"
    }
}

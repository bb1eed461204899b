/// doctest's OutputChecker.check_output: exact match after `<BLANKLINE>` handling, then the
/// NORMALIZE_WHITESPACE and ELLIPSIS relaxations when the example turns them on.
enum OutputChecker {
    static func matches(want: String, got: String, options: DoctestOptions) -> Bool {
        if got == want { return true }
        if (got, want) == ("True\n", "1\n") || (got, want) == ("False\n", "0\n") { return true }
        var want = want.replacing(/(?m)^<BLANKLINE>[ \t\r\x0B\x0C]*?$/, with: "")
        var got = got.replacing(/(?m)^[ \t\r\x0B\x0C]+$/, with: "")
        if got == want { return true }
        if options.normalizeWhitespace {
            got = got.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            want = want.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            if got == want { return true }
        }
        return options.ellipsis && ellipsisMatch(want: want, got: got)
    }

    /// `...` in `want` matches any text in `got` (doctest's _ellipsis_match).
    static func ellipsisMatch(want: String, got: String) -> Bool {
        guard want.contains("...") else { return want == got }
        let pieces = want.split(separator: "...", omittingEmptySubsequences: false)
        guard let first = pieces.first, let last = pieces.last else { return false }
        var start = got.startIndex
        var end = got.endIndex
        if !first.isEmpty {
            guard got.hasPrefix(first) else { return false }
            start = got.index(start, offsetBy: first.count)
        }
        if !last.isEmpty {
            guard got[start...].hasSuffix(last) else { return false }
            end = got.index(end, offsetBy: -last.count)
        }
        guard start <= end else { return false }
        for piece in pieces.dropFirst().dropLast() where !piece.isEmpty {
            guard let found = got[start..<end].firstRange(of: piece) else { return false }
            start = found.upperBound
        }
        return true
    }
}

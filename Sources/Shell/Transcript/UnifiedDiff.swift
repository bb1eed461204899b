/// A unified diff of two line lists (expected, got), with three lines of context, as
/// doctest's REPORT_UDIFF shows a failing example.
enum UnifiedDiff {
    static func lines(expected: [String], got: [String], context: Int = 3) -> [String] {
        let edits = script(expected, got)
        var out: [String] = []
        var i = 0
        while i < edits.count {
            guard let change = edits[i...].firstIndex(where: { $0.kind != .same }) else { break }
            var end = change
            // Extend the hunk while the next change is close enough to share context.
            while let next = edits[(end + 1)...].firstIndex(where: { $0.kind != .same }),
                  next - end <= 2 * context {
                end = next
            }
            let low = max(change - context, i)
            let high = min(end + context + 1, edits.count)
            let hunk = edits[low..<high]
            let oldStart = hunk.first?.oldLine ?? 0
            let newStart = hunk.first?.newLine ?? 0
            let oldCount = hunk.filter { $0.kind != .added }.count
            let newCount = hunk.filter { $0.kind != .removed }.count
            out.append("@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@")
            for edit in hunk {
                switch edit.kind {
                case .same: out.append(" " + edit.text)
                case .removed: out.append("-" + edit.text)
                case .added: out.append("+" + edit.text)
                }
            }
            i = high
        }
        return out
    }

    private static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : "\(start + 1),\(count)"
    }

    private struct Edit {
        enum Kind { case same, removed, added }
        var kind: Kind
        var text: String
        /// 0-based positions reached in each side before this edit.
        var oldLine: Int
        var newLine: Int
    }

    /// A shortest edit script from a longest-common-subsequence table over the part between
    /// the common prefix and suffix (plain remove-all/add-all when that part is huge).
    private static func script(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
              a[a.count - 1 - suffix] == b[b.count - 1 - suffix] { suffix += 1 }
        let m = a.count - prefix - suffix, n = b.count - prefix - suffix
        let width = n + 1
        let affordable = m.multipliedReportingOverflow(by: n).partialValue <= 4_000_000
        var table = [Int](repeating: 0, count: affordable ? (m + 1) * width : 0)
        if affordable {
            for i in stride(from: m - 1, through: 0, by: -1) {
                for j in stride(from: n - 1, through: 0, by: -1) {
                    table[i * width + j] = a[prefix + i] == b[prefix + j]
                        ? table[(i + 1) * width + j + 1] + 1
                        : max(table[(i + 1) * width + j], table[i * width + j + 1])
                }
            }
        }
        var edits: [Edit] = (0..<prefix).map { Edit(kind: .same, text: a[$0], oldLine: $0, newLine: $0) }
        var i = 0, j = 0
        while i < m || j < n {
            let (x, y) = (prefix + i, prefix + j)
            if i < m, j < n, a[x] == b[y] {
                edits.append(Edit(kind: .same, text: a[x], oldLine: x, newLine: y))
                i += 1; j += 1
            } else if i < m, j == n || !affordable || table[(i + 1) * width + j] >= table[i * width + j + 1] {
                edits.append(Edit(kind: .removed, text: a[x], oldLine: x, newLine: y))
                i += 1
            } else {
                edits.append(Edit(kind: .added, text: b[y], oldLine: x, newLine: y))
                j += 1
            }
        }
        for k in 0..<suffix {
            edits.append(Edit(kind: .same, text: a[prefix + m + k], oldLine: prefix + m + k, newLine: prefix + n + k))
        }
        return edits
    }
}

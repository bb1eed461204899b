import Testing
@testable import Shell

/// libedit's history is process-wide, so one test covers it.
@Suite struct HistoryTests {
    @Test func historyIsCappedAndWrittenInLibeditsFormat() throws {
        let folder = TemporaryDirectory()
        let path = folder.path + "/history"
        let editor = LineEditor(historyPath: path, historyLimit: 3, completer: { _ in [] })
        for entry in ["first = 1", "second = 2", "third = 3", "for i in x:\n    print(i)", "last = 5", "last = 5"] {
            editor.remember(entry)
        }
        let text = try Files.read(path)
        let lines = text.split(separator: "\n")
        #expect(lines.first == "_HiStOrY_V2_")
        // The newest three, a repeated entry kept once, the block as one entry.
        #expect(lines.count == 4)
        #expect(lines.last == "last\\040=\\0405")
        #expect(text.contains("for\\040i\\040in\\040x:\\012"))
        #expect(!text.contains("first"))
        #expect(Files.walk(folder.path) == [path])
    }
}

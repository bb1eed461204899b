import Testing
@testable import Shell

/// sessions/notebooks/python_and_plots.ipynb was made and executed by real Jupyter tooling
/// (nbformat + nbclient with ipykernel, CPython 3.11, matplotlib 3.11.2 inline; cell metadata,
/// figure images and all but the last traceback line trimmed). `make test` checks it with
/// `flint test sessions/`; these tests check what that run cannot see.
@Suite struct JupyterNotebookTests {
    static let executed: String = {
        let root = "\(#filePath)".split(separator: "/").dropLast(3).joined(separator: "/")
        return (try? Files.read("/" + root + "/sessions/notebooks/python_and_plots.ipynb")) ?? ""
    }()

    @Test func reprintsUnchangedWithUpdate() throws {
        // A notebook that passes is never written, even with --update.
        let folder = TemporaryDirectory()
        #expect(Self.executed.contains("nbformat"))
        let path = try folder.file("executed.ipynb", Self.executed)
        let tester = TranscriptTester(update: true, report: { _ in }, makeRunner: { ScriptRunner() })
        #expect(tester.test(file: path))
        #expect(try Files.read(path) == Self.executed)
    }

    @Test func prettyPrintingBreaksLongContainers() throws {
        let runner = ScriptRunner()
        let value = try runner.runCell("[list(range(12)), list(range(12)), list(range(12))]", filename: "<cell>") { _ in }
        // IPython 8 under CPython 3.11 shows this value so.
        #expect(value == """
        [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
         [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11],
         [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]]
        """)
    }
}

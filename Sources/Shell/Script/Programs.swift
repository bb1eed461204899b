/// The non-interactive ways to run code: a file, `-c` text, piped standard input, `record`,
/// and `test`. Each returns the process exit status.
public enum Programs {
    /// Runs a program as python3 does: only printed output; an uncaught exception prints its
    /// traceback to standard error and gives status 1.
    public static func run(_ source: String, filename: String, runner: CodeRunner) -> Int32 {
        defer { Console.flush() }
        do {
            try runner.run(source, filename: filename, mode: .file) { Console.write($0) }
            return 0
        } catch {
            Console.writeError(error.traceback + "\n")
            return 1
        }
    }

    public static func runFile(_ path: String, runner: CodeRunner) -> Int32 {
        do {
            return run(try Files.read(path), filename: path, runner: runner)
        } catch {
            Console.writeError("flint: can't open file '\(path)': \(error.reason)\n")
            return 2
        }
    }

    /// `flint record FILE.py`: the transcript on standard output.
    public static func record(_ path: String, runner: CodeRunner) -> Int32 {
        defer { Console.flush() }
        let source: String
        do {
            source = try Files.read(path)
        } catch {
            Console.writeError("flint: can't open file '\(path)': \(error.reason)\n")
            return 2
        }
        do {
            Console.write(try Recorder(runner: runner).record(source, filename: path))
            return 0
        } catch {
            Console.writeError(error.traceback + "\n")
            return 1
        }
    }

    /// `flint test PATH...`: ends with `N passed, M failed` (files); status 1 on any failure.
    public static func test(_ paths: [String], update: Bool, makeRunner: @escaping () -> CodeRunner) -> Int32 {
        defer { Console.flush() }
        let tester = TranscriptTester(update: update, report: { Console.write($0 + "\n") }, makeRunner: makeRunner)
        var missing = 0
        for path in paths where !Files.exists(path) {
            Console.write("\(path): no such file or directory\n")
            missing += 1
        }
        let counts = tester.test(paths: paths.filter(Files.exists))
        let failed = counts.failed + missing
        Console.write("\(counts.passed) passed, \(failed) failed\n")
        return failed == 0 ? 0 : 1
    }
}

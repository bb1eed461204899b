#if canImport(Glibc)
import Glibc
#endif

/// The non-interactive ways to run code: a file, `-c` text, piped standard input, `record`,
/// and `test`. Each returns the process exit status.
public enum Programs {
    /// Runs a program as python3 does: only printed output; an uncaught exception prints its
    /// traceback to standard error and gives status 1.
    public static func run(_ source: String, filename: String, runner: CodeRunner) -> Int32 {
        defer { Console.flush() }
        Interrupt.install()
        do {
            try runner.run(source, filename: filename, mode: .file) { Console.write($0) }
            return 0
        } catch {
            return report(error)
        }
    }

    /// Prints an uncaught exception as python3 does and gives the exit status.
    static func report(_ error: PythonErrorText) -> Int32 {
        if let exit = error.systemExit {
            if let message = exit.message { Console.writeError(message + "\n") }
            return exit.status
        }
        Console.writeError(error.traceback + "\n")
        // python3's status after Ctrl-C (128 + SIGINT).
        return error.exceptionLine == "KeyboardInterrupt" ? 130 : 1
    }

    public static func runFile(_ path: String, runner: CodeRunner) -> Int32 {
        guard let source = read(path) else { return 2 }
        return run(source, filename: absolute(path), runner: runner)
    }

    /// python3 (3.9 and later) names the main script by its absolute path in tracebacks.
    static func absolute(_ path: String) -> String {
        guard !path.hasPrefix("/"), let cwd = getcwd(nil, 0) else { return path }
        defer { free(cwd) }
        let dir = String(cString: cwd)
        let relative = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return dir == "/" ? "/" + relative : dir + "/" + relative
    }

    /// `flint record FILE.py`: the transcript on standard output; with `notebook`, a Jupyter
    /// notebook of the file's `# %%` cells with their outputs instead.
    public static func record(_ path: String, notebook: Bool, runner: CodeRunner) -> Int32 {
        defer { Console.flush() }
        guard let source = read(path) else { return 2 }
        do {
            try runner.checkSyntax(source, filename: path)
            if notebook {
                var recorded = Notebook(percentScript: source)
                let cellRunner = NotebookRunner(runner: runner)
                for index in recorded.cells.indices {
                    recorded.cells[index].outputs = cellRunner.run(recorded.cells[index], index: index)
                }
                Console.write(recorded.json.text)
            } else {
                Console.write(try Recorder(runner: runner).record(source, filename: path))
            }
            return 0
        } catch {
            Console.writeError(error.traceback + "\n")
            return 1
        }
    }

    /// `flint run FILE`: a notebook's code cells, or a `# %%` script's cells, run in order;
    /// each cell shows what it printed and the value of its last expression. Stops at the
    /// first error (status 1).
    public static func runCells(_ path: String, runner: CodeRunner) -> Int32 {
        defer { Console.flush() }
        guard let text = read(path) else { return 2 }
        let notebook: Notebook
        if path.hasSuffix(".ipynb") {
            do {
                notebook = try Notebook(json: text)
            } catch {
                Console.writeError("flint: \(path): \(error)\n")
                return 2
            }
        } else {
            notebook = Notebook(percentScript: text)
        }
        let cellRunner = NotebookRunner(runner: runner)
        let terminal = Console.isTerminalOutput
        for (index, cell) in notebook.cells.enumerated() {
            var failed = false
            _ = cellRunner.run(cell, index: index, live: { output in
                switch output {
                case .stream(let text): Console.write(text)
                case .result(let text), .display(let text): Console.write(text + "\n")
                case .error(let name, let value, let traceback):
                    failed = true
                    Console.writeError((traceback.isEmpty ? [value.isEmpty ? name : "\(name): \(value)"] : traceback)
                        .joined(separator: "\n") + "\n")
                }
            }, figure: { shown in
                // A figure is drawn on a terminal; elsewhere it is its text, as in the notebook.
                Console.write(terminal && !shown.chart.isEmpty ? shown.chart : shown.text + "\n")
            })
            if failed { return 1 }
        }
        return 0
    }

    private static func read(_ path: String) -> String? {
        do {
            return try Files.read(path)
        } catch {
            Console.writeError("flint: can't open file '\(path)': \(error.reason)\n")
            return nil
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

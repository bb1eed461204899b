/// IPython's line magics at the prompt (`%time`, `%timeit`, `%history`, `%save`, `%load`,
/// `%run`, `%reset`, `%who`) and `obj?` for help. They act on the session, never on the host:
/// no magic runs shell commands.
final class Magics {
    /// What the magics need from the REPL.
    struct Context {
        var runner: CodeRunner
        var write: (String) -> Void
        var writeError: (String) -> Void
        /// Shows an uncaught exception's traceback.
        var report: (PythonErrorText) -> Void
        /// Asks a yes/no question; nil when input ended.
        var ask: (String) -> String?
        /// Runs the prelude again after `%reset` and returns the names it defined.
        var reload: () -> Set<String>
    }

    private let context: Context
    /// This session's inputs, magics left out (for `%history` and `%save`).
    private(set) var inputs: [String] = []
    /// Names `%who` does not list: what the prelude imported.
    var hidden: Set<String> = []

    init(_ context: Context) {
        self.context = context
    }

    func remember(_ source: String) {
        inputs.append(source)
    }

    /// Handles `source` when it is a magic or a help request; false for ordinary code.
    func handle(_ source: String) -> Bool {
        let line = source.trimmingCharacters(in: " \t\n")
        guard !line.contains("\n") else { return false }
        if line.hasPrefix("%") {
            let name = String(line.dropFirst().prefix { !$0.isWhitespace })
            let argument = String(line.dropFirst(name.count + 1)).trimmingCharacters(in: " \t")
            run(magic: name, argument: argument)
            return true
        }
        let subject = line.trimmingCharacters(in: "?")
        guard line.hasSuffix("?") || line.hasPrefix("?"), ValuePath.isPlain(subject) else { return false }
        context.write(context.runner.describe(subject))
        return true
    }

    private func run(magic name: String, argument: String) {
        switch name {
        case "time": time(argument)
        case "timeit": timeit(argument)
        case "history", "hist": context.write(inputs.map { $0 + "\n" }.joined())
        case "save": save(argument)
        case "load": load(argument)
        case "run": runFile(argument)
        case "reset": reset(force: argument.split(separator: " ").contains("-f"))
        case "who", "whos": who()
        case "graph": graph(argument)
        case "matplotlib", "config": break  // plots draw at plt.show(); nothing to configure
        default: context.writeError("UsageError: Line magic function `%\(name)` not found.\n")
        }
    }

    /// Runs `source`, printing its traceback on failure; true when it finished.
    @discardableResult
    private func execute(_ source: String, filename: String, mode: ExecutionMode = .interactive) -> Bool {
        do {
            try context.runner.run(source, filename: filename, mode: mode, write: context.write)
            return true
        } catch {
            context.report(error)
            return false
        }
    }

    private func time(_ statement: String) {
        guard !statement.isEmpty else { return usage("%time STATEMENT") }
        let start = Clock.now()
        execute(statement + "\n", filename: "<timed exec>")
        let spent = Clock.now() - start
        context.write("CPU times: user \(Clock.format(spent.user)), sys: \(Clock.format(spent.system)), total: \(Clock.format(spent.user + spent.system))\nWall time: \(Clock.format(spent.wall))\n")
    }

    private func timeit(_ arguments: String) {
        let timeit = Timeit(arguments: arguments) { [self] source in
            execute(source, filename: "<magic-timeit>", mode: .file)
        }
        guard !timeit.statement.isEmpty else { return usage("%timeit [-n N] [-r R] STATEMENT") }
        guard let timing = timeit.measure() else { return }
        context.write(timing + "\n")
    }

    private func save(_ argument: String) {
        guard let name = argument.split(separator: " ").first.map(String.init) else {
            return usage("%save FILE")
        }
        let path = name.contains(".") ? name : name + ".py"
        let code = inputs.map { $0 + "\n" }.joined()
        do {
            try Files.writeAtomically(code, to: path)
            context.write("The following commands were written to file `\(path)`:\n\(code)")
        } catch {
            context.writeError("\(error)\n")
        }
    }

    /// Replays FILE as if typed: each statement shown at its prompt, then its output.
    private func load(_ path: String) {
        guard !path.isEmpty else { return usage("%load FILE") }
        do {
            for statement in Cell(try Files.read(path)).statements {
                context.write(statement.shown.map { $0 + "\n" }.joined())
                guard execute(statement.code, filename: "<stdin>") else { return }
                inputs.append(statement.lines.joined(separator: "\n"))
            }
        } catch {
            context.writeError("\(error)\n")
        }
    }

    private func runFile(_ path: String) {
        guard !path.isEmpty else { return usage("%run FILE") }
        do {
            execute(try Files.read(path), filename: path, mode: .file)
        } catch {
            context.writeError("\(error)\n")
        }
    }

    private func reset(force: Bool) {
        if !force {
            let answer = context.ask("Once deleted, variables cannot be recovered. Proceed (y/[n])? ")
            guard let answer, answer.lowercased().hasPrefix("y") else {
                return context.write("Nothing done.\n")
            }
        }
        context.runner.reset()
        hidden = context.reload()
    }

    private func who() {
        let rows = context.runner.variables(hiding: hidden)
        guard !rows.isEmpty else { return context.write("Interactive namespace is empty.\n") }
        context.write(WhoTable.render(rows))
    }

    private func graph(_ expression: String) {
        guard !expression.isEmpty else { return usage("%graph TENSOR") }
        do {
            context.write(try context.runner.autogradGraph(of: expression).render())
        } catch {
            context.report(error)
        }
    }

    private func usage(_ text: String) {
        context.writeError("UsageError: \(text)\n")
    }
}

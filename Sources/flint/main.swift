import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif
import Shell
import Tensors

/// `flint`: the REPL on a terminal, a script otherwise; `record` and `test` for transcripts.
struct Flint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "flint",
        abstract: "A PyTorch-flavoured Python shell.",
        usage: """
        flint [--no-prelude]            the REPL (a script when standard input is not a terminal)
          flint [-i] FILE.py [ARG...]     run a script (-i: then the prompt)
          flint [-i] -c CODE              run CODE
          flint record [--ipynb] FILE.py  print FILE as a transcript, as if typed at the prompt
          flint test [--update] PATH...   check transcripts, Markdown examples and notebooks
          flint run NOTEBOOK              run a notebook's (or a `# %%` script's) cells
        """,
        discussion: """
        At the prompt: Tab completes names and attributes, Ctrl-R searches the history \
        (~/.flint_history or $FLINT_HISTORY), Ctrl-C stops, Ctrl-D leaves. Magics: %time, \
        %timeit, %history, %save FILE, %load FILE, %run FILE, %reset, %who, %graph TENSOR; \
        obj? describes obj. NO_COLOR turns colour off.
        """,
        version: "Flint \(flintVersion)",
        subcommands: [Start.self, Record.self, Test.self, Run.self],
        defaultSubcommand: Start.self)
}

struct Start: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "start",
        abstract: "Start the REPL, or run FILE, CODE or piped standard input as a script.",
        shouldDisplay: false)

    @Option(name: .customShort("c"), parsing: .unconditional, help: "Run CODE as a script.")
    var code: String?

    @Flag(name: .customLong("no-prelude"), help: "Start the REPL without the prelude imports.")
    var noPrelude = false

    @Flag(name: .customShort("i"), help: "After FILE or CODE, stay at the prompt with its variables.")
    var interactive = false

    @Argument(help: "A Python file to run as a script ('-' reads standard input).")
    var file: String?

    @Argument(parsing: .captureForPassthrough, help: .hidden)
    var scriptArguments: [String] = []

    func run() throws {
        var status: Int32 = 0
        let runner: CodeRunner
        if let code {
            runner = Runners.make(arguments: ["-c"] + [file].compactMap { $0 } + scriptArguments)
            status = Programs.run(code, filename: "<string>", runner: runner)
        } else if let file, file != "-" {
            runner = Runners.make(arguments: [file] + scriptArguments)
            status = Programs.runFile(file, runner: runner)
        } else if file == "-" || !Console.isInteractive {
            runner = Runners.make(arguments: file == nil ? [""] : ["-"] + scriptArguments)
            status = Programs.run(Files.readStandardInput(), filename: "<stdin>", runner: runner)
        } else {
            runner = Runners.make()
        }
        let ranSomething = code != nil || file != nil || !Console.isInteractive
        // As python3 -i: the prompt follows the program, whatever its status.
        guard !ranSomething || (interactive && Console.isInteractive) else { throw ExitCode(status) }
        throw ExitCode(REPL(runner: runner, settings: .init(prelude: !noPrelude && !ranSomething)).run())
    }
}

struct Record: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run FILE as if typed at the prompt (no prelude) and print the transcript.")

    @Flag(help: "Write a Jupyter notebook of the file's `# %%` cells with their outputs.")
    var ipynb = false

    @Argument(help: "A Python file.")
    var file: String

    func run() throws {
        throw ExitCode(Programs.record(file, notebook: ipynb, runner: Runners.make()))
    }
}

struct Test: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check transcripts (.txt, doctest format), Markdown examples (.md) and notebooks (.ipynb).")

    @Flag(help: "Rewrite the expected output of failing examples in place.")
    var update = false

    @Argument(help: "Files or folders (searched recursively).")
    var paths: [String]

    func run() throws {
        throw ExitCode(Programs.test(paths, update: update, makeRunner: { Runners.make() }))
    }
}

struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Run a notebook's code cells (or a `# %%` script's cells) in order, showing each cell's output.")

    @Argument(help: "A .ipynb notebook or a .py file.")
    var file: String

    func run() throws {
        throw ExitCode(Programs.runCells(file, runner: Runners.make()))
    }
}

/// Runs the program on a thread with a 1 GiB stack (address space, touched only as used): releasing
/// a deeply nested value recurses once per level, and the 8 MiB main stack overflows at about
/// 50,000 levels of nested tuples.
private func runOnLargeStack(_ body: @escaping @Sendable () -> Void) -> Never {
    final class Box: @unchecked Sendable { let body: @Sendable () -> Void; init(_ b: @escaping @Sendable () -> Void) { body = b } }
    var attributes = pthread_attr_t()
    pthread_attr_init(&attributes)
    pthread_attr_setstacksize(&attributes, 1 << 30)
    var thread = pthread_t()
    let box = Unmanaged.passRetained(Box(body)).toOpaque()
    let started = pthread_create(&thread, &attributes, { context in
        guard let context else { return nil }
        Unmanaged<Box>.fromOpaque(context).takeRetainedValue().body()
        return nil
    }, box)
    if started != 0 { Unmanaged<Box>.fromOpaque(box).release(); body(); exit(0) }
    pthread_join(thread, nil)
    exit(0)
}

tuneHeap()
runOnLargeStack { Flint.main() }

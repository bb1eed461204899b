import Glibc
import Testing
@testable import Shell

/// Starts the REPL on a terminal with its history in `folder`; the echo runner unless
/// `interpreter` asks for the real one (then without the prelude).
private func startFlint(_ folder: TemporaryDirectory, colour: Bool = false, interpreter: Bool = false,
                        prelude: Bool = false, locale: String? = "C.UTF-8") throws -> PseudoTerminal {
    let binary = try #require(flintBinary)
    var environment = ["TERM": "xterm", "HOME": folder.path, "FLINT_HISTORY": folder.path + "/history"]
    environment["LANG"] = locale
    if !colour { environment["NO_COLOR"] = "1" }
    if !interpreter && !prelude { environment["FLINT_RUNNER"] = "echo" }
    return try #require(PseudoTerminal(executable: binary, arguments: interpreter && !prelude ? ["--no-prelude"] : [],
                                       environment: environment))
}

@Suite(.serialized) struct REPLTerminalTests {
    private func start(_ folder: TemporaryDirectory, colour: Bool = false) throws -> PseudoTerminal {
        try startFlint(folder, colour: colour)
    }

    /// The lecture's first cell, typed into the REPL with its prelude: PyTorch's numbers and
    /// errors come back, and the session survives the error.
    @Test(.timeLimit(.minutes(1)))
    func preludeRunsALectureModel() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, prelude: true)
        #expect(terminal.wait(for: ">>> "))
        #expect(terminal.output.contains("torch, nn, F, optim, np"))
        var mark = terminal.mark
        terminal.type("torch.manual_seed(0); model = Sequential(Linear(8, 1), Sigmoid())\r")
        #expect(terminal.wait(for: ">>> ", after: mark))
        mark = terminal.mark
        terminal.type("model(torch.Tensor([[3, 4, 6, 2, 3, 6, 8, 9]]))\r")
        #expect(terminal.wait(for: "tensor([[0.7465]], grad_fn=<SigmoidBackward0>)\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("model(torch.ones(1, 11))\r")
        #expect(terminal.wait(for: "RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (1x11 and 8x1)\r\n>>> ", after: mark),
                "\(terminal.output)")
        mark = terminal.mark
        terminal.type("model[0].bias\r")
        #expect(terminal.wait(for: "Parameter containing:\r\ntensor([-0.0314], requires_grad=True)\r\n>>> ", after: mark))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func typeRecallInterruptAndLeave() throws {
        let folder = TemporaryDirectory()
        let terminal = try start(folder)
        #expect(terminal.wait(for: ">>> "))

        var mark = terminal.mark
        terminal.type("print(42)\r")
        #expect(terminal.wait(for: "42\r\n>>> ", after: mark))

        // Up-arrow brings the statement back; Enter runs it again.
        mark = terminal.mark
        terminal.type("\u{1B}[A")
        #expect(terminal.wait(for: "print(42)", after: mark))
        terminal.type("\r")
        #expect(terminal.wait(for: "42\r\n>>> ", after: mark))
        #expect(try Files.read(folder.path + "/history").contains("print(42)"))

        // An open bracket continues on a `... ` prompt.
        mark = terminal.mark
        terminal.type("print(\r")
        #expect(terminal.wait(for: "... ", after: mark))
        terminal.type("7)\r")
        #expect(terminal.wait(for: "7\r\n>>> ", after: mark))

        // Ctrl-C abandons the line being typed, and the session goes on.
        mark = terminal.mark
        terminal.type("half a line\u{03}")
        #expect(terminal.wait(for: "KeyboardInterrupt\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("'still here'\r")
        #expect(terminal.wait(for: "'still here'\r\n>>> ", after: mark))

        // Ctrl-D leaves with status 0.
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func ctrlCStopsARunningLoop() throws {
        let folder = TemporaryDirectory()
        let terminal = try start(folder)
        #expect(terminal.wait(for: ">>> "))
        let mark = terminal.mark
        terminal.type("while True:\r")
        #expect(terminal.wait(for: "... ", after: mark))
        terminal.type("\r")
        usleep(200_000)
        terminal.type("\u{03}", waitForEditor: false)
        #expect(terminal.wait(for: "KeyboardInterrupt\r\n>>> ", after: mark), "\(terminal.output)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func historyPersistsAcrossSessions() throws {
        let folder = TemporaryDirectory()
        let first = try start(folder)
        #expect(first.wait(for: ">>> "))
        first.type("'from the first session'\r")
        #expect(first.wait(for: "'from the first session'\r\n>>> "))
        first.type("\u{04}")
        #expect(first.waitForExit() == 0)

        let second = try start(folder)
        #expect(second.wait(for: ">>> "))
        let mark = second.mark
        second.type("\u{1B}[A\r")
        #expect(second.wait(for: "'from the first session'\r\n>>> ", after: mark))
        second.type("\u{04}")
        #expect(second.waitForExit() == 0)
    }
}

@Suite(.serialized) struct REPLFeatureTerminalTests {
    private func start(_ folder: TemporaryDirectory, colour: Bool = false) throws -> PseudoTerminal {
        try startFlint(folder, colour: colour)
    }

    @Test(.timeLimit(.minutes(1)))
    func pastedTranscriptRunsOnlyItsInput() throws {
        let folder = TemporaryDirectory()
        let terminal = try start(folder)
        #expect(terminal.wait(for: ">>> "))
        let mark = terminal.mark
        terminal.type(">>> print('pasted')\rold output\r>>> x = (1,\r... 2)\r>>> 'last'\r'old'\r")
        #expect(terminal.wait(for: "'last'\r\n>>> ", after: mark), "\(terminal.output)")
        #expect(String(terminal.output.dropFirst(mark)).contains("pasted\r\n"))
        #expect(!String(terminal.output.dropFirst(mark)).contains("old output\r\nold output"))
        #expect(!String(terminal.output.dropFirst(mark)).contains("\r\n'old'\r\n'old'"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func timeAndHistoryMagics() throws {
        let folder = TemporaryDirectory()
        let terminal = try start(folder)
        #expect(terminal.wait(for: ">>> "))
        terminal.type("print('first')\r")
        #expect(terminal.wait(for: "first\r\n>>> "))
        var mark = terminal.mark
        terminal.type("%time 'timed'\r")
        #expect(terminal.wait(for: "Wall time: ", after: mark), "\(terminal.output)")
        #expect(String(terminal.output.dropFirst(mark)).contains("CPU times: user "))
        mark = terminal.mark
        terminal.type("%history\r")
        #expect(terminal.wait(for: "print('first')\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("%nonsense\r")
        #expect(terminal.wait(for: "UsageError: Line magic function `%nonsense` not found.", after: mark))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func colourOnlyWhenAllowed() throws {
        let folder = TemporaryDirectory()
        let coloured = try start(folder, colour: true)
        #expect(coloured.wait(for: "\u{1B}[1;35m>>> "))
        coloured.type("\u{04}")
        #expect(coloured.waitForExit() == 0)

        let plain = try start(folder)
        #expect(plain.wait(for: ">>> "))
        #expect(!plain.output.contains("\u{1B}["))
        plain.type("\u{04}")
        #expect(plain.waitForExit() == 0)
    }
}

@Suite struct REPLInterpreterTerminalTests {
    @Test(.timeLimit(.minutes(1)))
    func completionPasteAndErrors() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true)
        #expect(terminal.wait(for: ">>> "))
        terminal.type("class Layer:\r")
        #expect(terminal.wait(for: "... "))
        // Tab at the start of a line indents.
        terminal.type("\tweight = 3\r")
        terminal.type("\r")
        var mark = terminal.mark
        terminal.type("model = [Layer()]\r")
        #expect(terminal.wait(for: ">>> ", after: mark))
        mark = terminal.mark
        terminal.type("model[0].we\t")
        #expect(terminal.wait(for: "ight", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("\r")
        #expect(terminal.wait(for: "3\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("\u{1B}[200~def double(a):\r    b = a * 2\r\r    return b\rdouble(21)\r\u{1B}[201~")
        #expect(terminal.wait(for: "...     return b\r\n...\r\n>>> double(21)\r\n42\r\n>>> ", after: mark), "\(terminal.output)")
        // Up-arrow brings the whole pasted cell back as one entry; Enter runs it again.
        mark = terminal.mark
        terminal.type("\u{1B}[A")
        #expect(terminal.wait(for: "    return b\r\ndouble(21)", after: mark), "\(terminal.output)")
        terminal.type("\r")
        #expect(terminal.wait(for: "double(21)\r\n42\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("import math\r")
        #expect(terminal.wait(for: ">>> ", after: mark))
        mark = terminal.mark
        terminal.type("math.sq\t")
        #expect(terminal.wait(for: "rt", after: mark), "\(terminal.output)")
        terminal.type("(16)\r")
        #expect(terminal.wait(for: "4.0\r\n>>> ", after: mark), "\(terminal.output)")
        mark = terminal.mark
        terminal.type("1/0\r")
        #expect(terminal.wait(for: "ZeroDivisionError: division by zero\r\n>>> ", after: mark))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

extension REPLInterpreterTerminalTests {
    @Test(.timeLimit(.minutes(1)))
    func nonASCIIInputInThePlainCLocale() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true, locale: nil)
        #expect(terminal.wait(for: ">>> "))
        let mark = terminal.mark
        terminal.type("print('héllo ✓')\r")
        #expect(terminal.wait(for: "\r\nhéllo ✓\r\n>>> ", after: mark), "\(terminal.output)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

extension REPLInterpreterTerminalTests {
    /// Malformed input gives the exception CPython (and PyTorch) give for it, and the session
    /// goes on.
    @Test(.timeLimit(.minutes(1)))
    func malformedLinesKeepTheSession() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true)
        #expect(terminal.wait(for: ">>> "))
        let cases = [
            (")", "SyntaxError"), ("x = [1, 2]]", "SyntaxError"), ("undefined_name", "NameError"),
            ("len(1, 2)", "TypeError"), ("'abc' + 1", "TypeError"), ("def f(:", "SyntaxError"),
            ("import nonexistent", "ModuleNotFoundError"), ("int('9' * 5000)", "ValueError"),
            ("[][0]", "IndexError"), ("{}['k']", "KeyError"), ("1 / 0", "ZeroDivisionError"),
            ("import torch", ">>> "),
            // Shape mismatches, with PyTorch 2.15's messages.
            ("torch.ones(2, 3) @ torch.ones(2, 3)", "RuntimeError: mm: mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)"),
            ("torch.nn.Linear(8, 1)(torch.ones(1, 3))", "RuntimeError: addmm: mat1 and mat2 shapes cannot be multiplied (1x3 and 8x1)"),
            ("torch.tensor([1, 2]) + torch.tensor([1, 2, 3])",
             "RuntimeError: The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 0"),
            ("torch.ones(2).view(3)", "RuntimeError: shape '[3]' is invalid for input of size 2"),
        ]
        for (line, error) in cases {
            let mark = terminal.mark
            terminal.type(line + "\r")
            #expect(terminal.wait(for: error, after: mark), "\(line): \(terminal.output)")
            #expect(terminal.wait(for: ">>> ", after: mark))
        }
        let mark = terminal.mark
        terminal.type("6 * 7\r")
        #expect(terminal.wait(for: "42\r\n>>> ", after: mark))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

extension REPLInterpreterTerminalTests {
    /// With the prelude, torch's names complete at once (issue 6's check).
    @Test(.timeLimit(.minutes(1)))
    func preludeAndTorchCompletion() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true, prelude: true)
        #expect(terminal.wait(for: "torch, nn, F"), "\(terminal.output)")
        #expect(terminal.wait(for: ">>> "))
        var mark = terminal.mark
        terminal.type("torch.nn.Cro\t")
        #expect(terminal.wait(for: "ssEntropyLoss", after: mark), "\(terminal.output)")
        terminal.type("\u{15}model = Sequential(Linear(8, 1), Sigmoid())\r")
        #expect(terminal.wait(for: ">>> ", after: mark))
        mark = terminal.mark
        terminal.type("model[0].we\t")
        #expect(terminal.wait(for: "ight", after: mark), "\(terminal.output)")
        terminal.type(".shape\r")
        #expect(terminal.wait(for: "torch.Size([1, 8])\r\n>>> ", after: mark), "\(terminal.output)")
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

extension REPLInterpreterTerminalTests {
    @Test(.timeLimit(.minutes(1)))
    func exitEndsTheSessionWithItsStatus() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true)
        #expect(terminal.wait(for: ">>> "))
        // Python 3.11 explains a bare `exit` rather than leaving.
        let mark = terminal.mark
        terminal.type("exit\r")
        #expect(terminal.wait(for: "Use exit() or Ctrl-D (i.e. EOF) to exit\r\n>>> ", after: mark))
        terminal.type("raise SystemExit(3)\r")
        #expect(terminal.waitForExit() == 3)
    }
}

extension REPLInterpreterTerminalTests {
    @Test(.timeLimit(.minutes(1)))
    func ctrlCStopsAScriptWithPython3sStatus() throws {
        let binary = try #require(flintBinary)
        let script = try #require(PseudoTerminal(executable: binary, arguments: ["-c", "print('looping')\nwhile True:\n    pass"],
                                                 environment: ["TERM": "dumb"]))
        #expect(script.wait(for: "looping"))
        usleep(100_000)
        kill(script.pid, SIGINT)
        #expect(script.waitForExit() == 130)
        #expect(script.output.contains("KeyboardInterrupt"))
    }
}

extension REPLInterpreterTerminalTests {
    /// On a terminal, tqdm draws its bar on standard error and plt.show() a chart.
    @Test(.timeLimit(.minutes(1)))
    func progressBarOnTheTerminal() throws {
        let folder = TemporaryDirectory()
        let terminal = try startFlint(folder, interpreter: true)
        #expect(terminal.wait(for: ">>> "))
        terminal.type("from tqdm import trange\r")
        let mark = terminal.mark
        terminal.type("for i in trange(3): pass\r")
        terminal.type("\r")
        #expect(terminal.wait(for: "| 3/3 [", after: mark), "\(terminal.output)")
        #expect(terminal.wait(for: "100%|", after: mark))
        // plt.show() draws the chart in the terminal.
        terminal.type("import matplotlib.pyplot as plt\r")
        let chartMark = terminal.mark
        terminal.type("plt.plot([3, 2, 1.5, 1.2], label='loss'); plt.title('Training'); plt.legend(); plt.show()\r")
        #expect(terminal.wait(for: "── loss", after: chartMark), "\(terminal.output)")
        #expect(String(terminal.output.dropFirst(chartMark)).contains("Training"))
        #expect(String(terminal.output.dropFirst(chartMark)).contains("└┬"))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

extension REPLInterpreterTerminalTests {
    /// `flint -i -c CODE` runs CODE, then stays at the prompt with its variables (python3 -i).
    @Test(.timeLimit(.minutes(1)))
    func interactiveAfterCode() throws {
        let folder = TemporaryDirectory()
        let binary = try #require(flintBinary)
        let terminal = try #require(PseudoTerminal(executable: binary, arguments: ["-i", "-c", "x = 5; print('ran')"],
                                                   environment: ["TERM": "xterm", "NO_COLOR": "1", "HOME": folder.path,
                                                                 "FLINT_HISTORY": folder.path + "/history"]))
        #expect(terminal.wait(for: "ran\r\n"))
        #expect(terminal.wait(for: ">>> "))
        let mark = terminal.mark
        terminal.type("x * 2\r")
        #expect(terminal.wait(for: "10\r\n>>> ", after: mark))
        terminal.type("\u{04}")
        #expect(terminal.waitForExit() == 0)
    }
}

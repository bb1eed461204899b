import Testing
@testable import Shell

/// The shell over the real interpreter, on plain Python (no torch needed). Expected
/// transcripts come from shared/tools/pytranscript.py under CPython 3.11.
@Suite struct ScriptRunnerTests {
    @Test func recordMatchesPythonsTranscript() throws {
        let source = #"""
        x = 1; y = 2
        x + y
        for i in range(2):
            i
        def f(a):
            return a * 2
        f(21)
        1/0
        print('')
        s = "a\nb"
        s
        print(s)
        class C:
            pass
        C()

        """#
        let expected = #"""
        >>> x = 1; y = 2
        >>> x + y
        3
        >>> for i in range(2):
        ...     i
        ...
        0
        1
        >>> def f(a):
        ...     return a * 2
        ...
        >>> f(21)
        42
        >>> 1/0
        Traceback (most recent call last):
          ...
        ZeroDivisionError: division by zero
        >>> print('')
        <BLANKLINE>
        >>> s = "a\nb"
        >>> s
        'a\nb'
        >>> print(s)
        a
        b
        >>> class C:
        ...     pass
        ...
        >>> C()  # doctest: +ELLIPSIS
        <__main__.C object at 0x...>

        """#
        #expect(try Recorder(runner: ScriptRunner()).record(source, filename: "t.py") == expected)
    }

    @Test func syntaxErrorIsFoundBeforeRunning() {
        let runner = ScriptRunner()
        #expect(throws: PythonErrorText.self) {
            try runner.checkSyntax("ran = 1\nx = (1,\n", filename: "t.py")
        }
        #expect(!runner.definedNames().contains("ran"))
        #expect(throws: Never.self) { try runner.checkSyntax("for i in []:\n    pass", filename: "t.py") }
    }

    @Test func exceptionLineKeepsAMultiLineMessage() {
        let runner = ScriptRunner()
        do {
            try runner.run("raise ValueError('one\\ntwo')\n", filename: "<stdin>", mode: .file) { _ in }
            Issue.record("no exception")
        } catch {
            #expect(error.exceptionLine == "ValueError: one\ntwo")
            #expect(error.traceback.hasPrefix("Traceback (most recent call last):\n"))
        }
    }

    @Test func completesNamesAndAttributes() throws {
        let runner = ScriptRunner()
        try runner.run("class Layer:\n    weight = 3\nmodel = [Layer()]\n", filename: "<stdin>", mode: .file) { _ in }
        #expect(runner.completions(for: "mod") == ["model"])
        #expect(runner.completions(for: "model[0].we") == ["model[0].weight"])
        #expect(runner.completions(for: "wh") == ["while"])
        #expect(runner.completions(for: "model[0]().we").isEmpty)
    }

    @Test func whoListsUserVariablesOnly() throws {
        let runner = ScriptRunner()
        try runner.run("import math\n", filename: "<stdin>", mode: .file) { _ in }
        let hidden = runner.definedNames()
        try runner.run("n = 3\nname = 'x'\n", filename: "<stdin>", mode: .file) { _ in }
        #expect(runner.variables(hiding: hidden) == [
            Variable(name: "n", type: "int", summary: "3"),
            Variable(name: "name", type: "str", summary: "x"),
        ])
        runner.reset()
        #expect(runner.variables(hiding: []).isEmpty)
    }

    @Test func transcriptTestOverTheInterpreter() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("s.txt", """
        >>> total = 0
        >>> for i in range(3):
        ...     total += i
        ...
        >>> total
        3
        >>> [1, 2][5]
        Traceback (most recent call last):
          ...
        IndexError: list index out of range

        """)
        let tester = TranscriptTester(update: false, report: { Issue.record(Comment(rawValue: $0)) }, makeRunner: { ScriptRunner() })
        #expect(tester.test(file: path))
    }
}

extension ScriptRunnerTests {
    /// `%graph` reads PyTorch's autograd API; these classes stand in for grad_fn nodes, with
    /// the names and structure PyTorch 2.15 gives `MSELoss()(Linear(8, 1)(x), y)`.
    @Test func autogradGraphAsATree() throws {
        let runner = ScriptRunner()
        try runner.run("""
        class Node:
            def __init__(self, name, nexts, variable=None):
                self._name = name
                self.next_functions = nexts
                if variable is not None:
                    self.variable = variable
            def name(self):
                return self._name
        class T:
            def __init__(self, shape, grad_fn=None):
                self.shape = shape
                self.grad_fn = grad_fn
        acc_w = Node('torch::autograd::AccumulateGrad', (), T((1, 8)))
        acc_b = Node('AccumulateGrad', (), T((1,)))
        t = Node('TBackward0', ((acc_w, 0),))
        addmm = Node('AddmmBackward0', ((acc_b, 0), (None, 0), (t, 0)))
        loss = T((), Node('MseLossBackward0', ((addmm, 0), (addmm, 0))))
        leaf = T((3,))

        """, filename: "<stdin>", mode: .file) { _ in }
        #expect(try runner.autogradGraph(of: "loss").render() == """
        MseLossBackward0
        ├── AddmmBackward0
        │   ├── AccumulateGrad (1,)
        │   └── TBackward0
        │       └── AccumulateGrad (1, 8)
        └── AddmmBackward0 (shown above)

        """)
        #expect(try runner.autogradGraph(of: "leaf").children.isEmpty)
        #expect(throws: PythonErrorText.self) { try runner.autogradGraph(of: "undefined_tensor") }
    }
}

extension ScriptRunnerTests {
    @Test func systemExitAsPython3() {
        let exit = { (line: String) in PythonErrorText(traceback: line, exceptionLine: line).systemExit }
        #expect(exit("SystemExit").map { $0 == (0, nil) } == true)
        #expect(exit("SystemExit: 3").map { $0 == (3, nil) } == true)
        #expect(exit("SystemExit: bye").map { $0 == (1, "bye") } == true)
        #expect(exit("ValueError: SystemExit") == nil)
    }
}

extension ScriptRunnerTests {
    @Test func scriptArgumentsAreSysArgv() throws {
        let runner = ScriptRunner(arguments: ["prog.py", "--lr", "0.1"])
        var printed = ""
        try runner.run("import sys\nprint(sys.argv)\n", filename: "prog.py", mode: .file) { printed += $0 }
        #expect(printed == "['prog.py', '--lr', '0.1']\n")
        runner.reset()
        printed = ""
        try runner.run("import sys\nprint(sys.argv[0])\n", filename: "prog.py", mode: .file) { printed += $0 }
        #expect(printed == "prog.py\n")
    }
}

extension ScriptRunnerTests {
    /// Harder grouping cases; the expected transcript is pytranscript.py's under CPython 3.11.
    @Test func recordGroupsLikeAstOnHarderCode() throws {
        let source = #"""
        def outer(n):
            """Doc.

            More doc after a blank line.
            """

            def inner(k):
                return k + 1

            return inner(n)
        outer(1)
        x = 1 + \
            2
        x
        try:
            1/0
        except ZeroDivisionError as e:
            print('caught', e)
        finally:
            print('done')
        values = [
            1,

            2,
        ]
        values
        for a, b in [(1, 2)]: print(a + b)
        y = 5; print(y); y

        """#
        let expected = #"""
        >>> def outer(n):
        ...     """Doc.
        ...     More doc after a blank line.
        ...     """
        ...     def inner(k):
        ...         return k + 1
        ...     return inner(n)
        ...
        >>> outer(1)
        2
        >>> x = 1 + \
        ...     2
        >>> x
        3
        >>> try:
        ...     1/0
        ... except ZeroDivisionError as e:
        ...     print('caught', e)
        ... finally:
        ...     print('done')
        ...
        caught division by zero
        done
        >>> values = [
        ...     1,
        ...     2,
        ... ]
        >>> values
        [1, 2]
        >>> for a, b in [(1, 2)]: print(a + b)
        ...
        3
        >>> y = 5; print(y); y
        5
        5

        """#
        #expect(try Recorder(runner: ScriptRunner()).record(source, filename: "t.py") == expected)
    }
}

extension ScriptRunnerTests {
    @Test func helpAndQuestionMarkDescribeAnObject() throws {
        let runner = ScriptRunner()
        var printed = ""
        try runner.run("class Box:\n    pass\nbox = [Box()]\nhelp(3)\n", filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(printed == "Type:        int\nString form: 3\nDocstring:   <no docstring>\n")
        #expect(runner.describe("box[0]").hasPrefix("Type:        Box\nString form: <__main__.Box object at 0x"))
        #expect(runner.describe("missing") == "Object `missing` not found.\n")
        try runner.run("class Op:\n    __name__ = 'zeros'\n    __text_signature__ = '(*size, dtype=None)'\nop = Op()\n",
                       filename: "<stdin>", mode: .file) { _ in }
        #expect(runner.describe("op").hasPrefix("Signature:   zeros(*size, dtype=None)\nType:        Op\n"))
    }
}

extension ScriptRunnerTests {
    @Test func whoSummarisesTensorsByShapeDtypeAndGrad() throws {
        let runner = ScriptRunner()
        try runner.run("import torch\n", filename: "<stdin>", mode: .file) { _ in }
        let hidden = runner.definedNames()
        try runner.run("x = torch.ones(2, 3, requires_grad=True)\nb = torch.zeros(4, dtype=torch.int64)\n",
                       filename: "<stdin>", mode: .file) { _ in }
        #expect(runner.variables(hiding: hidden) == [
            Variable(name: "x", type: "Tensor", summary: "shape=(2, 3), dtype=torch.float32, requires_grad=True"),
            Variable(name: "b", type: "Tensor", summary: "shape=(4,), dtype=torch.int64, requires_grad=False"),
        ])
    }
}

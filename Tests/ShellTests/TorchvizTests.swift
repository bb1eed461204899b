import Glibc
import Testing
@testable import Shell

/// torchviz and graphviz as the shell provides them. The expected DOT text is what
/// torchviz 0.0.3 with graphviz 0.21 writes under CPython 3.11 for the same objects (object
/// ids renamed n0, n1, … in order of appearance, since ids differ from run to run).
@Suite struct TorchvizTests {
    /// Stand-ins for tensors and grad_fn nodes with PyTorch's Python-side API.
    static let graph = #"""
class T:
    def __init__(self, shape, grad_fn=None):
        self.shape = shape
        self.grad_fn = grad_fn
    def size(self):
        return self.shape
    def _is_view(self):
        return False
class Fn:
    def __init__(self, nexts=(), variable=None):
        self.next_functions = nexts
        if variable is not None:
            self.variable = variable
class AccumulateGrad(Fn): pass
class TBackward0(Fn): pass
class AddmmBackward0(Fn): pass
class MseLossBackward0(Fn): pass
class MulBackward0(Fn): pass
w = T((1, 8)); b = T((1,))
acc_w = AccumulateGrad((), w); acc_b = AccumulateGrad((), b)
t = TBackward0(((acc_w, 0),))
addmm = AddmmBackward0(((acc_b, 0), (None, 0), (t, 0)))
mul = MulBackward0(((addmm, 0), (addmm, 0)))
loss = T((), MseLossBackward0(((mul, 0), (acc_w, 0))))
"""#

    private func normalised(_ dot: String) -> String {
        var names: [String: String] = [:]
        return dot.replacing(#/-?\d{6,}/#) { match in
            let id = String(match.output)
            if let name = names[id] { return name }
            let name = "n\(names.count)"
            names[id] = name
            return name
        }
    }

    @Test func makeDotWritesWhatTorchvizWrites() throws {
        let runner = ScriptRunner()
        try runner.run(Self.graph + "\nimport torchviz\ndot = torchviz.make_dot(loss)\n", filename: "<stdin>", mode: .file) { _ in }
        let source = try #require(try runner.runCell("dot.source", filename: "<cell>") { _ in })
        var printed = ""
        try runner.run("print(dot.source, end='')\n", filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(source.hasPrefix("'digraph {"))
        #expect(normalised(printed) == """
        digraph {
        \tgraph [size="12,12"]
        \tnode [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]
        \tn0 [label="
         ()" fillcolor=darkolivegreen1]
        \tn1 [label=MseLossBackward0]
        \tn2 -> n1
        \tn2 [label=MulBackward0]
        \tn3 -> n2
        \tn3 [label=AddmmBackward0]
        \tn4 -> n3
        \tn5 [label="
         (1)" fillcolor=lightblue]
        \tn5 -> n4
        \tn4 [label=AccumulateGrad]
        \tn6 -> n3
        \tn6 [label=TBackward0]
        \tn7 -> n6
        \tn8 [label="
         (1, 8)" fillcolor=lightblue]
        \tn8 -> n7
        \tn7 [label=AccumulateGrad]
        \tn3 -> n2
        \tn7 -> n1
        \tn1 -> n0
        }

        """)
    }

    /// Parameters named as PyTorch 2.15's torchviz names them (`0.weight` over its size).
    @Test func parameterNamesLabelTheirLeaves() throws {
        let runner = ScriptRunner()
        var printed = ""
        try runner.run(Self.graph + """

        import torchviz
        print(torchviz.make_dot(loss, params={'0.weight': w, '0.bias': b}).source)

        """, filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(printed.contains("[label=\"0.weight\n (1, 8)\" fillcolor=lightblue]"))
        #expect(printed.contains("[label=\"0.bias\n (1)\" fillcolor=lightblue]"))
    }

    @Test func saveWritesTheNamedFileOnly() throws {
        let folder = TemporaryDirectory()
        let runner = ScriptRunner()
        var printed = ""
        try runner.run(Self.graph + """

        import torchviz
        dot = torchviz.make_dot(loss)
        print(dot.save('graph.dot', directory='\(folder.path)'))

        """, filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(printed == folder.path + "/graph.dot\n")
        #expect(Files.walk(folder.path) == [folder.path + "/graph.dot"])
        #expect(try Files.read(folder.path + "/graph.dot").hasPrefix("digraph {\n"))
        #expect(throws: PythonErrorText.self) {
            try runner.run("dot.render()\n", filename: "<stdin>", mode: .file) { _ in }
        }
    }

    @Test func quotesLikeGraphviz() throws {
        let runner = ScriptRunner()
        var printed = ""
        try runner.run("""
        from graphviz.quoting import quote
        for text in ['', 'spam', 'spam spam', '-4.2', '.42', '<<b>spam</b>>', '"', 'node', '12,12', 'a_1']:
            print(quote(text))

        """, filename: "<stdin>", mode: .file) { printed += $0 }
        // graphviz.quoting.quote under CPython for the same strings.
        #expect(printed == #"""
        ""
        spam
        "spam spam"
        -4.2
        .42
        <<b>spam</b>>
        "\""
        "node"
        "12,12"
        a_1

        """#)
    }
}

extension TorchvizTests {
    /// Lecture 18's graph; Graphviz's `dot` must render the saved file (checked where `dot`
    /// is installed).
    @Test func realModelGraphRendersWithDot() throws {
        let folder = TemporaryDirectory()
        let runner = ScriptRunner()
        try runner.run("""
        import torch, torchviz
        torch.manual_seed(0)
        net = torch.nn.Sequential(torch.nn.Linear(5, 1), torch.nn.Sigmoid())
        output = net(torch.tensor([1., 2., 3., 4., 5.]))
        dot = torchviz.make_dot(output)
        dot.save('\(folder.path)/graph.dot')

        """, filename: "<stdin>", mode: .file) { _ in }
        let text = try Files.read(folder.path + "/graph.dot")
        #expect(text.contains("[label=\"\n (1, 5)\" fillcolor=lightblue]"))
        #expect(text.contains("[label=SigmoidBackward0]"))
        guard access("/usr/bin/dot", X_OK) == 0 else { return }
        let render = try #require(PseudoTerminal(executable: "/usr/bin/dot",
                                                 arguments: ["-Tsvg", folder.path + "/graph.dot", "-o", folder.path + "/graph.svg"],
                                                 environment: [:]))
        #expect(render.waitForExit() == 0)
        #expect(try Files.read(folder.path + "/graph.svg").contains("SigmoidBackward0"))
    }
}

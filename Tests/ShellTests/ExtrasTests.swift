import Glibc
import Testing
@testable import Bindings
import Script

/// torchviz/graphviz and torch.save/load. Expected texts come from graphviz 0.21's own
/// doctests, torchviz 0.0.3 under PyTorch 2.15 (ids renumbered in order of appearance, which
/// is how Flint numbers them), and files written by PyTorch 2.15.
@Suite struct ExtrasTests {
    private static let fixtures: String = {
        let file = "\(#filePath)"
        let root = file.split(separator: "/").dropLast(3).joined(separator: "/")
        return "/" + root + "/sessions/extras/fixtures/"
    }()

    private func interpreter() -> Interpreter {
        let i = Interpreter()
        installBindings(i)
        return i
    }

    private func evaluate(_ i: Interpreter, _ setup: String, _ expression: String) throws -> String {
        if let error = i.run(setup) { Issue.record("setup failed: \(error)") }
        return try i.str(try i.evaluate(expression))
    }

    @Test func quotingFollowsGraphviz() {
        let cases: [(String, String)] = [
            ("", "\"\""), ("spam", "spam"), ("spam spam", "\"spam spam\""), ("-4.2", "-4.2"), (".42", ".42"),
            ("<<b>spam</b>>", "<<b>spam</b>>"), ("\"", "\"\\\"\""), ("\\\"", "\"\\\"\""),
            ("\\\\\"", "\"\\\\\\\"\""), ("\\\\\\\"", "\"\\\\\\\"\""), ("node", "\"node\""), ("12,12", "\"12,12\""),
            ("1.", "1."), ("-", "\"-\""), ("9a", "\"9a\""),
        ]
        for (identifier, quoted) in cases { #expect(DotGraph.quote(identifier) == quoted, "\(identifier)") }
        #expect(DotGraph.quoteEdge("spam spam:eggs eggs") == "\"spam spam\":\"eggs eggs\"")
        #expect(DotGraph.quoteEdge("spam:eggs:s") == "spam:eggs:s")
    }

    @Test func makeDotMatchesTorchviz() throws {
        let source = try evaluate(interpreter(), """
        import torch, torchviz
        torch.manual_seed(0)
        net = torch.nn.Sequential(torch.nn.Linear(5, 1), torch.nn.Sigmoid())
        output = net(torch.tensor([1., 2., 3., 4., 5.]))
        """, "torchviz.make_dot(output, params=dict(net.named_parameters())).source")
        #expect(source == """
        digraph {
        \tgraph [size="12,12"]
        \tnode [align=left fontname=monospace fontsize=10 height=0.2 ranksep=0.1 shape=box style=filled]
        \t1 [label="
         (1)" fillcolor=darkolivegreen1]
        \t2 [label=SigmoidBackward0]
        \t3 -> 2
        \t3 [label=UnsafeViewBackward0]
        \t4 -> 3
        \t4 [label=AddmmBackward0]
        \t5 -> 4
        \t6 [label="0.bias
         (1)" fillcolor=lightblue]
        \t6 -> 5
        \t5 [label=AccumulateGrad]
        \t7 -> 4
        \t7 [label=TBackward0]
        \t8 -> 7
        \t9 [label="0.weight
         (1, 5)" fillcolor=lightblue]
        \t9 -> 8
        \t8 [label=AccumulateGrad]
        \t2 -> 1
        }

        """)
    }

    /// render() runs Graphviz's `dot`; where it is not installed, graphviz's own error.
    @Test func renderRunsDotOrSaysItIsMissing() throws {
        let stem = "/tmp/flint-extras-render-\(getpid())"
        defer { unlink(stem); unlink(stem + ".svg") }
        let i = interpreter()
        let setup = "import graphviz\nd = graphviz.Digraph(format='svg')\nd.node('a')"
        if access("/usr/bin/dot", X_OK) == 0 {
            #expect(try evaluate(i, setup, "d.render('\(stem)')") == stem + ".svg")
            #expect(access(stem + ".svg", R_OK) == 0)
        } else {
            #expect(i.run(setup + "\nd.render('\(stem)')") != nil)
        }
    }

    @Test func crc32CheckValue() {
        #expect(ZipArchive.crc32(Array("123456789".utf8)) == 0xcbf4_3926)
    }

    @Test func loadsAFileWrittenByPyTorch() throws {
        let i = interpreter()
        let setup = "import torch\nckpt = torch.load('\(Self.fixtures)torch_made.pt')"
        #expect(try evaluate(i, setup, "ckpt['model']['weight']") == """
        tensor([[-0.0043,  0.3097, -0.4752],
                [-0.4249, -0.2224,  0.1548]])
        """)
        #expect(try evaluate(i, "", "(ckpt['epoch'], ckpt['losses'], ckpt['column'], ckpt['column'].stride())")
                == "(7, [0.5, 0.25], tensor([1., 4.]), (3,))")
        #expect(try evaluate(i, "", "(ckpt['steps'], ckpt['mask'], ckpt['scale'])")
                == "(tensor([0, 1, 2, 3]), tensor([ True, False]), tensor(2.5000, dtype=torch.float64))")
    }

    @Test func savedFileIsAValidArchiveThatLoadsBack() throws {
        let path = "/tmp/flint-extras-test-\(getpid()).pt"
        defer { unlink(path) }
        let i = interpreter()
        let back = try evaluate(i, """
        import torch
        x = torch.arange(6.).view(2, 3)
        torch.save({'x': x, 'col': x[:, 1], 'n': [1, -2**40, 'é']}, '\(path)')
        """, "torch.load('\(path)')")
        #expect(back == "{'x': tensor([[0., 1., 2.],\n        [3., 4., 5.]]), 'col': tensor([1., 4.]), 'n': [1, -1099511627776, 'é']}")
        let stem = "flint-extras-test-\(getpid())"
        let entries = try ZipArchive.read(try BinaryFile.read(path))
        #expect(entries.map(\.name) == ["data.pkl", ".format_version", ".storage_alignment", "byteorder", "data/0", "version"].map { "\(stem)/\($0)" })
        #expect(entries.last.map { Array($0.data) } == Array("3\n".utf8))
    }

    /// Every single-byte change and every truncation of a PyTorch pickle raises or loads; none
    /// traps (the CRC check is bypassed by unpickling directly).
    @Test func damagedPicklesNeverTrap() throws {
        let entries = try ZipArchive.read(try BinaryFile.read(Self.fixtures + "torch_made.pt"))
        guard let pickle = entries.first(where: { $0.name.hasSuffix("/data.pkl") })?.data else {
            Issue.record("no data.pkl")
            return
        }
        func storage(_ key: String) throws(PyError) -> ArraySlice<UInt8> {
            guard let e = entries.first(where: { $0.name.hasSuffix("/data/\(key)") }) else { throw ZipArchive.notZip() }
            return e.data
        }
        var loaded = 0
        let original = Array(pickle)
        for i in original.indices {
            for flip: UInt8 in [0x01, 0x80, 0xff] {
                var bytes = original
                bytes[i] ^= flip
                var u = TorchUnpickler(bytes[...], storageBytes: storage)
                if (try? u.load()) != nil { loaded += 1 }
            }
            var u = TorchUnpickler(original[..<i], storageBytes: storage)
            #expect((try? u.load()) == nil)
        }
        var u = TorchUnpickler(original[...], storageBytes: storage)
        #expect((try? u.load()) != nil)
        #expect(loaded < original.count * 3)
    }

    @Test func damagedFilesRaise() throws {
        let path = "/tmp/flint-extras-bad-\(getpid()).pt"
        defer { unlink(path) }
        var bytes = try BinaryFile.read(Self.fixtures + "torch_made.pt")
        // Any changed byte outside entry data (headers, directory) is read or refused, never a trap.
        for i in bytes.indices where i % 3 == 0 {
            var damaged = bytes
            damaged[i] ^= 0xff
            _ = try? ZipArchive.read(damaged)
        }
        bytes[200] ^= 0xff
        try BinaryFile.write(bytes, to: path)
        let i = interpreter()
        #expect(i.run("import torch\ntorch.load('\(path)')") != nil)
        try BinaryFile.write(Array(bytes.prefix(100)), to: path)
        #expect(i.run("torch.load('\(path)')") != nil)
    }
}

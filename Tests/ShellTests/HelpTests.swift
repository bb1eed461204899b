import Testing
@testable import Shell

/// `help(obj)` and `obj?`: Flint's own layout (IPython's fields) around PyTorch's docstrings.
/// The docstring texts are PyTorch 2.15's, trimmed by tools/docstrings/make.py; their first
/// lines are checked against real PyTorch in sessions/shell/docstrings.txt.
@Suite struct HelpTests {
    private func runner() throws -> ScriptRunner {
        let runner = ScriptRunner()
        try runner.run("""
            import torch
            import torch.nn as nn
            import torch.nn.functional as F
            import torch.optim as optim
            import torch.utils.data as data
            import torch.nn.init as init
            import numpy as np
            x = torch.zeros(2)
            m = nn.Linear(2, 3)

            """, filename: "<stdin>", mode: .file) { _ in }
        return runner
    }

    @Test func nativeFunctionShowsSignatureAndDocstring() throws {
        let text = try runner().describe("torch.add")
        #expect(text.hasPrefix("""
            Signature:   add(input, other, *, alpha=None, out=None)
            Type:        builtin_function_or_method
            String form: <built-in function add>
            Docstring:
            add(input, other, *, alpha=1, out=None) -> Tensor

            Adds other, scaled by alpha, to input.

            Args:
                input (Tensor): the input tensor.

            """))
    }

    @Test func pythonClassShowsItsInitSignature() throws {
        let text = try runner().describe("nn.Linear")
        #expect(text.hasPrefix("""
            Init signature: Linear(in_features, out_features, bias=True, device=None, dtype=None)
            Type:        type

            """))
        #expect(text.contains("\nDocstring:\nApplies an affine linear transformation to the incoming data: y = xA^T + b.\n"))
    }

    @Test func boundMethodLeavesOutItsReceiver() throws {
        let r = try runner()
        #expect(r.describe("x.view").hasPrefix("Signature:   view(*size)\nType:        method\n"))
        #expect(r.describe("m.forward").hasPrefix("Signature:   forward(input)\nType:        method\n"))
        #expect(r.describe("torch.Tensor.view").hasPrefix("Signature:   view(self, *size)\n"))
    }

    @Test func helpPrintsTheSameText() throws {
        let r = try runner()
        var printed = ""
        try r.run("help(optim.SGD)\n", filename: "<stdin>", mode: .file) { printed += $0 }
        #expect(printed == r.describe("optim.SGD"))
        #expect(printed.contains("\nDocstring:\nImplements stochastic gradient descent (optionally with momentum).\n"))
    }

    @Test func docstringsAreShownAsInspectCleansThem() throws {
        let r = try runner()
        try r.run("""
            def f(a, *, b=2):
                \"""
                Adds.

                    Indented example.
                \"""

            """, filename: "<stdin>", mode: .file) { _ in }
        #expect(r.describe("f").hasSuffix("Docstring:\nAdds.\n\n    Indented example.\n"))
        #expect(r.describe("f").hasPrefix("Signature:   f(a, *, b=2)\nType:        function\n"))
        #expect(Help.cleaned("  One line.  ") == "One line.  ")
    }

    /// Every torch name the lecture cells use, and the common API around them, has a docstring.
    @Test func lectureNamesAreDocumented() throws {
        let names = """
            torch torch.tensor torch.manual_seed torch.randn torch.empty torch.Tensor torch.max torch.matmul
            torch.device torch.sqrt torch.softmax torch.sigmoid torch.randint torch.ones torch.zeros torch.no_grad
            torch.median torch.mean torch.from_numpy torch.cuda.is_available torch.cat torch.stack torch.arange
            torch.exp torch.log torch.sum torch.argmax torch.relu torch.randperm torch.linspace torch.Size torch.dtype
            x.view x.backward x.item x.numpy x.detach x.size x.reshape x.sum x.mean x.argmax x.float x.shape
            torch.Tensor.grad x.requires_grad_ torch.Tensor.requires_grad x.zero_ x.t x.T x.unsqueeze x.squeeze x.to x.clone
            nn.Linear nn.Sequential nn.CrossEntropyLoss nn.MSELoss nn.Softmax nn.ReLU nn.Module nn.Sigmoid
            nn.BCELoss nn.Parameter nn.Module.parameters nn.Module.forward nn.Module.zero_grad nn.Module.train
            nn.Module.eval nn.Module.named_parameters nn.Module.state_dict nn.Module.children
            F.one_hot F.relu F.softmax F.cross_entropy F.mse_loss F.sigmoid F.linear
            init.calculate_gain init.xavier_normal_ init.xavier_uniform_ init.uniform_ init.trunc_normal_
            init.normal_ init.kaiming_normal_ init.zeros_ init.ones_ init.constant_
            optim.SGD optim.Adam optim.Optimizer.step optim.Optimizer.zero_grad
            data.Dataset data.DataLoader data.TensorDataset data.random_split
            np.array np.sum np.exp np.square np.matmul np.log np.mean np.zeros np.random.randn np.ndarray
            """.split(whereSeparator: \.isWhitespace)
        let r = try runner()
        for name in names {
            var printed = ""
            try r.run("print(type(\(name).__doc__).__name__)\n", filename: "<stdin>", mode: .file) { printed += $0 }
            #expect(printed == "str\n", "\(name)")
        }
    }
}

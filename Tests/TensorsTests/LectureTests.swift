import Testing
@testable import Tensors

/// Lecture cells replayed on the engine alone; expected text is from the transcripts recorded
/// under real PyTorch (shared/lectures/sessions).
@Suite struct Lectures {
    /// nn.Linear(in, out) as PyTorch initialises it: weight then bias, uniform(-1/√in, 1/√in).
    func linear(_ inFeatures: Int, _ outFeatures: Int, _ g: Generator) throws -> (Tensor, Tensor) {
        let bound = 1 / Double(inFeatures).squareRoot()
        let w = try Tensor.empty([outFeatures, inFeatures]).uniform_(from: -bound, to: bound, generator: g)
        let b = try Tensor.empty([outFeatures]).uniform_(from: -bound, to: bound, generator: g)
        try w.setRequiresGrad()
        try b.setRequiresGrad()
        return (w, b)
    }

    @Test func layerGradients() throws {
        let g = Generator(seed: 42)
        let sample = try T((1...16).map(Double.init), [1, 16])
        let target = try T([1, 0], [1, 2])
        let layers = [try linear(16, 8, g), try linear(8, 4, g), try linear(4, 2, g)]
        var x = sample
        for (w, b) in layers { x = try Tensor.linear(x, w, b) }
        #expect(x.description == "tensor([[-0.9478,  1.9795]], grad_fn=<AddmmBackward0>)")
        let loss = try Tensor.crossEntropy(x, target)
        #expect(loss.description == "tensor(2.9794, grad_fn=<DivBackward1>)")
        try loss.backward()
        #expect(try #require(layers[2].0.grad).description == """
            tensor([[-3.3532, -1.5898, -6.3125,  0.3391],
                    [ 3.3532,  1.5898,  6.3125, -0.3391]])
            """)
        #expect(try #require(layers[1].1.grad).description == "tensor([-0.6195,  0.2905,  0.6381, -0.2843])")
        #expect(try #require(layers[0].1.grad).description == "tensor([ 0.0480,  0.0483,  0.1829,  0.0538,  0.0867,  0.1927, -0.0174, -0.0917])")
        #expect(try #require(layers[1].0.grad).description == """
            tensor([[ -5.6563,   5.3804,  -5.4672,   0.8308,   0.4241,   0.9593,   5.8701,
                      10.0659],
                    [  2.6524,  -2.5230,   2.5638,  -0.3896,  -0.1989,  -0.4499,  -2.7527,
                      -4.7203],
                    [  5.8261,  -5.5418,   5.6313,  -0.8557,  -0.4368,  -0.9881,  -6.0463,
                     -10.3680],
                    [ -2.5954,   2.4688,  -2.5086,   0.3812,   0.1946,   0.4402,   2.6935,
                       4.6187]])
            """)
    }

    @Test func sgdTrainingLoop() throws {
        let g = Generator(seed: 0)
        let layers = [try linear(8, 4, g), try linear(4, 1, g)]
        let inputs = try Tensor.randn([64, 8], generator: g)
        let labels = try Tensor.randn([64, 1], generator: g)
        var printed: [String] = []
        for _ in 0..<10 {
            var x = inputs
            for (w, b) in layers { x = try Tensor.linear(x, w, b) }
            let loss = try Tensor.mseLoss(x, labels)
            printed.append(loss.description)
            for (w, b) in layers { w.grad = nil; b.grad = nil }
            try loss.backward()
            try GradMode.withDisabled { () throws(TensorError) in
                for (w, b) in layers {
                    for p in [w, b] { if let gr = p.grad { try p.add_(gr, alpha: .double(-0.01)) } }
                }
            }
        }
        let expected = ["0.9264", "0.9217", "0.9173", "0.9131", "0.9092", "0.9055", "0.9021", "0.8989", "0.8958", "0.8930"]
        #expect(printed == expected.map { "tensor(\($0), grad_fn=<MseLossBackward0>)" })
    }

    @Test func softmaxAndBinaryCrossEntropy() throws {
        #expect(try T([2.0, 1.0, 0.1]).softmax(dim: 0).description == "tensor([0.6590, 0.2424, 0.0986])")
        let y = try I([2, 0, 1])
        let good = try T([0.1, 1.0, 2.1, 2.0, 1.0, 0.1, 0.1, 3.0, 0.1], [3, 3])
        let bad = try T([2.1, 1.0, 0.1, 0.1, 1.0, 2.1, 0.1, 3.0, 0.1], [3, 3])
        #expect(try Tensor.crossEntropy(good, y).description == "tensor(0.3018)")
        #expect(try Tensor.crossEntropy(bad, y).description == "tensor(1.6242)")
        #expect(try good.max(dim: 1).indices.description == "tensor([2, 0, 1])")
        #expect(try bad.max(dim: 1).indices.description == "tensor([0, 2, 1])")
        let p = try T([0.5, -1.0, 2.0]).sigmoid()
        #expect(p.description == "tensor([0.6225, 0.2689, 0.8808])")
        #expect(try Tensor.binaryCrossEntropy(p, T([1, 0, 1])).description == "tensor(0.3048)")
    }

    @Test func linearCrossEntropy() throws {
        let g = Generator(seed: 0)
        let (w, b) = try linear(5, 3, g)
        let output = try Tensor.linear(T([1, 2, 3, 2, 1]), w, b)
        #expect(output.description == "tensor([-1.4417,  1.3817, -2.1011], grad_fn=<UnsafeViewBackward0>)")
        try Tensor.crossEntropy(output, T([4, 5, 6])).backward()
        #expect(try #require(w.grad).description == """
            tensor([[ -3.1826,  -6.3653,  -9.5479,  -6.3653,  -3.1826],
                    [  8.7599,  17.5198,  26.2798,  17.5198,   8.7599],
                    [ -5.5773, -11.1546, -16.7319, -11.1546,  -5.5773]])
            """)
        let (w2, b2) = try linear(5, 1, g)
        let out2 = try Tensor.linear(T([1, 2, 3, 4, 5]), w2, b2).sigmoid()
        #expect(out2.description == "tensor([0.7603], grad_fn=<SigmoidBackward0>)")
    }

    @Test func statisticsAndMseGradients() throws {
        let v = try T([2, 4, 5, 6, 8])
        #expect(try [v.mean(), v.std(correction: 0), v.std(), v.variance(), v.variance(correction: 0)].map(\.description)
                == ["tensor(5.)", "tensor(2.)", "tensor(2.2361)", "tensor(5.)", "tensor(4.)"])
        #expect(try v.sub(v.mean()).pow(.int(2)).mean().sqrt().description == "tensor(2.)")
        let m = try T([1, 2, 3, 4, 5, 6], [2, 3])
        #expect(try m.mean(dims: [0]).description == "tensor([2.5000, 3.5000, 4.5000])")
        #expect(try m.std(dims: [1]).description == "tensor([1., 1.])")
        #expect(try m.sum(dims: [1], keepdim: true).description == "tensor([[ 6.],\n        [15.]])")
        let prediction = try P([1, 2, 3])
        let loss = try Tensor.mseLoss(prediction, T([4, 5, 6]))
        #expect(loss.description == "tensor(9., grad_fn=<MseLossBackward0>)")
        try loss.backward()
        #expect(try #require(prediction.grad).description == "tensor([-2., -2., -2.])")
        let p2 = try P([1, 2, 3])
        let ce = try Tensor.crossEntropy(p2, T([4, 5, 6]))
        try ce.backward()
        #expect(ce.description == "tensor(19.1141, grad_fn=<DivBackward1>)")
        #expect(try #require(p2.grad).description == "tensor([-2.6495, -1.3291,  3.9786])")
    }
}

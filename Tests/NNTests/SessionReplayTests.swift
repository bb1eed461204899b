import Testing
import Tensors
@testable import NN

// Lecture sessions recorded under torch 2.15.0 (/work/shared/lectures/sessions), replayed
// with the Swift API: nn.Linear initialisation order, DataLoader shuffling, optimizers and
// the printed results.

/// nn.Sequential of Linear layers (with `activation` between them) built in PyTorch's order.
private struct MLP {
    var layers: [(weight: Tensor, bias: Tensor)] = []

    init(_ sizes: [Int], generator: Generator) throws {
        for (inFeatures, outFeatures) in zip(sizes, sizes.dropFirst()) {
            let p = try linearParameters(inFeatures: inFeatures, outFeatures: outFeatures, generator: generator)
            layers.append((p.weight, p.bias))
        }
    }

    var parameters: [Tensor] { layers.flatMap { [$0.weight, $0.bias] } }

    func callAsFunction(_ x: Tensor, activation: (Tensor) throws -> Tensor = { $0 }) throws -> Tensor {
        var h = x
        for (i, layer) in layers.enumerated() {
            h = try Tensor.linear(h, layer.weight, layer.bias)
            if i < layers.count - 1 { h = try activation(h) }
        }
        return h
    }
}

private func rows(_ t: Tensor, _ indices: [Int]) throws -> Tensor {
    try t.indexSelect(0, Tensor.from(indices.map(Int64.init), shape: [indices.count]))
}

/// A private generator stands in for torch's global one (seeded with torch.manual_seed(0)), so
/// these tests do not race with others that use the global generator.
struct SessionReplay {
    /// Session 06: Sequential(Linear(4, 2), Linear(2, 1)), DataLoader(batch_size=4, shuffle=True),
    /// SGD(lr=0.001), MSELoss, three epochs printing the last loss.
    @Test func trainingLoopWithDataLoader() throws {
        let global = Generator(seed: 0)
        let model = try MLP([4, 2, 1], generator: global)
        let features = try Tensor.from([0.5, 1.0, 2.0, 0.1, 1.5, 0.2, 0.3, 0.9, 0.7, 0.8, 1.1, 1.2, 2.0, 0.1, 0.4, 0.3,
                                        0.9, 1.9, 0.2, 0.5, 1.1, 1.3, 0.6, 0.8], shape: [6, 4])
        let target = try Tensor.from([1.0, 2.0, 1.5, 3.0, 1.2, 2.2], shape: [6, 1])
        #expect(tensorRepr(shape: [4], elements: try rows(features, [0]).reshape([4]).elements) == "tensor([0.5000, 1.0000, 2.0000, 0.1000])")
        let loader = DataLoaderIndices(count: 6, batchSize: 4, shuffle: true)
        let optimizer = try SGD(model.parameters, options: SGDOptions(lr: 0.001))
        var printed: [String] = []
        for epoch in 0..<3 {
            let batches = loader.makeEpoch(global: global)
            var loss: Tensor?
            while let batch = batches.next() {
                try optimizer.zeroGrad()
                let l = try Tensor.mseLoss(model(rows(features, batch)), rows(target, batch))
                try l.backward()
                try optimizer.step()
                loss = l
            }
            if let loss { printed.append("\(epoch) " + tensorRepr(shape: loss.shape, elements: loss.elements, suffixes: loss.reprSuffixes)) }
        }
        #expect(printed == ["0 tensor(6.0652, grad_fn=<MseLossBackward0>)", "1 tensor(5.2614, grad_fn=<MseLossBackward0>)",
                            "2 tensor(9.6668, grad_fn=<MseLossBackward0>)"])
    }

    /// Session 10: randn(20, 3) and randint(0, 2, (20,)) data, a ReLU MLP 3-4-4-2, Adam(lr=1e-2),
    /// CrossEntropyLoss, DataLoader(shuffle=True, batch_size=8), five epochs of round(loss, 4).
    @Test func customDatasetWithAdam() throws {
        let global = Generator(seed: 0)
        let x = try Tensor.randn([20, 3], generator: global)
        let y = try Tensor.randint(0, 2, [20], generator: global)
        #expect(tensorRepr(shape: [3], elements: try rows(x, [3]).reshape([3]).elements) == "tensor([-1.2633,  0.3500,  0.3081])")
        let model = try MLP([3, 4, 4, 2], generator: global)
        let loader = DataLoaderIndices(count: 20, batchSize: 8, shuffle: true)
        let optimizer = try Adam(model.parameters, options: AdamOptions(lr: 1e-2))
        var losses: [Double] = []
        for _ in 0..<5 {
            let batches = loader.makeEpoch(global: global)
            var last = 0.0
            while let batch = batches.next() {
                try optimizer.zeroGrad()
                let loss = try Tensor.crossEntropy(model(rows(x, batch)) { try $0.relu() }, rows(y, batch))
                try loss.backward()
                try optimizer.step()
                last = try loss.item().doubleValue
            }
            losses.append(last)
        }
        let printed = [0.7202, 0.6975, 0.6982, 0.6941, 0.6686]
        for (got, shown) in zip(losses, printed) { #expect(abs(got - shown) <= 0.00005, "\(losses)") }
    }
}

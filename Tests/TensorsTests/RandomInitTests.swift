import Testing
@testable import Tensors

// nn.Linear's initialisation and DataLoader(shuffle=True) reduced to generator calls, checked
// against torch 2.15.0 after torch.manual_seed(0).

/// nn.Linear(inFeatures, outFeatures): weight via kaiming_uniform_(a=sqrt(5)), then bias.
private func linear(_ g: Generator, _ inFeatures: Int, _ outFeatures: Int) -> (weight: [Float], bias: [Float]) {
    let a = 5.0.squareRoot()
    let gain = (2.0 / (1 + a * a)).squareRoot()
    let bound = 3.0.squareRoot() * (gain / Double(inFeatures).squareRoot())
    var weight = [Float](repeating: 0, count: inFeatures * outFeatures)
    weight.withUnsafeMutableBufferPointer { g.fillUniform($0, from: -bound, to: bound) }
    let biasBound = 1 / Double(inFeatures).squareRoot()
    var bias = [Float](repeating: 0, count: outFeatures)
    bias.withUnsafeMutableBufferPointer { g.fillUniform($0, from: -biasBound, to: biasBound) }
    return (weight, bias)
}

@Test func linearInitialisation() {
    let one = linear(Generator(seed: 0), 8, 1)
    #expect(one.weight == [-0.0026469905860722065, 0.18966144323349, -0.2909903824329376, -0.26019373536109924,
                           -0.13617262244224548, 0.0948079451918602, -0.007005016785115004, 0.28032875061035156])
    #expect(one.bias == [-0.03137575834989548])
    let four = linear(Generator(seed: 0), 3, 4)
    #expect(four.weight == [-0.004322517663240433, 0.3097158372402191, -0.4751853346824646,
                            -0.4248946011066437, -0.2223689705133438, 0.15482072532176971,
                            -0.011439144611358643, 0.45777493715286255, -0.05123639851808548,
                            0.1527741253376007, -0.1744827926158905, -0.11348707973957062])
    #expect(four.bias == [-0.55157071352005, -0.3823687434196472, -0.2379971146583557, 0.021387115120887756])
}

@Test func dataLoaderShuffleEpochs() {
    // Sequential(Linear(4,2), Linear(2,1)), then 3 epochs over 6 items, batch_size 4.
    let g = Generator(seed: 0)
    _ = linear(g, 4, 2)
    _ = linear(g, 2, 1)
    var epochs: [[Int64]] = []
    for _ in 0..<3 {
        _ = g.randomInt64Seed()  // the iterator's _base_seed
        let sampler = Generator(seed: UInt64(g.randomInt64Seed()))
        epochs.append(sampler.randperm(6))
    }
    #expect(epochs == [[0, 3, 2, 1, 4, 5], [3, 0, 5, 2, 1, 4], [4, 0, 2, 5, 1, 3]])
    var next: [Float] = [0]
    next.withUnsafeMutableBufferPointer { g.fillUniform($0, from: 0, to: 1) }
    #expect(next == [0.5529070496559143])
}

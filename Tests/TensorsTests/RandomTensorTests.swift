import Testing
@testable import Tensors

// Expected values printed by torch 2.15.0 after torch.manual_seed(seed).

@Test func tensorFactoriesMatchTorch() throws {
    let g = Generator(seed: 0)
    #expect(try Tensor.rand([3], generator: g).floats() == [0.49625658988952637, 0.7682217955589294, 0.08847743272781372])
    g.manualSeed(0)
    #expect(try Tensor.randn([2, 3], generator: g).floats()
            == [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991,
                -1.0845223665237427, -1.3985954523086548])
    g.manualSeed(0)
    #expect(try Tensor.randint(0, 10, [8], generator: g).int64s() == [4, 9, 3, 0, 3, 9, 7, 3])
    g.manualSeed(0)
    let asFloat = try Tensor.randint(0, 10, [3], dtype: .float32, generator: g)
    #expect(asFloat.dtype == .float32)
    #expect(try asFloat.floats() == [4, 9, 3])
    g.manualSeed(0)
    #expect(try Tensor.randperm(10, generator: g).int64s() == [4, 1, 7, 5, 3, 9, 0, 8, 6, 2])
    g.manualSeed(0)
    #expect(try Tensor.randperm(5, dtype: .float32, generator: g).floats() == [4, 0, 1, 3, 2])
    g.manualSeed(0)
    #expect(try Tensor.rand([2], dtype: .float64, generator: g).doubles() == [0.9700530018065531, 0.707819864399788])
}

@Test func randomFromToPerDtype() throws {
    let g = Generator(seed: 0)
    #expect(try Tensor.zeros([4]).random_(from: 0, to: 7, generator: g).floats() == [4, 3, 0, 2])
    g.manualSeed(0)
    #expect(try Tensor.randint(0, 2, [6], dtype: .bool, generator: g).int64s() == [0, 1, 1, 0, 1, 1])
}

@Test func nonContiguousFillsFollowMemoryOrder() throws {
    // x = torch.empty(3, 4); x.t().uniform_()  fills x in memory order.
    let g = Generator(seed: 0)
    let x = try Tensor.zeros([3, 4])
    try x.transpose(0, 1).uniform_(generator: g)
    #expect(Array(try x.floats().prefix(4))
            == [0.49625658988952637, 0.7682217955589294, 0.08847743272781372, 0.13203048706054688])
    // A non-contiguous view takes the scalar normal path even with 80 elements.
    g.manualSeed(0)
    let y = try Tensor.zeros([4, 20])
    try y.transpose(0, 1).normal_(generator: g)
    let values = try y.floats()
    #expect(Array(values.prefix(3)) == [1.5409960746765137, -0.293428897857666, -2.1787893772125244])
    #expect(values[20] == 0.3703935444355011)
}

@Test func randomOpErrorsUseTorchMessages() throws {
    expectError(.notImplemented, "\"check_uniform_bounds\" not implemented for 'Long'") { try Tensor.zeros([3], dtype: .int64).uniform_() }
    expectError(.notImplemented, "\"normal_kernel_cpu\" not implemented for 'Long'") { try Tensor.randn([3], dtype: .int64) }
    expectError(.runtime, "uniform_ expects to return a [from, to) range, but found from=2 > to=1") { try Tensor.zeros([3]).uniform_(from: 2, to: 1) }
    expectError(.runtime, "normal expects std >= 0.0, but found std -1") { try Tensor.zeros([3]).normal_(std: -1) }
    expectError(.runtime, "random_ expects 'from' to be less than 'to', but got from=5 >= to=5") { try Tensor.randint(5, 5, [3]) }
    expectError(.runtime, "bernoulli_ expects p to be in [0, 1], but got p=1.5") { try Tensor.zeros([3]).bernoulli_(p: 1.5) }
    let leaf = try Tensor.zeros([2])
    try leaf.setRequiresGrad()
    expectError(.runtime, "a leaf Variable that requires grad is being used in an in-place operation.") { try leaf.uniform_() }
    try GradMode.withDisabled { () throws(TensorError) in _ = try leaf.uniform_() }
}

@Test func bernoulliOfProbabilityTensors() throws {
    // torch.bernoulli(p) after torch.manual_seed(0), then torch.rand(1).
    let g = Generator(seed: 0)
    let p = [0.1, 0.5, 0.9, 0.3, 0.7, 0.2, 0.6, 0.4]
    #expect(try Tensor.from(p, shape: [8], dtype: .float64).bernoulli(generator: g).doubles() == [0, 0, 1, 0, 1, 0, 1, 1])
    #expect(try Tensor.rand([1], generator: g).floats() == [0.6976675987243652])
    g.manualSeed(0)
    let half = try Tensor.full([40], .double(0.5)).bernoulli(generator: g).floats()
    #expect(Array(half.prefix(20)) == [1, 0, 1, 1, 1, 0, 1, 0, 1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 1, 1])
    #expect(try Tensor.rand([1], generator: g).floats() == [0.5262957811355591])
}

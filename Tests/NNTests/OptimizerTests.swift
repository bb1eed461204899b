import Testing
import Tensors
@testable import NN

// Reference: torch 2.15.0. torch.manual_seed(0); model = Sequential(Linear(3, 4), Sigmoid(),
// Linear(4, 1)); X = randn(5, 3); y = randn(5, 1); three steps of zero_grad, mse_loss,
// backward, step. Matmuls run on different BLAS libraries, so values are compared to 1e-6.

private func train(_ makeOptimizer: ([Tensor]) throws(TensorError) -> Optimizer,
                   step: (Optimizer) throws(TensorError) -> Void) throws -> (losses: [Double], params: [Double]) {
    let g = Generator(seed: 0)
    let first = try linearParameters(inFeatures: 3, outFeatures: 4, generator: g)
    let second = try linearParameters(inFeatures: 4, outFeatures: 1, generator: g)
    let params = [first.weight, first.bias, second.weight, second.bias]
    let x = try Tensor.empty([5, 3]).normal_(mean: 0, std: 1, generator: g)
    let y = try Tensor.empty([5, 1]).normal_(mean: 0, std: 1, generator: g)
    let optimizer = try makeOptimizer(params)
    var losses: [Double] = []
    for _ in 0..<3 {
        try optimizer.zeroGrad()
        let hidden = try Tensor.linear(x, params[0], params[1]).sigmoid()
        let loss = try Tensor.mseLoss(Tensor.linear(hidden, params[2], params[3]), y)
        try loss.backward()
        try step(optimizer)
        losses.append(try loss.item().doubleValue)
    }
    return (losses, try params.flatMap { p throws in try p.doubles() })
}

private func expectClose(_ got: [Double], _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(got.count == expected.count, sourceLocation: sourceLocation)
    for (a, b) in zip(got, expected) { #expect(abs(a - b) <= 1e-6, "\(got) vs \(expected)", sourceLocation: sourceLocation) }
}

@Test func sgdTrainsLikeTorch() throws {
    let run = try train({ (p) throws(TensorError) in try SGD(p, options: SGDOptions(lr: 0.1)) }) { (o) throws(TensorError) in
        try (o as? SGD)?.step()
    }
    expectClose(run.losses, [2.5751824378967285, 2.191944122314453, 2.0411808490753174])
    expectClose(run.params, [0.007460479624569416, 0.2900126874446869, -0.47474777698516846, -0.40689006447792053, -0.25814759731292725, 0.14967218041419983, -0.040211424231529236, 0.49996715784072876, -0.03803903982043266, 0.13037994503974915, -0.13813912868499756, -0.10646031051874161, -0.5601212978363037, -0.4021020829677582, -0.21579869091510773, 0.03962690010666847, 0.04580194130539894, 0.17441989481449127, -0.5383629202842712, -0.33259317278862, -0.12227466702461243])
}

@Test func sgdMomentumTrainsLikeTorch() throws {
    let run = try train({ (p) throws(TensorError) in try SGD(p, options: SGDOptions(lr: 0.1, momentum: 0.9)) }) {
        (o) throws(TensorError) in try (o as? SGD)?.step()
    }
    expectClose(run.losses, [2.5751824378967285, 2.191944122314453, 1.9481475353240967])
    expectClose(run.params, [0.01825743354856968, 0.2677181661128998, -0.47285640239715576, -0.39080581068992615, -0.29460248351097107, 0.14609374105930328, -0.06444138288497925, 0.5351882576942444, -0.027047866955399513, 0.11164972186088562, -0.10810589790344238, -0.10044849663972855, -0.5713165402412415, -0.4234345853328705, -0.19750629365444183, 0.0546075738966465, -0.1012071892619133, 0.05470217391848564, -0.7264201641082764, -0.4446963369846344, -0.4149911403656006])
}

@Test func adamTrainsLikeTorch() throws {
    let run = try train({ (p) throws(TensorError) in try Adam(p, options: AdamOptions(lr: 1e-2)) }) { (o) throws(TensorError) in
        try (o as? Adam)?.step()
    }
    expectClose(run.losses, [2.5751824378967285, 2.5192558765411377, 2.465585947036743])
    expectClose(run.params, [0.025637419894337654, 0.27979815006256104, -0.44545426964759827, -0.39494588971138, -0.25227028131484985, 0.12477210909128189, -0.041453246027231216, 0.48774269223213196, -0.021218208596110344, 0.12273106724023819, -0.14446093142032623, -0.08344317972660065, -0.5814574956893921, -0.4122583568096161, -0.20803262293338776, 0.05139363929629326, 0.16774146258831024, 0.27008146047592163, -0.36893898248672485, -0.24769854545593262, 0.15165874361991882])
}

@Test func optimizerChecksAndZeroGrad() throws {
    let p = try Tensor.zeros([2])
    try p.setRequiresGrad()
    #expect(throws: TensorError.self) { try SGD([], options: SGDOptions()) }
    #expect(throws: TensorError.self) { try SGD([p], options: SGDOptions(lr: -1)) }
    #expect(throws: TensorError.self) { try SGD([p], options: SGDOptions(momentum: 0, nesterov: true)) }
    #expect(throws: TensorError.self) { try Adam([p], options: AdamOptions(beta1: 1)) }
    let optimizer = try SGD([p], options: SGDOptions(lr: 0.5))
    p.grad = try Tensor.ones([2])
    try optimizer.step()
    #expect(try p.doubles() == [-0.5, -0.5])
    try optimizer.zeroGrad(setToNone: false)
    #expect(try p.grad?.doubles() == [0, 0])
    try optimizer.zeroGrad()
    #expect(p.grad == nil)
    try optimizer.step()  // no gradient: nothing happens
    #expect(try p.doubles() == [-0.5, -0.5])
}

@Test func stepsAdvanceVersionCountersLikeTorch() throws {
    // p._version after two steps: SGD 2, Adam 2, AdamW (weight_decay 0.01) 4, RMSprop 2.
    func versions(_ make: ([Tensor]) throws(TensorError) -> Optimizer, step: (Optimizer) throws -> Void) throws -> Int {
        let p = try Tensor.zeros([3])
        try p.setRequiresGrad()
        let optimizer = try make([p])
        let start = p.storage.version
        for _ in 0..<2 {
            p.grad = try Tensor.ones([3])
            try step(optimizer)
        }
        return p.storage.version - start
    }
    #expect(try versions({ (p) throws(TensorError) in try SGD(p, options: SGDOptions(lr: 0.1, momentum: 0.9)) }) {
        try ($0 as? SGD)?.step()
    } == 2)
    #expect(try versions({ (p) throws(TensorError) in try Adam(p, options: AdamOptions()) }) { try ($0 as? Adam)?.step() } == 2)
    #expect(try versions({ (p) throws(TensorError) in try Adam(p, options: .adamW()) }) { try ($0 as? Adam)?.step() } == 4)
    #expect(try versions({ (p) throws(TensorError) in try RMSprop(p, options: RMSpropOptions(momentum: 0.5)) }) {
        try ($0 as? RMSprop)?.step()
    } == 2)
}

@Test func backwardAfterStepReportsTheInPlaceChange() throws {
    // p = ones(3, requires_grad=True); y = (p * p).sum(); SGD step; y.backward()
    let p = try Tensor.ones([3])
    try p.setRequiresGrad()
    let y = try p.mul(p).sum()
    let optimizer = try SGD([p], options: SGDOptions(lr: 0.1))
    p.grad = try Tensor.ones([3])
    try optimizer.step()
    do {
        try y.backward()
        Issue.record("expected the in-place modification error")
    } catch {
        #expect(error.message == "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    }
}

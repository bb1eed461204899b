import Testing
import Tensors
@testable import NN

// Reference: torch 2.15.0. After torch.manual_seed(0): p = torch.randn(n) (leaf), then for 5
// steps: p.grad = torch.randn(n); opt.step(). Checked: the sum of the float32 bit patterns of
// the final p, and its first three values.

private func train(n: Int, steps: Int = 5,
                   update: (UnsafeMutableBufferPointer<Float>, UnsafeBufferPointer<Float>) -> Void) -> [Float] {
    let g = Generator(seed: 0)
    var param = [Float](repeating: 0, count: n)
    param.withUnsafeMutableBufferPointer { g.fillNormal($0, mean: 0, std: 1) }
    for _ in 0..<steps {
        var grad = [Float](repeating: 0, count: n)
        grad.withUnsafeMutableBufferPointer { g.fillNormal($0, mean: 0, std: 1) }
        param.withUnsafeMutableBufferPointer { p in grad.withUnsafeBufferPointer { update(p, $0) } }
    }
    return param
}

private func checksum(_ values: [Float]) -> UInt64 { values.reduce(0) { $0 &+ UInt64($1.bitPattern) } }

/// A zeroed state buffer of `n` floats that lives as long as the test.
private func zeros(_ n: Int) -> UnsafeMutableBufferPointer<Float> {
    let buffer = UnsafeMutableBufferPointer<Float>.allocate(capacity: n)
    buffer.initialize(repeating: 0)
    return buffer
}

private func sgd(_ options: SGDOptions, n: Int) -> [Float] {
    let buffer = options.momentum != 0 ? zeros(n) : nil
    var fresh = true
    return train(n: n) {
        sgdUpdate(param: $0, grad: $1, momentumBuffer: buffer, fresh: fresh, options: options)
        fresh = false
    }
}

private func adam(_ options: AdamOptions, n: Int) -> [Float] {
    let expAvg = zeros(n), expAvgSq = zeros(n), maxExpAvgSq = options.amsgrad ? zeros(n) : nil
    var step: Float = 0
    return train(n: n) {
        step += 1
        adamUpdate(param: $0, grad: $1, step: step, expAvg: expAvg, expAvgSq: expAvgSq, maxExpAvgSq: maxExpAvgSq,
                   options: options)
    }
}

private func rmsprop(_ options: RMSpropOptions, n: Int) -> [Float] {
    let squareAvg = zeros(n), gradAvg = options.centered ? zeros(n) : nil
    let momentumBuffer = options.momentum > 0 ? zeros(n) : nil
    return train(n: n) {
        rmspropUpdate(param: $0, grad: $1, squareAvg: squareAvg, gradAvg: gradAvg, momentumBuffer: momentumBuffer,
                      options: options)
    }
}

@Test func sgdMatchesTorch() {
    let plain = sgd(SGDOptions(lr: 0.1), n: 37)
    #expect(checksum(plain) == 79935945048)
    #expect(Array(plain.prefix(3)) == [-0.8877435326576233, -1.4635668992996216, -0.11839216202497482])
    #expect(checksum(sgd(SGDOptions(lr: 0.1), n: 5)) == 11756486017)
    #expect(checksum(sgd(SGDOptions(lr: 0.1, momentum: 0.9), n: 5)) == 11745369290)
    #expect(checksum(sgd(SGDOptions(lr: 0.1, momentum: 0.9), n: 37)) == 82190685499)
    let all = SGDOptions(lr: 0.05, momentum: 0.8, dampening: 0.1, weightDecay: 0.01)
    #expect(checksum(sgd(all, n: 5)) == 11760281424)
    #expect(checksum(sgd(all, n: 37)) == 75574584698)
    let nesterov = SGDOptions(lr: 0.05, momentum: 0.8, weightDecay: 0.001, nesterov: true)
    #expect(checksum(sgd(nesterov, n: 5)) == 11757548570)
    #expect(checksum(sgd(nesterov, n: 37)) == 77788142666)
}

@Test func adamMatchesTorch() {
    // torch's float32 sqrt goes through MKL's vsSqrt, which is not correctly rounded (about
    // one result in five is 1 ulp off); here one element ends 1 ulp apart after 5 steps.
    let plain = adam(AdamOptions(lr: 1e-2), n: 37)
    #expect(abs(Int64(checksum(plain)) - 77763977445) <= 1)
    #expect(Array(plain.prefix(3)) == [-1.0962896347045898, -1.2005287408828735, -0.20969116687774658])
    #expect(checksum(adam(AdamOptions(lr: 1e-2), n: 5)) == 11761891496)
    let decayed = AdamOptions(lr: 3e-3, beta1: 0.8, beta2: 0.99, eps: 1e-6, weightDecay: 0.1)
    #expect(checksum(adam(decayed, n: 5)) == 11761212461)
    #expect(checksum(adam(decayed, n: 37)) == 77760723262)
    #expect(checksum(adam(AdamOptions(lr: 1e-2, amsgrad: true), n: 5)) == 11761891502)
    #expect(checksum(adam(AdamOptions(lr: 1e-2, amsgrad: true), n: 37)) == 77763977429)
    #expect(checksum(adam(.adamW(lr: 1e-2), n: 5)) == 11761865915)
    #expect(checksum(adam(.adamW(lr: 1e-2), n: 37)) == 77763766131)
}

@Test func rmspropMatchesTorch() {
    #expect(checksum(rmsprop(RMSpropOptions(lr: 1e-2), n: 5)) == 11760913112)
    #expect(checksum(rmsprop(RMSpropOptions(lr: 1e-2), n: 37)) == 79903907682)
}

@Test func stateIsCreatedInTorchsOrderWhenOptionsChangeBetweenSteps() throws {
    let p = try Tensor.from([1.0, 2.0], shape: [2])
    try p.setRequiresGrad()
    let adam = try Adam([p], options: AdamOptions())
    let rmsprop = try RMSprop([p], options: RMSpropOptions())
    for amsgrad in [false, true] {
        p.grad = try Tensor.from([0.5, -0.5] as [Double], shape: [2])
        adam.options.amsgrad = amsgrad
        rmsprop.options = RMSpropOptions(momentum: amsgrad ? 0.9 : 0, centered: amsgrad)
        try adam.step()
        try rmsprop.step()
    }
    #expect(adam.state(of: 0).names == ["step", "exp_avg", "exp_avg_sq", "max_exp_avg_sq"])
    #expect(rmsprop.state(of: 0).names == ["step", "square_avg", "momentum_buffer", "grad_avg"])
    #expect(try adam.state(of: 0)["step"]?.item().doubleValue == 2)
    #expect(try p.doubles().allSatisfy { $0.isFinite })
}

@Test func loadedStateIsCastToTheParameterDtype() throws {
    let p = try Tensor.from([1.0, 2.0], shape: [2], dtype: .float64)
    try p.setRequiresGrad()
    let sgd = try SGD([p], options: SGDOptions(lr: 0.1, momentum: 0.9))
    let saved = try Tensor.from([1.0, 1.0], shape: [2])
    try sgd.state(of: 0).set("momentum_buffer", saved, dtype: p.dtype)
    p.grad = try Tensor.from([0.0, 0.0], shape: [2], dtype: .float64)
    try sgd.step()
    // The buffer continued from the loaded one (0.9 * 1), cast to float64: the float32 one is untouched.
    #expect(try sgd.state(of: 0)["momentum_buffer"]?.doubles() == [0.9, 0.9])
    #expect(try saved.doubles() == [1, 1])
    #expect(try p.doubles() == [1 - 0.09, 2 - 0.09])
}

@Test func lessUsedBranchesMatchTorch() {
    // RMSprop(momentum=0.5, centered=True, weight_decay=0.01), SGD(momentum=0.5, maximize=True,
    // weight_decay=0.1), Adam(maximize=True), AdamW(amsgrad=True, weight_decay=0.05); 5 elements.
    let centered = rmsprop(RMSpropOptions(lr: 1e-2, weightDecay: 0.01, momentum: 0.5, centered: true), n: 5)
    #expect(checksum(centered) == 11762706166)
    #expect(Array(centered.prefix(3)) == [1.6903084516525269, -0.4984860420227051, -2.3278822898864746])
    #expect(checksum(sgd(SGDOptions(lr: 0.1, momentum: 0.5, weightDecay: 0.1, maximize: true), n: 5)) == 11754013090)
    #expect(checksum(adam(AdamOptions(lr: 1e-2, maximize: true), n: 5)) == 11760193008)
    #expect(checksum(adam(.adamW(lr: 1e-2, weightDecay: 0.05, amsgrad: true), n: 5)) == 11761763719)
}

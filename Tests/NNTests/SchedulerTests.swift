import Testing
import Tensors
@testable import NN

// Reference: torch 2.15.0, get_last_lr() after each scheduler.step() on SGD(lr=0.1).

@Test func stepAndExponentialSchedules() throws {
    let p = try Tensor.zeros([2])
    try p.setRequiresGrad()
    let sgd = try SGD([p], options: SGDOptions(lr: 0.1))
    let step = StepLR(sgd, stepSize: 3, gamma: 0.7)
    let rates = (0..<10).map { _ in step.step(); return step.lastLR[0] }
    #expect(rates == [0.1, 0.1, 0.06999999999999999, 0.06999999999999999, 0.06999999999999999, 0.048999999999999995,
                      0.048999999999999995, 0.048999999999999995, 0.0343, 0.0343])
    #expect(sgd.options.lr == 0.0343)
    let adam = try Adam([p], options: AdamOptions(lr: 0.1))
    let exponential = ExponentialLR(adam, gamma: 0.9)
    let decayed = (0..<5).map { _ in exponential.step(); return exponential.lastLR[0] }
    #expect(decayed == [0.09000000000000001, 0.08100000000000002, 0.07290000000000002, 0.06561000000000002,
                        0.05904900000000002])
}

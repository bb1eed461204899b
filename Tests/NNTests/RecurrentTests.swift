import NN
import Testing
import Tensors

// One recurrent layer against values from PyTorch (torch.nn.LSTM / GRU with every parameter
// set to torch.linspace(-0.5, 0.5, numel) and the input below), forward and backward.

private func linspace(_ shape: [Int]) throws -> Tensor {
    let n = shape.reduce(1, *)
    let t = try Tensor.from((0..<n).map { -0.5 + Double($0) / Double(n - 1) }, shape: shape)
    try t.setRequiresGrad()
    return t
}

private let input: [Double] = [0.5, -1.0, 1.5, 0.25, -0.75, 2.0]

private func expectClose(_ t: Tensor?, _ expected: [Double], sourceLocation: SourceLocation = #_sourceLocation) throws {
    let got = try #require(t, sourceLocation: sourceLocation).doubles()
    #expect(got.count == expected.count, sourceLocation: sourceLocation)
    for (g, e) in zip(got, expected) { #expect(Swift.abs(g - e) <= 1e-5 * Swift.max(1, Swift.abs(e)), "\(g) vs \(e)", sourceLocation: sourceLocation) }
}

@Suite struct RecurrentLayerTests {
    @Test func lstmForwardAndBackward() throws {
        let (wIH, wHH, bIH, bHH) = (try linspace([12, 2]), try linspace([12, 3]), try linspace([12]), try linspace([12]))
        let zeros = try Tensor.zeros([1, 3])
        let (out, _, c) = try recurrentLayer(.lstm, Tensor.from(input, shape: [3, 1, 2]), hx: zeros, cx: zeros, weightIH: wIH, weightHH: wHH, biasIH: bIH, biasHH: bHH)
        #expect(out.gradFn?.name == "MkldnnRnnLayerBackward0")
        try expectClose(out, [0.006953610572963953, 0.038031868636608124, 0.07611628621816635, 0.016822295263409615, 0.0817335918545723,
                              0.17568309605121613, 0.03191449120640755, 0.11386798322200775, 0.2332307994365692])
        try out.sum().add(#require(c).sum()).backward()
        try expectClose(bIH.grad, [0.07973311096429825, 0.2872146964073181, 0.5435740947723389, 0.011539682745933533, 0.06375963985919952,
                                   0.1394323706626892, 0.7251044511795044, 0.8777976036071777, 0.9358748197555542, 0.013821225613355637,
                                   0.048548389226198196, 0.08194216340780258])
        try expectClose(wHH.grad.map { try $0.reshape([-1]).narrow(0, 0, 6) }, [0.0010093344608321786, 0.004992615897208452, 0.010613912716507912,
                                                                                0.0030982731841504574, 0.015466155484318733, 0.03269653767347336])
    }

    @Test func gruForwardAndBackward() throws {
        let (wIH, wHH, bIH, bHH) = (try linspace([9, 2]), try linspace([9, 3]), try linspace([9]), try linspace([9]))
        let (out, _, c) = try recurrentLayer(.gru, Tensor.from(input, shape: [3, 1, 2]), hx: Tensor.zeros([1, 3]), cx: nil,
                                             weightIH: wIH, weightHH: wHH, biasIH: bIH, biasHH: bHH)
        #expect(c == nil && out.gradFn?.name == "StackBackward0")
        try expectClose(out, [0.09148108214139938, 0.14219172298908234, 0.1831457018852234, 0.40084293484687805, 0.46687498688697815,
                              0.45844998955726624, 0.5200283527374268, 0.616192638874054, 0.6111016273498535])
        try out.sum().backward()
        try expectClose(wIH.grad.map { try $0.reshape([-1]).narrow(0, 0, 6) }, [0.037213489413261414, 0.002932123839855194, 0.052846696227788925,
                                                                                -0.020070984959602356, 0.06058260053396225, -0.06089584156870842])
    }
}

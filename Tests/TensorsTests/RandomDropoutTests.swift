import Testing
@testable import Tensors

// Reference: torch 2.15.0, F.dropout after torch.manual_seed(0).

@Test func dropoutMatchesTorch() throws {
    let x = try Tensor.arange(.double(0), .double(12)).reshape([3, 4])
    try x.setRequiresGrad()
    let y = try x.dropout(p: 0.3, generator: Generator(seed: 0))
    #expect(try y.floats() == [0.0, 0.0, 2.857142925262451, 0.0, 5.714285850524902, 0.0, 8.571428298950195, 10.0, 11.428571701049805, 12.85714340209961, 14.285715103149414, 15.714285850524902])
    #expect(y.gradFn?.name == "MulBackward0")
    let w = try Tensor.arange(.double(0), .double(12), dtype: .float64).dropout(p: 0.25, generator: Generator(seed: 0))
    #expect(try w.doubles() == [0.0, 1.3333333333333333, 2.6666666666666665, 0.0, 5.333333333333333, 0.0, 8.0, 9.333333333333332, 10.666666666666666, 12.0, 13.333333333333332, 14.666666666666666])
}

@Test func dropoutEdgeCases() throws {
    let x = try Tensor.ones([4])
    #expect(try x.dropout(p: 0) === x)
    #expect(try x.dropout(p: 0.5, training: false) === x)
    #expect(throws: TensorError.self) { try x.dropout(p: 1.5) }
    #expect(try x.dropout(p: 1).floats() == [0, 0, 0, 0])
}

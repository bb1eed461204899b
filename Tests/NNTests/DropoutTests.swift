import Testing
import Tensors
@testable import NN

// Reference: torch 2.15.0: torch.manual_seed(0); x = torch.arange(12.); F.dropout(x, 0.3, inplace=True)

@Test func inplaceDropoutMatchesTorch() throws {
    let x = try Tensor.arange(.double(0), .double(12))
    let y = try dropout(x, p: 0.3, inplace: true, generator: Generator(seed: 0))
    #expect(y === x)
    #expect(try x.floats() == [0.0, 0.0, 2.857142925262451, 0.0, 5.714285850524902, 0.0, 8.571428298950195, 10.0,
                               11.428571701049805, 12.85714340209961, 14.285715103149414, 15.714285850524902])
    let z = try dropout(Tensor.ones([4]), p: 0.5, training: false, inplace: true)
    #expect(try z.floats() == [1, 1, 1, 1])
    #expect(throws: TensorError.self) { try dropout(x, p: -0.5, inplace: true) }
    let w = try dropout(Tensor.ones([3]), p: 0.3, generator: Generator(seed: 0))  // out of place: the engine's
    #expect(try w.floats() == [0, 0, 1.4285714626312256])
}

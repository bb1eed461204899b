import Testing
@testable import Tensors

// Tensors above PyTorch's grain size (32768 elements) are split between two threads, and sums
// run their SIMD lanes side by side; the values must still be PyTorch's, bit for bit.
// Reference: torch 2.15.0, torch.manual_seed(0); x = torch.randn(1000000).
@Suite struct LargeTensors {
    let x: Tensor

    init() throws { x = try Tensor.randn([1_000_000], generator: Generator(seed: 0)) }

    @Test func sumsMatchTorch() throws {
        #expect(try x.sum().item().doubleValue == -1561.453125)
        #expect(try x.to(.float64).sum().item().doubleValue == -1561.4529594577189)
    }

    @Test func splitKernelsMatchTorch() throws {
        #expect(try x.sigmoid().sum().item().doubleValue == 499717.75)
        #expect(try x.mul(x).add(.double(0.5)).sum().item().doubleValue == 1499781.25)
        #expect(try x.slice(0, start: 0, end: 70001).exp().sum().item().doubleValue == 115068.4140625)
        let y = try x.clone()
        try y.mul_(.double(2))
        try y.add_(x)
        #expect(try y.sum().item().doubleValue == -4684.35888671875)
        let positive = try x.gt(.int(0))
        #expect(try Tensor.where(positive, x, x.mul(.int(2))).sum().item().doubleValue == -401226.75)
        #expect(try Tensor.where(positive, x, .double(0.5)).sum().item().doubleValue == 648513.875)
    }

    /// Every element of both halves is written (outputs are not zeroed first).
    @Test func everyElementIsWritten() throws {
        let n = 65_537
        let a = try Tensor.arange(.int(0), .int(Int64(n))), b = try Tensor.full([n], .int(2))
        let product = try a.mul(b).doubles()
        #expect(product.count == n)
        #expect(product.enumerated().allSatisfy { $0.element == Double(2 * $0.offset) })
    }
}


import Testing
@testable import Tensors

// Backward formulas of the layer ops (normalization, embedding, convolution, pooling) against
// central finite differences in float64.

/// `n` distinct values in (-2, 2), so max pooling has no ties.
private func values(_ n: Int, seed: Int = 1) -> [Double] {
    (0..<n).map { (i: Int) -> Double in
        let r: Int = (i * 7919 + seed * 104729) % 997
        return Double(r) / 249.25 - 2 + Double(i) * 1e-4
    }
}

private func V(_ shape: [Int], seed: Int = 1) throws -> Tensor { try T(values(shape.reduce(1, *), seed: seed), shape) }

@Suite struct NormalizationGradients {
    @Test func batchNormTraining() throws {
        try gradcheck([V([4, 3, 2]), V([3], seed: 2), V([3], seed: 3)]) {
            try Tensor.batchNorm($0[0], runningMean: nil, runningVar: nil, weight: $0[1], bias: $0[2], training: true, momentum: 0.1, eps: 1e-5)
        }
    }
    @Test func batchNormEvaluation() throws {
        let rm = try T([0.1, -0.2, 0.3], [3], .float64), rv = try T([0.5, 1.5, 2], [3], .float64)
        try gradcheck([V([4, 3]), V([3], seed: 2), V([3], seed: 3)]) {
            try Tensor.batchNorm($0[0], runningMean: rm, runningVar: rv, weight: $0[1], bias: $0[2], training: false, momentum: 0.1, eps: 1e-5)
        }
    }
    @Test func batchNormWithoutAffine() throws {
        try gradcheck([V([2, 2, 3, 2])]) {
            try Tensor.batchNorm($0[0], runningMean: nil, runningVar: nil, weight: nil, bias: nil, training: true, momentum: 0.1, eps: 1e-5)
        }
    }
    @Test func batchNormUpdatesRunningStatistics() throws {
        let rm = try Tensor.zeros([2]), rv = try Tensor.ones([2])
        _ = try Tensor.batchNorm(T([1, 2, 3, 6], [2, 2]), runningMean: rm, runningVar: rv, weight: nil, bias: nil, training: true, momentum: 0.1, eps: 1e-5)
        // Means 2 and 4, unbiased variances 2 and 8 (values from torch).
        #expect(try rm.doubles() == [0.20000000298023224, 0.4000000059604645])
        #expect(try rv.doubles() == [1.100000023841858, 1.7000000476837158])
    }
    @Test func layerNorm() throws {
        try gradcheck([V([3, 2, 4]), V([2, 4], seed: 2), V([2, 4], seed: 3)]) {
            try Tensor.layerNorm($0[0], normalizedShape: [2, 4], weight: $0[1], bias: $0[2], eps: 1e-5)
        }
    }
    @Test func layerNormWithoutAffine() throws {
        try gradcheck([V([3, 5])]) { try Tensor.layerNorm($0[0], normalizedShape: [5], weight: nil, bias: nil, eps: 1e-5) }
    }
}

@Suite struct EmbeddingGradients {
    @Test func embedding() throws {
        let ids = try I([1, 3, 1, 0, 2, 1], [2, 3])
        try gradcheck([V([4, 3])]) { try Tensor.embedding(ids, $0[0]).mul(Tensor.embedding(ids, $0[0])) }
    }
    @Test func paddingRowGetsNoGradient() throws {
        let w = try P(values(6), [3, 2])
        try Tensor.embedding(I([0, 1, 1]), w, paddingIdx: 1).sum().backward()
        #expect(try w.grad?.doubles() == [1, 1, 0, 0, 0, 0])
    }
}

@Suite struct ConvolutionGradients {
    private func conv(_ s: [Int], _ pb: [Int], _ pa: [Int], _ d: [Int], _ g: Int) -> ConvolutionOptions {
        ConvolutionOptions(stride: s, paddingBefore: pb, paddingAfter: pa, dilation: d, groups: g)
    }
    @Test func conv2d() throws {
        try gradcheck([V([2, 3, 5, 4]), V([2, 3, 3, 2], seed: 2), V([2], seed: 3)]) {
            try Tensor.convolution($0[0], $0[1], $0[2], conv([2, 1], [1, 1], [1, 1], [1, 1], 1))
        }
    }
    @Test func conv2dGroupsDilationAsymmetricPadding() throws {
        try gradcheck([V([1, 4, 5, 5]), V([4, 2, 2, 3], seed: 2)]) {
            try Tensor.convolution($0[0], $0[1], nil, conv([1, 1], [0, 2], [1, 2], [2, 2], 2))
        }
    }
    @Test func conv1d() throws {
        try gradcheck([V([2, 2, 7]), V([3, 2, 3], seed: 2), V([3], seed: 3)]) {
            try Tensor.convolution($0[0], $0[1], $0[2], conv([2], [1], [1], [1], 1))
        }
    }
    @Test func channelMismatchMessage() throws {
        #expect(throws: TensorError.self) {
            try Tensor.convolution(Tensor.zeros([1, 4, 5, 5]), Tensor.zeros([8, 3, 3, 3]), nil, conv([1, 1], [0, 0], [0, 0], [1, 1], 1))
        }
        do {
            _ = try Tensor.convolution(Tensor.zeros([1, 4, 5, 5]), Tensor.zeros([8, 3, 3, 3]), nil, conv([1, 1], [0, 0], [0, 0], [1, 1], 1))
        } catch {
            #expect(error.message == "Given groups=1, weight of size [8, 3, 3, 3], expected input[1, 4, 5, 5] to have 3 channels, but got 4 channels instead")
        }
    }
}

@Suite struct PoolingGradients {
    @Test func maxPool() throws {
        try gradcheck([V([2, 2, 5, 5])]) {
            try Tensor.maxPool2d($0[0], PoolOptions(kernel: [3, 2], stride: [2, 1], padding: [1, 1], dilation: [1, 2], ceilMode: true)).0
        }
    }
    @Test func avgPool() throws {
        try gradcheck([V([1, 2, 5, 4])]) {
            try Tensor.avgPool2d($0[0], PoolOptions(kernel: [3, 3], stride: [2, 2], padding: [1, 1]), countIncludePad: false)
                .add(Tensor.avgPool2d($0[0], PoolOptions(kernel: [2, 2], stride: [2, 2], padding: [1, 0], ceilMode: true)).sum())
        }
    }
    @Test func adaptiveAvgPool() throws {
        try gradcheck([V([2, 1, 5, 7])]) { try Tensor.adaptiveAvgPool2d($0[0], [3, 2]) }
    }
    @Test func maxPoolValues() throws {
        // torch: F.max_pool2d(torch.arange(16.).reshape(1, 1, 4, 4), 2) -> [[5, 7], [13, 15]]
        let (y, i) = try Tensor.maxPool2d(T((0..<16).map(Double.init), [1, 1, 4, 4]), PoolOptions(kernel: [2, 2], stride: [2, 2], padding: [0, 0]))
        #expect(try y.doubles() == [5, 7, 13, 15])
        #expect(try i.int64s() == [5, 7, 13, 15])
    }
}

@Suite struct FusedAndInPlaceViewGradients {
    @Test func fusedOperation() throws {
        try gradcheck([V([2, 3]), V([3, 2], seed: 2)]) { x in
            let outs = try Tensor.fused("MkldnnRnnLayerBackward0", inputs: x) { t throws(TensorError) in
                [try t[0].matmul(t[1]).tanh(), try t[0].sigmoid()]
            }
            #expect(!GradMode.isEnabled || outs.allSatisfy { $0.gradFn?.name == "MkldnnRnnLayerBackward0" })
            return try outs[0].sum().add(outs[1].mul(outs[1]).sum())
        }
    }
    @Test func transposeInPlace() throws {
        try gradcheck([V([2, 3])]) { x in
            let y = try x[0].mul(.int(2))
            let t = try y.transpose_(0, 1)
            #expect(t === y && t.shape == [3, 2] && (!GradMode.isEnabled || t.gradFn?.name == "TransposeBackward1"))
            return try t.mul(Tensor.from(values(6, seed: 4), shape: [3, 2], dtype: .float64))
        }
    }
}

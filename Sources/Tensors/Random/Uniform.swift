/// Uniform floats (`uniform_`, `torch.rand`) and Bernoulli draws, as PyTorch's CPU kernels
/// (`uniform_real_distribution`, `TransformationHelper.h`) make them on AVX2/AVX-512 builds.
extension Generator {
    /// A float32 in [0, 1): 24 random bits of one 32-bit draw.
    @inline(__always)
    func unitFloat() -> Float {
        Float(random() & 0xFF_FFFF) * 0x1p-24
    }

    /// A double in [0, 1): 53 random bits of one 64-bit draw.
    @inline(__always)
    func unitDouble() -> Double {
        Double(random64() & ((1 << 53) - 1)) * 0x1p-53
    }

    /// `uniform_(from, to)` on float32 storage, one draw per element in buffer order. The
    /// bounds are rounded to float32 first and combined with one fused multiply-add, as GCC
    /// compiles PyTorch's vectorised kernel.
    public func fillUniform(_ buffer: UnsafeMutableBufferPointer<Float>, from: Double, to: Double) {
        let low = Float(from)
        let range = Float(to) - low
        for i in buffer.indices {
            buffer[i] = low.addingProduct(unitFloat(), range)
        }
    }

    /// `uniform_(from, to)` on float64 storage, one 64-bit draw per element.
    public func fillUniform(_ buffer: UnsafeMutableBufferPointer<Double>, from: Double, to: Double) {
        let range = to - from
        for i in buffer.indices {
            buffer[i] = from.addingProduct(unitDouble(), range)
        }
    }

    /// `bernoulli_(p)` with a scalar probability (what `nn.Dropout` uses): one 64-bit-based
    /// uniform double per element, 1 when it is below `p`.
    public func fillBernoulli(_ buffer: UnsafeMutableBufferPointer<Float>, p: Double) {
        for i in buffer.indices { buffer[i] = unitDouble() < p ? 1 : 0 }
    }

    public func fillBernoulli(_ buffer: UnsafeMutableBufferPointer<Double>, p: Double) {
        for i in buffer.indices { buffer[i] = unitDouble() < p ? 1 : 0 }
    }

    /// `torch.bernoulli(probabilities)`: one 24-bit uniform float per element, 1 when it is
    /// below that element's probability.
    public func fillBernoulli(_ buffer: UnsafeMutableBufferPointer<Float>,
                              probabilities: UnsafeBufferPointer<Float>) {
        for i in buffer.indices where i < probabilities.count {
            buffer[i] = unitFloat() < probabilities[i] ? 1 : 0
        }
    }
}

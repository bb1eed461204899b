#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Normal samples (`normal_`, `torch.randn`) along PyTorch's three CPU paths: contiguous
/// float32 with at least 16 elements takes the vectorised float32 Box–Muller kernel, other
/// float dtypes with at least 16 elements the same blocks in their own precision, and
/// everything else the scalar double path with its cached second sample.
extension Generator {
    static let normalBlock = 16

    /// One scalar-path sample (path A): used for small or non-contiguous tensors, one call per
    /// element in memory order. Rounded to float32 by the caller when the tensor is float32.
    public func normalSample(mean: Double, std: Double) -> Double {
        let n: Double
        if let cached = cachedNormal {
            n = cached
            cachedNormal = nil
        } else {
            let u1 = unitDouble()  // angle
            let u2 = unitDouble()  // radius
            let radius = sqrt(-2.0 * log1p(-u2))
            let theta = (2.0 * Double.pi) * u1
            cachedNormal = radius * sin(theta)
            n = radius * cos(theta)
        }
        return mean.addingProduct(n, std)
    }

    /// `normal_(mean, std)` on contiguous float32 storage.
    public func fillNormal(_ buffer: UnsafeMutableBufferPointer<Float>, mean: Double, std: Double) {
        guard buffer.count >= Self.normalBlock else {
            for i in buffer.indices { buffer[i] = Float(normalSample(mean: mean, std: std)) }
            return
        }
        let mean = Float(mean), std = Float(std)
        fillBlocks(buffer, uniforms: { self.fillUniform($0, from: 0, to: 1) }) { block in
            for j in 0..<8 {
                let u1 = 1 - block[j]
                let u2 = block[j + 8]
                let radius = (-2 * CephesFloat.log(u1)).squareRoot()
                let (s, c) = CephesFloat.sincos(Float(2 * Double.pi) * u2)
                block[j] = mean.addingProduct(radius * c, std)
                block[j + 8] = mean.addingProduct(radius * s, std)
            }
        }
    }

    /// `normal_(mean, std)` on contiguous float64 storage.
    public func fillNormal(_ buffer: UnsafeMutableBufferPointer<Double>, mean: Double, std: Double) {
        guard buffer.count >= Self.normalBlock else {
            for i in buffer.indices { buffer[i] = normalSample(mean: mean, std: std) }
            return
        }
        fillBlocks(buffer, uniforms: { self.fillUniform($0, from: 0, to: 1) }) { block in
            for j in 0..<8 {
                let u1 = 1 - block[j]
                let u2 = block[j + 8]
                let radius = (-2 * log(u1)).squareRoot()
                let theta = (2 * Double.pi) * u2
                block[j] = mean.addingProduct(radius * cos(theta), std)
                block[j + 8] = mean.addingProduct(radius * sin(theta), std)
            }
        }
    }

    /// The block structure shared by both vectorised paths: uniforms everywhere, transform
    /// each full block of 16, then redraw and transform the last 16 slots if a tail remains.
    @inline(__always)
    private func fillBlocks<T>(
        _ buffer: UnsafeMutableBufferPointer<T>,
        uniforms: (UnsafeMutableBufferPointer<T>) -> Void,
        transform: (UnsafeMutableBufferPointer<T>) -> Void
    ) {
        uniforms(buffer)
        let block = Self.normalBlock
        var start = 0
        while start + block <= buffer.count {
            transform(UnsafeMutableBufferPointer(rebasing: buffer[start..<(start + block)]))
            start += block
        }
        if buffer.count % block != 0 {
            let tail = UnsafeMutableBufferPointer(rebasing: buffer[(buffer.count - block)...])
            uniforms(tail)
            transform(tail)
        }
    }
}

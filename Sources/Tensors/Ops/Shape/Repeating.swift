/// repeat_interleave, diff and kron.
extension Tensor {
    /// PyTorch's `repeat_interleave(repeats, dim)` with one count for every element: each
    /// element repeated in place (the flattened tensor when `dim` is nil).
    public func repeatInterleave(_ repeats: Int, dim: Int? = nil) throws(TensorError) -> Tensor {
        guard repeats >= 0 else { throw .runtime("Repeats must be non-negative") }
        let x = dim == nil ? try reshape([-1]) : self
        let d = try normalizeDim(dim ?? 0, x.dim)
        guard x.dim > 0 else { return try x.reshape([1]).repeatInterleave(repeats, dim: 0) }
        var expanded = x.shape
        expanded.insert(repeats, at: d + 1)
        var out = x.shape
        out[d] *= repeats
        return try x.unsqueeze(d + 1).expand(expanded).contiguous().view(out)
    }

    /// PyTorch's `repeat_interleave(repeats_tensor, dim)`: element i repeated repeats[i] times.
    public func repeatInterleave(_ repeats: Tensor, dim: Int? = nil) throws(TensorError) -> Tensor {
        let x = dim == nil ? try reshape([-1]) : self
        let d = try normalizeDim(dim ?? 0, Swift.max(x.dim, 1))
        let size = x.dim == 0 ? 1 : x.shape[d]
        var counts = try repeats.int64s()
        if repeats.dim == 0 || counts.count == 1 { counts = [Int64](repeating: counts.first ?? 0, count: size) }
        guard counts.count == size else {
            throw .runtime("repeats must have the same size as input along dim, but got repeats.size(0) = \(counts.count) and input.size(\(d)) = \(size)")
        }
        return try x.indexSelect(d, Tensor.repeatInterleave(counts))
    }

    /// `torch.repeat_interleave(repeats)`: index i repeated repeats[i] times.
    public static func repeatInterleave(_ repeats: Tensor) throws(TensorError) -> Tensor {
        guard repeats.dim <= 1, !repeats.dtype.isFloatingPoint, repeats.dtype != .bool else {
            throw .runtime("repeat_interleave only accept 1D vector as repeat")
        }
        return try repeatInterleave(try repeats.int64s())
    }

    private static func repeatInterleave(_ counts: [Int64]) throws(TensorError) -> Tensor {
        if counts.contains(where: { $0 < 0 }) { throw .runtime("repeats can not be negative") }
        var total: Int64 = 0
        for c in counts {
            let (t, overflow) = total.addingReportingOverflow(c)
            if overflow { throw .runtime("repeat_interleave: the total number of repeats overflows int64") }
            total = t
        }
        let out = try Tensor(zerosOf: [Int(total)], dtype: .int64)
        let p = out.pointer(Int64.self)
        var k = 0
        for (i, c) in counts.enumerated() {
            for _ in 0..<Int(c) { p[k] = Int64(i); k += 1 }
        }
        return out
    }

    /// PyTorch's `diff(n, dim, prepend, append)`: n-th forward differences (logical xor for bools).
    public func diff(n: Int = 1, dim: Int = -1, prepend: Tensor? = nil, append: Tensor? = nil) throws(TensorError) -> Tensor {
        guard self.dim > 0 else { throw .runtime("diff expects input to be at least one-dimensional") }
        guard n >= 0 else { throw .runtime("order must be non-negative but got \(n)") }
        let d = try normalizeDim(dim, self.dim)
        var x = self
        if prepend != nil || append != nil {
            x = try Tensor.cat([prepend, self, append].compactMap { $0 }, dim: d)
        }
        // Past an empty result further orders change nothing (and n may be huge).
        for _ in 0..<n {
            if x.shape[d] == 0 { break }
            let len = Swift.max(x.shape[d] - 1, 0)
            let (later, earlier) = (try x.narrow(d, x.shape[d] - len, len), try x.narrow(d, 0, len))
            x = x.dtype == .bool ? try later.logicalXor(earlier) : try later.sub(earlier)
        }
        return x
    }

    /// PyTorch's `kron(other)`: the Kronecker product (UnsafeViewBackward0).
    public func kron(_ other: Tensor) throws(TensorError) -> Tensor {
        let nd = Swift.max(dim, other.dim)
        let a = [Int](repeating: 1, count: nd - dim) + shape
        let b = [Int](repeating: 1, count: nd - other.dim) + other.shape
        return try Tensor.composite("UnsafeViewBackward0", [self, other]) { t throws(TensorError) in
            let left = try t[0].reshape(a.flatMap { [$0, 1] }), right = try t[1].reshape(b.flatMap { [1, $0] })
            return try left.mul(right).reshape(zip(a, b).map { $0 * $1 })
        }
    }
}

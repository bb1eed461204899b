#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Copies `src` (broadcast to `dst.shape`) into `dst`, converting the dtype.
func copyElements(from src: Tensor, into dst: Tensor) {
    if src.dtype == dst.dtype && src.shape == dst.shape && src.isContiguous && dst.isContiguous {
        memmove(dst.storage.bytes + dst.storageOffset * dst.dtype.itemSize,
                src.storage.bytes + src.storageOffset * src.dtype.itemSize, src.numel * src.dtype.itemSize)
        return
    }
    let loop = StridedLoop(shape: dst.shape, strides: [broadcastStrides(src, to: dst.shape), dst.strides])
    func run<S: TensorElement, D: TensorElement>(_: S.Type, _: D.Type) {
        let ps = src.pointer(S.self), pd = dst.pointer(D.self)
        let toBool = dst.dtype == .bool
        loop.forEachRow { o, n, s in
            var i = o[0], j = o[1]
            for _ in 0..<n {
                pd[j] = toBool ? (ps[i] != S.zero ? D.one : D.zero) : D.converting(ps[i])
                i &+= s[0]; j &+= s[1]
            }
        }
    }
    func from<S: TensorElement>(_: S.Type) {
        switch dst.dtype {
        case .float32: run(S.self, Float.self)
        case .float64: run(S.self, Double.self)
        case .int64: run(S.self, Int64.self)
        case .int32: run(S.self, Int32.self)
        case .uint8, .bool: run(S.self, UInt8.self)
        }
    }
    switch src.dtype {
    case .float32: from(Float.self)
    case .float64: from(Double.self)
    case .int64: from(Int64.self)
    case .int32: from(Int32.self)
    case .uint8, .bool: from(UInt8.self)
    }
}

extension Tensor {
    /// A contiguous tensor with this one's values (self when already contiguous and of the
    /// dtype). Not recorded by autograd: kernels use it on their inputs.
    func contiguousData(dtype: DType? = nil) throws(TensorError) -> Tensor {
        let dt = dtype ?? self.dtype
        if dt == self.dtype && isContiguous { return self }
        return try cloneData(dtype: dt)
    }

    /// A fresh contiguous copy, not recorded by autograd.
    func cloneData(dtype: DType? = nil) throws(TensorError) -> Tensor {
        let out = try Tensor(zerosOf: shape, dtype: dtype ?? self.dtype)
        copyElements(from: self, into: out)
        return out
    }

    /// PyTorch's `clone()` (CloneBackward0).
    public func clone() throws(TensorError) -> Tensor {
        let out = try cloneData()
        if needsGrad(self) { out.setHistory("CloneBackward0", [self], saves: false) { g, _ in [g] } }
        return out
    }

    /// PyTorch's `contiguous()`: self when already contiguous, else a recorded copy.
    public func contiguous() throws(TensorError) -> Tensor {
        isContiguous ? self : try clone()
    }

    /// PyTorch's `to(dtype)`: self when the dtype already matches, else ToCopyBackward0.
    public func to(_ dtype: DType) throws(TensorError) -> Tensor {
        if dtype == self.dtype { return self }
        let out = try cloneData(dtype: dtype)
        if needsGrad(self) && dtype.isFloatingPoint {
            let from = self.dtype
            out.setHistory("ToCopyBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.to(from)] }
        }
        return out
    }

    public func float() throws(TensorError) -> Tensor { try to(.float32) }
    public func double() throws(TensorError) -> Tensor { try to(.float64) }
    public func long() throws(TensorError) -> Tensor { try to(.int64) }
    public func int() throws(TensorError) -> Tensor { try to(.int32) }
    public func bool() throws(TensorError) -> Tensor { try to(.bool) }
    public func byte() throws(TensorError) -> Tensor { try to(.uint8) }
}

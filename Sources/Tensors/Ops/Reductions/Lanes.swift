/// Operations that work lane by lane along one dimension (softmax, cumsum, sort, ...):
/// the dimension is moved last and made contiguous, each lane processed, and the result
/// laid back out in the input's dimension order.
extension Tensor {
    /// Runs `body(input, output, n)` on every lane along `d`. `self` must already have element
    /// type T; the output (of `outDType`, element type R) has self's shape.
    @inline(__always)
    func mapLanes<T: TensorElement, R: TensorElement>(_ d: Int, _: T.Type, _ outDType: DType, _: R.Type,
                                                      _ body: (UnsafePointer<T>, UnsafeMutablePointer<R>, Int) -> Void) throws(TensorError) -> Tensor {
        let last = dim == 0 || d == dim - 1
        var perm = Array(0..<dim)
        if !last { perm.remove(at: d); perm.append(d) }
        let src = try (last ? self : permutedView(perm)).contiguousData()
        let out = try Tensor(zerosOf: src.shape, dtype: outDType)
        let n = dim == 0 ? 1 : shape[d]
        let lanes = n == 0 ? 0 : src.numel / n
        let ps = src.pointer(T.self), po = out.pointer(R.self)
        for l in 0..<lanes { body(ps + l * n, po + l * n, n) }
        if last { return out }
        var inverse = perm
        for (i, p) in perm.enumerated() { inverse[p] = i }
        return try out.permutedView(inverse).cloneData()
    }

    /// Element numbers (row-major in self) of `index` entries along `d`, as torch.gather
    /// reads them; `index` has self's rank.
    func gatherPositions(_ d: Int, _ index: Tensor) throws(TensorError) -> [Int] {
        let ids = try index.int64s()
        let size = dim == 0 ? 1 : shape[d]
        let selfStrides = contiguousStrides(shape), idxStrides = contiguousStrides(index.shape)
        var out: [Int] = []
        out.reserveCapacity(ids.count)
        for (flat, i) in ids.enumerated() {
            guard i >= 0 && Int(i) < size else {
                throw .runtime("index \(i) is out of bounds for dimension \(d) with size \(size)")
            }
            var rest = flat, pos = 0
            for k in 0..<index.dim {
                let c = rest / idxStrides[k]
                rest %= idxStrides[k]
                pos += (k == d ? Int(i) : c) * (k < selfStrides.count ? selfStrides[k] : 0)
            }
            out.append(pos)
        }
        return out
    }
}

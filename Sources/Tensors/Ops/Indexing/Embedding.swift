/// `F.embedding` (EmbeddingBackward0): rows of `weight` picked by integer `indices`; the
/// gradient adds each output row back into its weight row, except rows of `paddingIdx`.
extension Tensor {
    public static func embedding(_ indices: Tensor, _ weight: Tensor, paddingIdx: Int? = nil) throws(TensorError) -> Tensor {
        guard indices.dtype == .int64 || indices.dtype == .int32 else {
            throw .runtime("Expected tensor for argument #1 'indices' to have one of the following scalar types: Long, Int; but got \(indices.dtype.tensorTypeName) instead (while checking arguments for embedding)")
        }
        guard weight.dim == 2 else { throw .runtime("'weight' must be 2-D") }
        let (rows, width) = (weight.shape[0], weight.shape[1])
        let ids = try indices.contiguousData().int64s()
        for i in ids where i < 0 || Int(i) >= rows { throw .index("index out of range in self") }
        let w = try weight.contiguousData()
        let out = try Tensor(uninitializedOf: indices.shape + [width], dtype: weight.dtype)
        func gather<T: TensorElement>(_: T.Type) {
            let (src, dst) = (w.pointer(T.self), out.pointer(T.self))
            for (k, i) in ids.enumerated() { (dst + k * width).update(from: src + Int(i) * width, count: width) }
        }
        switch weight.dtype {
        case .float32: gather(Float.self)
        case .float64: gather(Double.self)
        default: return try weight.indexSelect(0, indices.reshape([-1])).view(indices.shape + [width])
        }
        if needsGrad(weight) {
            out.setHistory("EmbeddingBackward0", [weight], saves: true, saved: [indices]) { g, _ throws(TensorError) in
                let gw = try Tensor(zerosOf: [rows, width], dtype: g.dtype), gc = try g.contiguousData()
                func scatter<T: FloatElement>(_: T.Type) {
                    let (src, dst) = (gc.pointer(T.self), gw.pointer(T.self))
                    for (k, i) in ids.enumerated() where Int(i) != paddingIdx {
                        let row = dst + Int(i) * width, from = src + k * width
                        for j in 0..<width { row[j] += from[j] }
                    }
                }
                if g.dtype == .float32 { scatter(Float.self) } else { scatter(Double.self) }
                return [gw]
            }
        }
        return out
    }
}

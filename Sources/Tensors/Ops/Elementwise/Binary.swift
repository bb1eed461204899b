/// The machinery shared by elementwise binary operations: PyTorch's type promotion,
/// broadcasting, and the strided kernel loop.

/// PyTorch's `result_type`: tensors with dimensions outrank 0-dim tensors, which outrank
/// wrapped Python numbers, unless a lower group brings a higher category (bool < int < float).
func resultType(_ a: Tensor, _ b: Tensor) -> DType {
    // Equal dtypes promote to themselves whatever their groups: the common case, no arrays.
    if a.dtype == b.dtype { return a.dtype }
    return resultType([PromotionOperand(a), PromotionOperand(b)])
}

/// What type promotion knows about an operand: its dtype and its priority group.
struct PromotionOperand {
    enum Group { case dimmed, zeroDim, wrapped }
    var dtype: DType
    var group: Group

    init(_ t: Tensor) {
        dtype = t.dtype
        group = t.isWrappedNumber ? .wrapped : (t.dim == 0 ? .zeroDim : .dimmed)
    }

    init(_ s: Scalar) {
        dtype = s.dtype
        group = .wrapped
    }
}

func resultType(_ operands: [PromotionOperand]) -> DType {
    var dimmed: DType?, zeroDim: DType?, wrapped: DType?
    for o in operands {
        switch o.group {
        case .wrapped:
            let d = o.dtype.isFloatingPoint ? DType.float32 : o.dtype
            wrapped = wrapped.map { DType.promote($0, d) } ?? d
        case .zeroDim: zeroDim = zeroDim.map { DType.promote($0, o.dtype) } ?? o.dtype
        case .dimmed: dimmed = dimmed.map { DType.promote($0, o.dtype) } ?? o.dtype
        }
    }
    return combineCategories(dimmed, combineCategories(zeroDim, wrapped)) ?? .float32
}

private func combineCategories(_ higher: DType?, _ lower: DType?) -> DType? {
    guard let h = higher else { return lower }
    guard let l = lower else { return h }
    if h.isFloatingPoint { return h }
    if h == .bool || l.isFloatingPoint { return DType.promote(h, l) }
    return h
}

/// Whether an operation's result of type `from` may be written into a tensor of type `to`
/// (PyTorch's `canCast`: no float into integer, nothing but bool into bool).
func canCast(_ from: DType, to: DType) -> Bool {
    if from.isFloatingPoint && !to.isFloatingPoint { return false }
    if from != .bool && to == .bool { return false }
    return true
}

/// Both operands converted to `dtype`, with their broadcast shape.
func broadcastOperands(_ a: Tensor, _ b: Tensor, as dtype: DType) throws(TensorError) -> (Tensor, Tensor, [Int]) {
    let shape = try broadcastShapes(a.shape, b.shape)
    let x = a.dtype == dtype ? a : try a.cloneData(dtype: dtype)
    let y = b.dtype == dtype ? b : try b.cloneData(dtype: dtype)
    return (x, y, shape)
}

/// out[i] = f(a[i], b[i]) with a and b broadcast to out's shape. The common layouts
/// (same-shape contiguous, tensor with scalar) run as flat loops the compiler vectorizes.
@inline(__always)
func binaryKernel<T: TensorElement, R: TensorElement>(_ a: Tensor, _ b: Tensor, into out: Tensor, _ f: (T, T) -> R) {
    let pa = a.pointer(T.self), pb = b.pointer(T.self), po = out.pointer(R.self)
    if out.isContiguous && a.isContiguous && b.isContiguous {
        let n = out.numel
        // In place (`a += b`, `a.mul_(2)`), the output is read through a pointer derived from
        // itself: the compiler then sees one array and vectorises the loop, where two equal
        // pointers would fail its overlap check and fall back to scalar code.
        let inPlace = Int(bitPattern: pa) == Int(bitPattern: po)
        let same = UnsafeMutableRawPointer(po).assumingMemoryBound(to: T.self)
        if a.shape == out.shape && b.shape == out.shape {
            if inPlace {
                for i in 0..<n { po[i] = f(same[i], pb[i]) }
            } else {
                for i in 0..<n { po[i] = f(pa[i], pb[i]) }
            }
            return
        }
        if a.shape == out.shape && b.numel == 1 {
            let v = pb[0]
            if inPlace {
                for i in 0..<n { po[i] = f(same[i], v) }
            } else {
                for i in 0..<n { po[i] = f(pa[i], v) }
            }
            return
        }
        if b.shape == out.shape && a.numel == 1 {
            let v = pa[0]
            for i in 0..<n { po[i] = f(v, pb[i]) }
            return
        }
    }
    let loop = StridedLoop(shape: out.shape, strides: [broadcastStrides(a, to: out.shape),
                                                        broadcastStrides(b, to: out.shape), out.strides])
    loop.forEachRow { o, n, s in
        var ia = o[0], ib = o[1], io = o[2]
        let (sa, sb, so) = (s[0], s[1], s[2])
        for _ in 0..<n {
            po[io] = f(pa[ia], pb[ib])
            ia &+= sa; ib &+= sb; io &+= so
        }
    }
}

/// out[i] = f(a[i]) over a's shape.
@inline(__always)
func unaryKernel<T: TensorElement, R: TensorElement>(_ a: Tensor, into out: Tensor, _ f: (T) -> R) {
    let pa = a.pointer(T.self), po = out.pointer(R.self)
    if a.isContiguous && out.isContiguous && a.shape == out.shape {
        // In place, read through the output's own pointer so the loop vectorises (see binaryKernel).
        if Int(bitPattern: pa) == Int(bitPattern: po) {
            let same = UnsafeMutableRawPointer(po).assumingMemoryBound(to: T.self)
            for i in 0..<out.numel { po[i] = f(same[i]) }
        } else {
            for i in 0..<out.numel { po[i] = f(pa[i]) }
        }
        return
    }
    let loop = StridedLoop(shape: out.shape, strides: [broadcastStrides(a, to: out.shape), out.strides])
    loop.forEachRow { o, n, s in
        var ia = o[0], io = o[1]
        for _ in 0..<n {
            po[io] = f(pa[ia])
            ia &+= s[0]; io &+= s[1]
        }
    }
}

/// Gradient of a broadcast operand: sums `grad` back to `shape`.
func reduceGrad(_ grad: Tensor, to shape: [Int]) throws(TensorError) -> Tensor {
    grad.shape == shape ? grad : try grad.sumToShape(shape)
}

extension Tensor {
    /// Sums over the dimensions that broadcasting added or expanded (PyTorch's sum_to).
    func sumToShape(_ target: [Int]) throws(TensorError) -> Tensor {
        let lead = dim - target.count
        guard lead >= 0 else { return try expand(target) }
        var dims = Array(0..<lead)
        for (i, s) in target.enumerated() where s == 1 && shape[lead + i] != 1 { dims.append(lead + i) }
        var r = dims.isEmpty ? self : try sum(dims: dims, keepdim: true)
        if lead > 0 { r = try r.reshape(target) }
        return r
    }
}

import CBLAS

/// out = A·B + beta·out for 2-D tensors A [m, k] and B [k, n]; out is contiguous [m, n].
/// Floating types above ~1k flops go to OpenBLAS; the rest run a plain loop.
func gemm(_ a: Tensor, _ b: Tensor, into out: Tensor, beta: Double) throws(TensorError) {
    let (m, k, n) = (a.shape[0], a.shape[1], b.shape[1])
    if m == 0 || n == 0 { return }
    if k == 0 {
        if beta == 0 { try out.fillUnchecked(.int(0)) }
        return
    }
    // PyTorch hands MKL sgemm('T', 'N', M, N = 1, K) for a row times column-contiguous columns
    // (a Linear layer on one sample) and for rows times one column-contiguous column (a batch
    // through a layer with one output); MKL runs its gemv kernel there, whose order we follow.
    if a.dtype == .float32 {
        let rowsOfA = k == 1 || (a.strides[1] == 1 && a.strides[0] >= k)
        let columnsOfB = k == 1 || (b.strides[0] == 1 && b.strides[1] >= k)
        if n == 1 && rowsOfA && columnsOfB {
            vectorProduct(dots: m, length: k, vector: b.pointer(Float.self), rows: a.pointer(Float.self),
                          rowStride: a.strides[0], out: out.pointer(Float.self), beta: beta)
            return
        }
        if m == 1 && rowsOfA && columnsOfB {
            vectorProduct(dots: n, length: k, vector: a.pointer(Float.self), rows: b.pointer(Float.self),
                          rowStride: b.strides[1], out: out.pointer(Float.self), beta: beta)
            return
        }
    }
    let flops = m.multipliedReportingOverflow(by: k).partialValue.multipliedReportingOverflow(by: n).partialValue
    if a.dtype.isFloatingPoint && flops >= 1000 {
        var a = a, b = b
        if blasLayout(a) == nil { a = try a.contiguousData() }
        if blasLayout(b) == nil { b = try b.contiguousData() }
        guard let (ta, lda) = blasLayout(a), let (tb, ldb) = blasLayout(b),
              let m32 = Int32(exactly: m), let n32 = Int32(exactly: n), let k32 = Int32(exactly: k),
              let lda32 = Int32(exactly: lda), let ldb32 = Int32(exactly: ldb) else {
            throw .runtime("matrix too large for BLAS")
        }
        let transA = ta ? CblasTrans : CblasNoTrans, transB = tb ? CblasTrans : CblasNoTrans
        if a.dtype == .float32 {
            cblas_sgemm(CblasRowMajor, transA, transB, m32, n32, k32, 1, a.pointer(Float.self), lda32,
                        b.pointer(Float.self), ldb32, Float(beta), out.pointer(Float.self), n32)
        } else {
            cblas_dgemm(CblasRowMajor, transA, transB, m32, n32, k32, 1, a.pointer(Double.self), lda32,
                        b.pointer(Double.self), ldb32, beta, out.pointer(Double.self), n32)
        }
        return
    }
    func loop<T: TensorElement>(_: T.Type) {
        let pa = a.pointer(T.self), pb = b.pointer(T.self), po = out.pointer(T.self)
        let (sa0, sa1, sb0, sb1) = (a.strides[0], a.strides[1], b.strides[0], b.strides[1])
        let keep = beta != 0
        for i in 0..<m {
            for j in 0..<n {
                var s = T.zero
                for p in 0..<k { s = T.add(s, T.mul(pa[i * sa0 + p * sa1], pb[p * sb0 + j * sb1])) }
                po[i * n + j] = keep ? T.add(po[i * n + j], s) : s
            }
        }
    }
    switch a.dtype {
    case .float32: loop(Float.self)
    case .float64: loop(Double.self)
    case .int64: loop(Int64.self)
    case .int32: loop(Int32.self)
    case .uint8: loop(UInt8.self)
    case .bool:
        // Bool matmul is an or of ands: compute in int64 and compare with zero.
        let r = try Tensor(zerosOf: out.shape, dtype: .int64)
        try gemm(a.to(.int64), b.to(.int64), into: r, beta: 0)
        copyElements(from: r, into: out)
    }
}

/// Whether a 2-D tensor can be passed to BLAS as is: (transposed, leading dimension).
private func blasLayout(_ t: Tensor) -> (Bool, Int)? {
    let (r, c) = (t.shape[0], t.shape[1])
    // Strides of size-1 dimensions are arbitrary; give them the value a dense layout has.
    let s0 = r == 1 ? Swift.max(c, 1) : t.strides[0]
    let s1 = c == 1 ? 1 : t.strides[1]
    if s1 == 1 && s0 >= Swift.max(c, 1) { return (false, s0) }
    let t0 = r == 1 ? 1 : t.strides[0]
    let t1 = c == 1 ? Swift.max(r, 1) : t.strides[1]
    if t0 == 1 && t1 >= Swift.max(r, 1) { return (true, t1) }
    return nil
}

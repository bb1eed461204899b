import CBLAS

/// Singular value decomposition through LAPACK's gesdd, on A in column-major order as PyTorch
/// passes it. Singular values agree with PyTorch's; a singular vector pair may come out
/// negated, since OpenBLAS's LAPACK is not MKL's.
protocol SVDScalar: LapackScalar {
    static func gesdd(_ jobz: inout CChar, _ m: inout Int32, _ n: inout Int32, _ a: UnsafeMutablePointer<Self>,
                      _ s: UnsafeMutablePointer<Self>, _ u: UnsafeMutablePointer<Self>, _ ldu: inout Int32,
                      _ vt: UnsafeMutablePointer<Self>, _ ldvt: inout Int32, _ work: UnsafeMutablePointer<Self>,
                      _ lwork: inout Int32, _ iwork: UnsafeMutablePointer<Int32>, _ info: inout Int32)
}

extension Float: SVDScalar {
    static func gesdd(_ jobz: inout CChar, _ m: inout Int32, _ n: inout Int32, _ a: UnsafeMutablePointer<Float>,
                      _ s: UnsafeMutablePointer<Float>, _ u: UnsafeMutablePointer<Float>, _ ldu: inout Int32,
                      _ vt: UnsafeMutablePointer<Float>, _ ldvt: inout Int32, _ work: UnsafeMutablePointer<Float>,
                      _ lwork: inout Int32, _ iwork: UnsafeMutablePointer<Int32>, _ info: inout Int32) {
        sgesdd_(&jobz, &m, &n, a, &m, s, u, &ldu, vt, &ldvt, work, &lwork, iwork, &info)
    }
}

extension Double: SVDScalar {
    static func gesdd(_ jobz: inout CChar, _ m: inout Int32, _ n: inout Int32, _ a: UnsafeMutablePointer<Double>,
                      _ s: UnsafeMutablePointer<Double>, _ u: UnsafeMutablePointer<Double>, _ ldu: inout Int32,
                      _ vt: UnsafeMutablePointer<Double>, _ ldvt: inout Int32, _ work: UnsafeMutablePointer<Double>,
                      _ lwork: inout Int32, _ iwork: UnsafeMutablePointer<Int32>, _ info: inout Int32) {
        dgesdd_(&jobz, &m, &n, a, &m, s, u, &ldu, vt, &ldvt, work, &lwork, iwork, &info)
    }
}

extension Tensor {
    /// PyTorch's `linalg.svd(A, full_matrices)`: (U, S, Vh) per matrix of the batch. The
    /// gradient flows through S only (LinalgSvdBackward0); U and Vh refuse backward.
    public func svd(fullMatrices: Bool = true) throws(TensorError) -> (u: Tensor, s: Tensor, vh: Tensor) {
        let (u, s, vh) = try svdParts(vectors: true, full: fullMatrices)
        return (try nonDifferentiable(u, "U"), try recordSingularValues(s, u, vh), try nonDifferentiable(vh, "Vh"))
    }

    /// PyTorch's `linalg.svdvals(A)` (LinalgSvdBackward0): dS/dA = U diag(g) Vh.
    public func svdvals() throws(TensorError) -> Tensor {
        let (u, s, vh) = try svdParts(vectors: true, full: false)
        return try recordSingularValues(s, u, vh)
    }

    private func recordSingularValues(_ s: Tensor, _ u: Tensor, _ vh: Tensor) throws(TensorError) -> Tensor {
        if needsGrad(self) {
            s.setHistory("LinalgSvdBackward0", [self], saves: true, saved: [self]) { g, _ throws(TensorError) in
                [try u.mul(g.unsqueeze(-2)).matmul(vh)]
            }
        }
        return s
    }

    /// U or Vh carry LinalgSvdBackward0 too, but Flint does not differentiate through them.
    private func nonDifferentiable(_ t: Tensor, _ what: String) throws(TensorError) -> Tensor {
        if needsGrad(self) {
            t.setHistory("LinalgSvdBackward0", [self], saves: false) { _, _ throws(TensorError) in
                throw .notImplemented("linalg.svd: the gradient through \(what) is not supported yet (only through S)")
            }
        }
        return t
    }

    private func svdParts(vectors: Bool, full: Bool) throws(TensorError) -> (Tensor, Tensor, Tensor) {
        guard dim >= 2 else { throw .runtime("linalg.svd: The input tensor A must have at least 2 dimensions.") }
        guard dtype.isFloatingPoint else {
            throw .notImplemented("linalg.svd: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let (m, n) = (shape[dim - 2], shape[dim - 1])
        let k = Swift.min(m, n)
        let batch = Array(shape.dropLast(2))
        let (uc, vc) = full ? (m, n) : (k, k)
        // Column-major copies: A's transpose stored row-major.
        let a = try GradMode.withDisabled { () throws(TensorError) in try matrixTranspose().cloneData() }
        let s = try Tensor(zerosOf: batch + [k], dtype: dtype)
        let ut = try Tensor(zerosOf: batch + [uc, m], dtype: dtype)
        let v = try Tensor(zerosOf: batch + [n, vc], dtype: dtype)
        if dtype == .float32 {
            try SVDKernel.run(Float.self, a, s, ut, v, m: m, n: n, full: full)
        } else {
            try SVDKernel.run(Double.self, a, s, ut, v, m: m, n: n, full: full)
        }
        return (try ut.matrixTranspose().cloneData(), s, try v.matrixTranspose().cloneData())
    }
}

enum SVDKernel {
    static func run<T: SVDScalar>(_: T.Type, _ a: Tensor, _ s: Tensor, _ ut: Tensor, _ v: Tensor,
                                  m: Int, n: Int, full: Bool) throws(TensorError) {
        guard var m32 = Int32(exactly: m), var n32 = Int32(exactly: n) else { throw .runtime("linalg.svd: matrix too large for LAPACK") }
        let k = Swift.min(m, n)
        let count = m * n == 0 ? 0 : a.numel / (m * n)
        var jobz = CChar(UInt8(ascii: full ? "A" : "S"))
        var ldu = Int32(Swift.max(m, 1)), ldvt = Int32(Swift.max(full ? n : k, 1))
        var iwork = [Int32](repeating: 0, count: Swift.max(8 * k, 1))
        var query = T.zero, lwork: Int32 = -1, info: Int32 = 0
        let (pa, ps, pu, pv) = (a.pointer(T.self), s.pointer(T.self), ut.pointer(T.self), v.pointer(T.self))
        if count > 0 { T.gesdd(&jobz, &m32, &n32, pa, ps, pu, &ldu, pv, &ldvt, &query, &lwork, &iwork, &info) }
        lwork = Int32(Swift.max(query.asDouble, 1))
        var work = [T](repeating: T.zero, count: Int(lwork))
        let uSize = full ? m * m : m * k, vSize = full ? n * n : k * n
        for b in 0..<count {
            T.gesdd(&jobz, &m32, &n32, pa + b * m * n, ps + b * k, pu + b * uSize, &ldu, pv + b * vSize, &ldvt,
                    &work, &lwork, &iwork, &info)
            if info > 0 { throw .linearAlgebra("linalg.svd: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated singular values (error code: \(info)).") }
        }
    }
}

import CBLAS

/// Symmetric matrices through LAPACK: eigh/eigvalsh (syevd) and cholesky (potrf). A row-major
/// symmetric matrix is its own column-major transpose, so LAPACK's 'U' triangle is A's lower one.
protocol SymmetricScalar: LapackScalar {
    static func syevd(_ jobz: inout CChar, _ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Self>,
                      _ w: UnsafeMutablePointer<Self>, _ work: UnsafeMutablePointer<Self>, _ lwork: inout Int32,
                      _ iwork: UnsafeMutablePointer<Int32>, _ liwork: inout Int32, _ info: inout Int32)
    static func potrf(_ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Self>, _ info: inout Int32)
}

extension Float: SymmetricScalar {
    static func syevd(_ jobz: inout CChar, _ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Float>,
                      _ w: UnsafeMutablePointer<Float>, _ work: UnsafeMutablePointer<Float>, _ lwork: inout Int32,
                      _ iwork: UnsafeMutablePointer<Int32>, _ liwork: inout Int32, _ info: inout Int32) {
        ssyevd_(&jobz, &uplo, &n, a, &n, w, work, &lwork, iwork, &liwork, &info)
    }
    static func potrf(_ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Float>, _ info: inout Int32) {
        spotrf_(&uplo, &n, a, &n, &info)
    }
}

extension Double: SymmetricScalar {
    static func syevd(_ jobz: inout CChar, _ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Double>,
                      _ w: UnsafeMutablePointer<Double>, _ work: UnsafeMutablePointer<Double>, _ lwork: inout Int32,
                      _ iwork: UnsafeMutablePointer<Int32>, _ liwork: inout Int32, _ info: inout Int32) {
        dsyevd_(&jobz, &uplo, &n, a, &n, w, work, &lwork, iwork, &liwork, &info)
    }
    static func potrf(_ uplo: inout CChar, _ n: inout Int32, _ a: UnsafeMutablePointer<Double>, _ info: inout Int32) {
        dpotrf_(&uplo, &n, a, &n, &info)
    }
}

extension Tensor {
    private func requireSymmetricInput(_ op: String) throws(TensorError) -> Int {
        guard dim >= 2 else { throw .runtime("\(op): The input tensor A must have at least 2 dimensions.") }
        guard shape[dim - 1] == shape[dim - 2] else {
            throw .runtime("\(op): A must be batches of square matrices, but they are \(shape[dim - 2]) by \(shape[dim - 1]) matrices")
        }
        guard dtype.isFloatingPoint else {
            throw .notImplemented("\(op): Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        return shape[dim - 1]
    }

    /// PyTorch's `linalg.eigh(A, UPLO)`: ascending eigenvalues and orthonormal eigenvectors
    /// (columns) of the symmetric matrices, read from one triangle (LinalgEighBackward0). The
    /// gradient flows through the eigenvalues; an eigenvector may come out negated vs. MKL.
    public func eigh(upper: Bool = false) throws(TensorError) -> (values: Tensor, vectors: Tensor) {
        let n = try requireSymmetricInput("linalg.eigh")
        let a = try GradMode.withDisabled { () throws(TensorError) in try cloneData() }
        let w = try Tensor(zerosOf: Array(shape.dropLast(2)) + [n], dtype: dtype)
        if dtype == .float32 { try EighKernel.run(Float.self, a, w, n: n, upper: upper) } else { try EighKernel.run(Double.self, a, w, n: n, upper: upper) }
        let vectors = try a.matrixTranspose().cloneData()
        if needsGrad(self) {
            w.setHistory("LinalgEighBackward0", [self], saves: true, saved: [self]) { g, _ throws(TensorError) in
                [try vectors.mul(g.unsqueeze(-2)).matmul(vectors.matrixTranspose())]
            }
            vectors.setHistory("LinalgEighBackward0", [self], saves: false) { _, _ throws(TensorError) in
                throw .notImplemented("linalg.eigh: the gradient through the eigenvectors is not supported yet (only through the eigenvalues)")
            }
        }
        return (w, vectors)
    }

    /// PyTorch's `linalg.cholesky(A, upper)` (LinalgCholeskyExBackward0): L with A = L Lᵀ.
    public func cholesky(upper: Bool = false) throws(TensorError) -> Tensor {
        let n = try requireSymmetricInput("linalg.cholesky")
        let a = try GradMode.withDisabled { () throws(TensorError) in try cloneData() }
        let failed = dtype == .float32 ? try CholeskyKernel.run(Float.self, a, n: n) : try CholeskyKernel.run(Double.self, a, n: n)
        if let (batch, order) = failed {
            let prefix = dim > 2 ? "(Batch element \(batch)): " : ""
            throw .linearAlgebra("linalg.cholesky: \(prefix)The factorization could not be completed because the input is not positive-definite (the leading minor of order \(order) is not positive-definite).")
        }
        let l = try GradMode.withDisabled { () throws(TensorError) in try a.tril() }
        let out = upper ? try l.matrixTranspose().cloneData() : l
        if needsGrad(self) {
            out.setHistory("LinalgCholeskyExBackward0", [self], saves: true, savesOutput: true) { g, _ throws(TensorError) in
                // Φ(Lᵀ gL) with half the diagonal, then L⁻ᵀ Φ L⁻¹, symmetrised.
                let gl = upper ? try g.matrixTranspose() : g
                let phi = try l.matrixTranspose().matmul(gl).tril()
                let halved = try phi.sub(phi.diagonal(offset: 0, dim1: -2, dim2: -1).mul(.double(0.5)).diagEmbed())
                let li = try l.inv()
                let ga = try li.matrixTranspose().matmul(halved).matmul(li)
                return [try ga.add(ga.matrixTranspose()).mul(.double(0.5))]
            }
        }
        return out
    }
}

enum EighKernel {
    static func run<T: SymmetricScalar>(_: T.Type, _ a: Tensor, _ w: Tensor, n: Int, upper: Bool) throws(TensorError) {
        guard var n32 = Int32(exactly: n) else { throw .runtime("linalg.eigh: matrix too large for LAPACK") }
        let count = n == 0 ? 0 : a.numel / (n * n)
        var jobz = CChar(UInt8(ascii: "V")), uplo = CChar(UInt8(ascii: upper ? "L" : "U"))
        var query = T.zero, iquery: Int32 = 0, lwork: Int32 = -1, liwork: Int32 = -1, info: Int32 = 0
        let (pa, pw) = (a.pointer(T.self), w.pointer(T.self))
        if count > 0 { T.syevd(&jobz, &uplo, &n32, pa, pw, &query, &lwork, &iquery, &liwork, &info) }
        lwork = Int32(Swift.max(query.asDouble, 1))
        liwork = Swift.max(iquery, 1)
        var work = [T](repeating: T.zero, count: Int(lwork))
        var iwork = [Int32](repeating: 0, count: Int(liwork))
        for b in 0..<count {
            T.syevd(&jobz, &uplo, &n32, pa + b * n * n, pw + b * n, &work, &lwork, &iwork, &liwork, &info)
            if info > 0 { throw .linearAlgebra("linalg.eigh: The algorithm failed to converge because the input matrix is ill-conditioned or has too many repeated eigenvalues (error code: \(info)).") }
        }
    }
}

enum CholeskyKernel {
    /// Factors each matrix in place; returns the first failing (batch, minor order).
    static func run<T: SymmetricScalar>(_: T.Type, _ a: Tensor, n: Int) throws(TensorError) -> (Int, Int)? {
        guard var n32 = Int32(exactly: n) else { throw .runtime("linalg.cholesky: matrix too large for LAPACK") }
        let count = n == 0 ? 0 : a.numel / (n * n)
        var uplo = CChar(UInt8(ascii: "U"))
        let p = a.pointer(T.self)
        for b in 0..<count {
            var info: Int32 = 0
            T.potrf(&uplo, &n32, p + b * n * n, &info)
            if info > 0 { return (b, Int(info)) }
        }
        return nil
    }
}

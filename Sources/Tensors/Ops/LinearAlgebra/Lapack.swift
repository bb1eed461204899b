import CBLAS

/// LU-based kernels through OpenBLAS's LAPACK (getrf, getrs), one square matrix of a
/// batch at a time. LAPACK is column-major: a row-major matrix reads as its transpose, which
/// the callers account for (inv(Aᵀ) = inv(A)ᵀ, det(Aᵀ) = det(A), solve with trans = 'T').
protocol LapackScalar: TensorElement {
    static func getrf(_ n: inout Int32, _ a: UnsafeMutablePointer<Self>, _ ipiv: UnsafeMutablePointer<Int32>, _ info: inout Int32)
    static func getrs(_ n: inout Int32, _ nrhs: inout Int32, _ a: UnsafeMutablePointer<Self>, _ ipiv: UnsafeMutablePointer<Int32>,
                      _ b: UnsafeMutablePointer<Self>, _ info: inout Int32)
}

extension Float: LapackScalar {
    static func getrf(_ n: inout Int32, _ a: UnsafeMutablePointer<Float>, _ ipiv: UnsafeMutablePointer<Int32>, _ info: inout Int32) {
        sgetrf_(&n, &n, a, &n, ipiv, &info)
    }
    static func getrs(_ n: inout Int32, _ nrhs: inout Int32, _ a: UnsafeMutablePointer<Float>, _ ipiv: UnsafeMutablePointer<Int32>,
                      _ b: UnsafeMutablePointer<Float>, _ info: inout Int32) {
        var trans = CChar(UInt8(ascii: "T"))
        sgetrs_(&trans, &n, &nrhs, a, &n, ipiv, b, &n, &info)
    }
}

extension Double: LapackScalar {
    static func getrf(_ n: inout Int32, _ a: UnsafeMutablePointer<Double>, _ ipiv: UnsafeMutablePointer<Int32>, _ info: inout Int32) {
        dgetrf_(&n, &n, a, &n, ipiv, &info)
    }
    static func getrs(_ n: inout Int32, _ nrhs: inout Int32, _ a: UnsafeMutablePointer<Double>, _ ipiv: UnsafeMutablePointer<Int32>,
                      _ b: UnsafeMutablePointer<Double>, _ info: inout Int32) {
        var trans = CChar(UInt8(ascii: "T"))
        dgetrs_(&trans, &n, &nrhs, a, &n, ipiv, b, &n, &info)
    }
}

enum LUKernel {
    /// The determinant of each n×n matrix of contiguous `a` (overwritten by its LU factors).
    static func determinants<T: LapackScalar>(_ a: Tensor, _: T.Type, n: Int) throws(TensorError) -> [Double] {
        guard var n32 = Int32(exactly: n) else { throw .runtime("linalg: matrix too large for LAPACK") }
        let count = n == 0 ? a.numel : a.numel / (n * n)
        var ipiv = [Int32](repeating: 0, count: Swift.max(n, 1))
        let p = a.pointer(T.self)
        var out: [Double] = []
        for b in 0..<count {
            guard n > 0 else { out.append(1); continue }
            var info: Int32 = 0
            let m = p + b * n * n
            T.getrf(&n32, m, &ipiv, &info)
            // Same order as PyTorch: the product of U's diagonal, negated per row swap.
            var det = T.one
            for i in 0..<n { det = T.mul(det, m[i * n + i]) }
            let swaps = (0..<n).filter { ipiv[$0] != Int32($0 + 1) }.count
            out.append(swaps % 2 == 1 ? -det.asDouble : det.asDouble)
        }
        return out
    }

    /// Solves A X = B for each matrix pair: `a` is n×n row-major, `bt` holds Bᵀ (k×n
    /// row-major, so B column-major) and receives Xᵀ. Returns the first singular
    /// (batch, diagonal element) if any.
    static func solve<T: LapackScalar>(_ a: Tensor, _ bt: Tensor, _: T.Type, n: Int, k: Int) throws(TensorError) -> (Int, Int)? {
        guard var n32 = Int32(exactly: n), var k32 = Int32(exactly: k) else { throw .runtime("linalg: matrix too large for LAPACK") }
        let count = n == 0 ? 0 : a.numel / (n * n)
        var ipiv = [Int32](repeating: 0, count: Swift.max(n, 1))
        let (pa, pb) = (a.pointer(T.self), bt.pointer(T.self))
        for b in 0..<count {
            var info: Int32 = 0
            T.getrf(&n32, pa + b * n * n, &ipiv, &info)
            if info > 0 { return (b, Int(info)) }
            T.getrs(&n32, &k32, pa + b * n * n, &ipiv, pb + b * n * k, &info)
        }
        return nil
    }

    static func solve(_ a: Tensor, _ bt: Tensor, n: Int, k: Int) throws(TensorError) -> (Int, Int)? {
        a.dtype == .float32 ? try solve(a, bt, Float.self, n: n, k: k) : try solve(a, bt, Double.self, n: n, k: k)
    }
}

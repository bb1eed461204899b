/// tensordot, inner, cross, dist, matrix_power, slogdet and logdet.
extension Tensor {
    /// PyTorch's `tensordot(a, b, dims)`: `dimsA` of a contracted with `dimsB` of b through one
    /// mm; the result is a view of its output (ViewBackward0).
    public static func tensordot(_ a: Tensor, _ b: Tensor, _ dimsA: [Int], _ dimsB: [Int]) throws(TensorError) -> Tensor {
        guard dimsA.count == dimsB.count else { throw .runtime("both dimension lists should have same length") }
        let ca = try dimsA.map { d throws(TensorError) in try normalizeDim(d, a.dim) }
        let cb = try dimsB.map { d throws(TensorError) in try normalizeDim(d, b.dim) }
        for (x, y) in zip(ca, cb) where a.shape[x] != b.shape[y] && a.shape[x] != 1 && b.shape[y] != 1 {
            throw .runtime("contracted dimensions need to match, but first has size \(a.shape[x]) in dim \(x) and second has size \(b.shape[y]) in dim \(y)")
        }
        let freeA = (0..<a.dim).filter { !ca.contains($0) }, freeB = (0..<b.dim).filter { !cb.contains($0) }
        let k = ca.reduce(1) { $0 * a.shape[$1] }
        let m = freeA.reduce(1) { $0 * a.shape[$1] }, n = freeB.reduce(1) { $0 * b.shape[$1] }
        let left = try a.permute(freeA + ca).reshape([m, k]), right = try b.permute(cb + freeB).reshape([k, n])
        return try left.mm(right).view(freeA.map { a.shape[$0] } + freeB.map { b.shape[$0] })
    }

    /// tensordot with `n` trailing dims of a against `n` leading dims of b.
    public static func tensordot(_ a: Tensor, _ b: Tensor, _ n: Int) throws(TensorError) -> Tensor {
        guard n >= 0 else { throw .runtime("tensordot expects dims >= 0, but got dims=\(n)") }
        guard n <= a.dim, n <= b.dim else { throw .runtime("tensordot expects dims < ndim_a or ndim_b, but got dims=\(n)") }
        return try tensordot(a, b, Array((a.dim - n)..<a.dim), Array(0..<n))
    }

    /// PyTorch's `inner(a, b)`: products summed over both last dimensions.
    public static func inner(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        if a.dim == 0 || b.dim == 0 { return try a.mul(b) }
        guard a.shape[a.dim - 1] == b.shape[b.dim - 1] else {
            throw .runtime("inner() the last dimension must match on both input tensors but got shapes \(shapeString(a.shape)) and \(shapeString(b.shape))")
        }
        return try tensordot(a, b, [-1], [-1])
    }

    /// PyTorch's `linalg.cross(a, b, dim)` (LinalgCrossBackward0) over broadcast inputs.
    public static func cross(_ a: Tensor, _ b: Tensor, dim: Int = -1) throws(TensorError) -> Tensor {
        guard a.dim == b.dim else {
            throw .runtime("linalg.cross: inputs must have the same number of dimensions.")
        }
        let d = try normalizeDim(dim, a.dim)
        guard a.shape[d] == 3, b.shape[d] == 3 else {
            throw .runtime("linalg.cross: inputs dimension \(dim) must have length 3. Got \(a.shape[d]) and \(b.shape[d])")
        }
        return try composite("LinalgCrossBackward0", [a, b]) { t throws(TensorError) in
            func c(_ x: Tensor, _ i: Int) throws(TensorError) -> Tensor { try x.narrow(d, i, 1) }
            let (x, y) = (t[0], t[1])
            return try Tensor.cat([
                c(x, 1).mul(c(y, 2)).sub(c(x, 2).mul(c(y, 1))),
                c(x, 2).mul(c(y, 0)).sub(c(x, 0).mul(c(y, 2))),
                c(x, 0).mul(c(y, 1)).sub(c(x, 1).mul(c(y, 0))),
            ], dim: d)
        }
    }

    /// PyTorch's `dist(a, b, p)` (DistBackward0): the p-norm of a - b.
    public static func dist(_ a: Tensor, _ b: Tensor, p: Double = 2) throws(TensorError) -> Tensor {
        try composite("DistBackward0", [a, b]) { t throws(TensorError) in try t[0].sub(t[1]).norm(p: p) }
    }

    /// PyTorch's `linalg.matrix_power(A, n)`: repeated squaring through matmul (MmBackward0),
    /// the inverse's power for negative n, the identity for 0.
    public func matrixPower(_ n: Int) throws(TensorError) -> Tensor {
        guard dim >= 2 else { throw .runtime("linalg.matrix_power: The input tensor A must have at least 2 dimensions.") }
        guard shape[dim - 1] == shape[dim - 2] else {
            throw .runtime("linalg.matrix_power: A must be batches of square matrices, but they are \(shape[dim - 2]) by \(shape[dim - 1]) matrices")
        }
        if n == 0 {
            // PyTorch copies the identity into a clone of A (CopyBackwards, a zero gradient).
            let eye = try Tensor.eye(shape[dim - 1], dtype: dtype).expand(shape)
            let all = try Tensor.ones(shape, dtype: .bool)
            return try Tensor.composite("CopyBackwards", [self]) { t throws(TensorError) in try Tensor.where(all, eye, t[0]) }
        }
        let a = n < 0 ? try inv() : self
        var m = Swift.abs(n)
        if m == 1 { return try a.clone() }
        if m == 2 { return try a.matmul(a) }
        if m == 3 { return try a.matmul(a).matmul(a) }
        var z: Tensor?, result: Tensor?
        while m > 0 {
            let bit = m % 2
            m /= 2
            let square = try z.map { s throws(TensorError) in try s.matmul(s) } ?? a
            z = square
            if bit == 1 { result = try result.map { r throws(TensorError) in try r.matmul(square) } ?? square }
        }
        return result ?? a
    }

    /// PyTorch's `linalg.slogdet(A)`: (sign, log|det|) from the LU factors, both
    /// LinalgSlogdetBackward0; the log is the sum of log|Uᵢᵢ| in the input's precision.
    public func slogdet() throws(TensorError) -> (sign: Tensor, logabsdet: Tensor) {
        let d = try detach().det()
        let sign = try d.sign()
        let lu = try luDiagonal()
        let logabs = try lu.abs().log().sum(dims: [-1])
        if needsGrad(self) {
            let signOut = try sign.clone()
            signOut.setHistory("LinalgSlogdetBackward0", [self], saves: false) { g, _ throws(TensorError) in [try Tensor.zerosLike(self)] }
            logabs.setHistory("LinalgSlogdetBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in
                [try self.detach().inv().matrixTranspose().mul(g.unsqueeze(-1).unsqueeze(-1))]
            }
            return (signOut, logabs)
        }
        return (sign, logabs)
    }

    /// PyTorch's `logdet(A)` (WhereBackward0): log det, NaN for negative determinants.
    public func logdet() throws(TensorError) -> Tensor {
        let (sign, logabs) = try slogdet()
        return try Tensor.where(sign.lt(.int(0)), .double(.nan), logabs)
    }

    /// The diagonal of U in A's LU factorisation, per matrix.
    private func luDiagonal() throws(TensorError) -> Tensor {
        guard dim >= 2, shape[dim - 1] == shape[dim - 2] else {
            throw .runtime("linalg.slogdet: A must be batches of square matrices, but they are \(dim >= 2 ? shape[dim - 2] : 0) by \(shape.last ?? 0) matrices")
        }
        guard dtype.isFloatingPoint else {
            throw .notImplemented("linalg.slogdet: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        let lu = try cloneData()
        let n = shape[dim - 1]
        _ = dtype == .float32 ? try LUKernel.determinants(lu, Float.self, n: n) : try LUKernel.determinants(lu, Double.self, n: n)
        return try lu.diagonal(offset: 0, dim1: -2, dim2: -1).cloneData()
    }
}

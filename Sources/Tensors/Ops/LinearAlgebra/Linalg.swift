/// torch.linalg's inv, det and solve (LU through LAPACK) and its vector and matrix norms.
extension Tensor {
    /// Checks for batches of square floating matrices, with PyTorch's messages.
    private func requireSquare(_ op: String) throws(TensorError) {
        guard dim >= 2 else { throw .runtime("\(op): The input tensor A must have at least 2 dimensions.") }
        guard shape[dim - 1] == shape[dim - 2] else {
            throw .runtime("\(op): A must be batches of square matrices, but they are \(shape[dim - 2]) by \(shape[dim - 1]) matrices")
        }
        guard dtype.isFloatingPoint else {
            throw .notImplemented("\(op): Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
    }

    /// PyTorch's `linalg.inv(A)` / `inverse()` (LinalgInvExBackward0): like PyTorch, the
    /// solution of A X = I.
    public func inv() throws(TensorError) -> Tensor {
        try requireSquare("linalg.inv")
        let n = shape[dim - 1]
        let lu = try cloneData()
        // Iᵀ = I, so the identity is already in LAPACK's layout and Xᵀ comes back transposed.
        let xt = try Tensor.eye(n, dtype: dtype).expand(shape).cloneData()
        let singular = try LUKernel.solve(lu, xt, n: n, k: n)
        if let (batch, element) = singular {
            let prefix = dim > 2 ? "(Batch element \(batch)): " : ""
            throw .linearAlgebra("linalg.inv: \(prefix)The diagonal element \(element) is zero, the inversion could not be completed because the input matrix is singular.")
        }
        let out = try xt.matrixTranspose().cloneData()
        if needsGrad(self) {
            out.setHistory("LinalgInvExBackward0", [self], saves: true, savesOutput: true) { [saved = out.detach()] g, _ throws(TensorError) in
                let yt = try saved.reattached().matrixTranspose()
                return [try yt.matmul(g).matmul(yt).neg()]
            }
        }
        return out
    }

    /// PyTorch's `linalg.det(A)` / `det()` (LinalgDetBackward0): 0 for singular matrices.
    public func det() throws(TensorError) -> Tensor {
        try requireSquare("linalg.det")
        let n = shape[dim - 1]
        let lu = try cloneData()
        let dets = dtype == .float32 ? try LUKernel.determinants(lu, Float.self, n: n) : try LUKernel.determinants(lu, Double.self, n: n)
        let out = try Tensor.from(dets, shape: Array(shape.dropLast(2)), dtype: dtype)
        if needsGrad(self) {
            out.setHistory("LinalgDetBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in
                // d det / dA = det · A⁻ᵀ; a singular A gets zeros here (PyTorch goes through the SVD).
                guard let inverse = try? self.detach().inv() else { return [try Tensor.zerosLike(self)] }
                let scale = try g.mul(out.detach()).unsqueeze(-1).unsqueeze(-1)
                return [try inverse.matrixTranspose().mul(scale)]
            }
        }
        return out
    }

    /// PyTorch's `linalg.solve(A, B)` (LinalgSolveExBackward0): X with A X = B; B is a batch
    /// of vectors when it has one dimension less than A.
    public static func solve(_ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        try a.requireSquare("linalg.solve")
        let n = a.shape[a.dim - 1]
        let vector = b.dim == 1 || (b.dim == a.dim - 1 && Array(b.shape) == Array(a.shape.dropLast()))
        let bm = vector ? try b.unsqueeze(-1) : b
        guard bm.dim >= 2, bm.shape[bm.dim - 2] == n else {
            throw .runtime("linalg.solve: Incompatible shapes of A and B for the equation AX = B (\(n)x\(n) and \(bm.dim >= 2 ? bm.shape[bm.dim - 2] : 1)x\(bm.shape.last ?? 1))")
        }
        let k = bm.shape[bm.dim - 1]
        let batch = try broadcastShapes(Array(a.shape.dropLast(2)), Array(bm.shape.dropLast(2)))
        let dt = resultType(a, b)
        let lu = try a.expand(batch + [n, n]).cloneData(dtype: dt)
        let xt = try bm.expand(batch + [n, k]).matrixTranspose().cloneData(dtype: dt)
        guard try LUKernel.solve(lu, xt, n: n, k: k) == nil else { throw .linearAlgebra("torch.linalg.solve: The solver failed because the input matrix is singular.") }
        let x = try xt.matrixTranspose().contiguous()
        let out = vector ? try x.squeeze(dim: -1) : x
        if needsGrad(a, b) {
            let (aShape, bShape) = (a.shape, b.shape)
            out.setHistory("LinalgSolveExBackward0", [a, b], saves: true, saved: [a]) { [saved = x.detach()] g, need throws(TensorError) in
                let gx = vector ? try g.unsqueeze(-1) : g
                let gb = try Tensor.solve(a.detach().matrixTranspose(), gx)
                let ga = need[0] ? try reduceGrad(gb.matmul(saved.matrixTranspose()).neg(), to: aShape) : nil
                return [ga, need[1] ? try reduceGrad(vector ? gb.squeeze(dim: -1) : gb, to: bShape) : nil]
            }
        }
        return out
    }

    /// PyTorch's `linalg.vector_norm(x, ord, dim, keepdim)` (LinalgVectorNormBackward0).
    public func vectorNorm(ord: Double = 2, dims: [Int]? = nil, keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else {
            throw .notImplemented("linalg.vector_norm: Expected a floating point or complex tensor as input. Got \(dtype.scalarTypeName)")
        }
        if ord == -.infinity {
            return try Tensor.composite("LinalgVectorNormBackward0", [self]) { x throws(TensorError) in
                try x[0].abs().amin(dims: dims ?? [], keepdim: keepdim)
            }
        }
        if ord == 0 {
            return try Tensor.composite("LinalgVectorNormBackward0", [self]) { x throws(TensorError) in
                try x[0].ne(.int(0)).sum(dims: dims, keepdim: keepdim, dtype: dtype).add(x[0].sum(dims: dims, keepdim: keepdim).mul(.int(0)))
            }
        }
        return try norm(p: ord, dims: dims, keepdim: keepdim)
    }

    /// PyTorch's `linalg.matrix_norm(A, ord, dim, keepdim)`: 'fro', 'nuc', ±1, ±2, ±inf.
    public func matrixNorm(ord: String, dims: [Int] = [-2, -1], keepdim: Bool = false) throws(TensorError) -> Tensor {
        guard dim >= 2 else { throw .runtime("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.") }
        guard dims.count == 2 else { throw .runtime("linalg.matrix_norm: dim must be a 2-tuple. Got \(dims.map(String.init).joined(separator: " "))") }
        let (d0, d1) = (try normalizeDim(dims[0], dim), try normalizeDim(dims[1], dim))
        switch ord {
        case "fro": return try vectorNorm(ord: 2, dims: [d0, d1], keepdim: keepdim)
        case "1", "-1", "inf", "-inf":
            // The largest (smallest) absolute column sum for ±1, row sum for ±inf.
            let (summed, other) = ord.hasSuffix("1") ? (d0, d1) : (d1, d0)
            let sums = try abs().sum(dims: [summed], keepdim: keepdim)
            let reduced = keepdim || other < summed ? other : other - 1
            return ord.hasPrefix("-") ? try sums.amin(dims: [reduced], keepdim: keepdim) : try sums.amax(dims: [reduced], keepdim: keepdim)
        case "nuc", "2", "-2":
            // Through the singular values of the two dims moved last.
            let rest = (0..<dim).filter { $0 != d0 && $0 != d1 }
            let sv = try permute(rest + [d0, d1]).svdvals()
            var r = ord == "nuc" ? try sv.sum(dims: [-1]) : (ord == "2" ? try sv.amax(dims: [-1]) : try sv.amin(dims: [-1]))
            if keepdim { for d in [d0, d1].sorted() { r = try r.unsqueeze(d) } }
            return r
        default:
            throw .runtime("linalg.matrix_norm: Order \(ord) not supported.")
        }
    }
}

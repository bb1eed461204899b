/// mm, addmm, bmm, mv, dot, matmul and linear: forward through gemm, backward formulas,
/// PyTorch's grad_fn names (matmul composes them as PyTorch does).
extension Tensor {
    private func checkSameDType(_ o: Tensor) throws(TensorError) {
        guard dtype == o.dtype else {
            throw .runtime("expected m1 and m2 to have the same dtype, but got: \(dtype.cTypeName) != \(o.dtype.cTypeName)")
        }
    }

    private func checkMatrices(_ o: Tensor, _ op: String) throws(TensorError) {
        guard dim == 2 else { throw .runtime("\(op): self must be a matrix, got \(dim)-D tensor") }
        guard o.dim == 2 else { throw .runtime("\(op): mat2 must be a matrix, got \(o.dim)-D tensor") }
        try checkSameDType(o)
        guard shape[1] == o.shape[0] else {
            throw .runtime("\(op): mat1 and mat2 shapes cannot be multiplied (\(shape[0])x\(shape[1]) and \(o.shape[0])x\(o.shape[1]))")
        }
    }

    /// Matrix product of two 2-D tensors (MmBackward0).
    public func mm(_ other: Tensor) throws(TensorError) -> Tensor {
        try checkMatrices(other, "mm")
        let out = try Tensor(zerosOf: [shape[0], other.shape[1]], dtype: dtype)
        try gemm(self, other, into: out, beta: 0)
        if needsGrad(self, other) {
            let kept = (other.requiresGrad ? [self] : []) + (requiresGrad ? [other] : [])
            out.setHistory("MmBackward0", [self, other], saves: true, saved: kept) { [self] g, need throws(TensorError) in
                [need[0] ? try g.mm(other.t()) : nil, need[1] ? try self.t().mm(g) : nil]
            }
        }
        return out
    }

    /// `beta * input + alpha * (mat1 @ mat2)` (AddmmBackward0); `input` broadcasts.
    public static func addmm(_ input: Tensor, _ mat1: Tensor, _ mat2: Tensor,
                             beta: Scalar = .int(1), alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try mat1.checkMatrices(mat2, "addmm")
        let outShape = [mat1.shape[0], mat2.shape[1]]
        let out = try Tensor(zerosOf: outShape, dtype: mat1.dtype)
        let (b, a) = (beta.doubleValue, alpha.doubleValue)
        try GradMode.withDisabled { () throws(TensorError) in
            let bias = b == 1 ? input : try input.mul(.wrapped(beta))
            copyElements(from: try bias.expand(outShape), into: out)
            let m1 = a == 1 ? mat1 : try mat1.mul(.wrapped(alpha))
            try gemm(m1, mat2, into: out, beta: b == 0 ? 0 : 1)
        }
        if needsGrad([input, mat1, mat2]) {
            let inShape = input.shape
            let kept = (mat2.requiresGrad ? [mat1] : []) + (mat1.requiresGrad ? [mat2] : [])
            out.setHistory("AddmmBackward0", [input, mat1, mat2], saves: true, saved: kept) { g, need throws(TensorError) in
                let ga = a == 1 ? g : try g.mul(.wrapped(alpha))
                return [need[0] ? try reduceGrad(b == 1 ? g : g.mul(.wrapped(beta)), to: inShape) : nil,
                        need[1] ? try ga.mm(mat2.t()) : nil,
                        need[2] ? try mat1.t().mm(ga) : nil]
            }
        }
        return out
    }

    /// Batched matrix product of 3-D tensors (BmmBackward0).
    public func bmm(_ other: Tensor) throws(TensorError) -> Tensor {
        guard dim == 3 else { throw .runtime("batch1 must be a 3D tensor") }
        guard other.dim == 3 else { throw .runtime("batch2 must be a 3D tensor") }
        try checkSameDType(other)
        guard other.shape[0] == shape[0] && other.shape[1] == shape[2] else {
            throw .runtime("Expected size for first two dimensions of batch2 tensor to be: [\(shape[0]), \(shape[2])] but got: [\(other.shape[0]), \(other.shape[1])].")
        }
        let (bs, m, n) = (shape[0], shape[1], other.shape[2])
        let out = try Tensor(zerosOf: [bs, m, n], dtype: dtype)
        for i in 0..<bs {
            try gemm(matrix(i), other.matrix(i), into: out.matrix(i), beta: 0)
        }
        if needsGrad(self, other) {
            out.setHistory("BmmBackward0", [self, other], saves: true) { [self] g, need throws(TensorError) in
                [need[0] ? try g.bmm(other.transpose(1, 2)) : nil, need[1] ? try self.transpose(1, 2).bmm(g) : nil]
            }
        }
        return out
    }

    /// Batch entry `i` of a 3-D tensor as a 2-D view (not recorded).
    private func matrix(_ i: Int) -> Tensor {
        aliased(shape: [shape[1], shape[2]], strides: [strides[1], strides[2]], offset: storageOffset + i * strides[0])
    }

    /// Matrix-vector product (MvBackward0).
    public func mv(_ vec: Tensor) throws(TensorError) -> Tensor {
        guard dim == 2 && vec.dim == 1 else {
            throw .runtime("vector + matrix @ vector expected, got 1, \(dim), \(vec.dim)")
        }
        guard shape[1] == vec.shape[0] else {
            throw .runtime("size mismatch, got input (\(shape[0])), mat (\(shape[0])x\(shape[1])), vec (\(vec.shape[0]))")
        }
        try checkSameDType(vec)
        let out = try Tensor(zerosOf: [shape[0], 1], dtype: dtype)
        // The column's own stride is arbitrary; giving it a dense one lets gemm see a contiguous
        // vector and take MKL's gemv order, as PyTorch's mv does.
        let column = vec.aliased(shape: [vec.shape[0], 1], strides: [vec.strides[0], Swift.max(vec.shape[0], 1)], offset: vec.storageOffset)
        try gemm(self, column, into: out, beta: 0)
        let result = out.aliased(shape: [shape[0]], strides: [1], offset: 0)
        result.viewBase = nil
        if needsGrad(self, vec) {
            result.setHistory("MvBackward0", [self, vec], saves: true) { [self] g, need throws(TensorError) in
                [need[0] ? try g.unsqueeze(1).mul(vec.unsqueeze(0)) : nil, need[1] ? try self.t().mv(g) : nil]
            }
        }
        return result
    }

    /// Inner product of two 1-D tensors (DotBackward0).
    public func dot(_ other: Tensor) throws(TensorError) -> Tensor {
        guard dim == 1 && other.dim == 1 else {
            throw .runtime("1D tensors expected, but got \(dim)D and \(other.dim)D tensors")
        }
        guard numel == other.numel else {
            throw .runtime("inconsistent tensor size, expected tensor [\(numel)] and src [\(other.numel)] to have the same number of elements, but got \(numel) and \(other.numel) elements respectively")
        }
        guard dtype == other.dtype else {
            throw .runtime("dot : expected both vectors to have same dtype, but found \(dtype.scalarTypeName) and \(other.dtype.scalarTypeName)")
        }
        let out = try Tensor(zerosOf: [1, 1], dtype: dtype)
        try gemm(aliased(shape: [1, numel], strides: [1, strides[0]], offset: storageOffset),
                 other.aliased(shape: [numel, 1], strides: [other.strides[0], 1], offset: other.storageOffset),
                 into: out, beta: 0)
        let result = out.aliased(shape: [], strides: [], offset: 0)
        result.viewBase = nil
        if needsGrad(self, other) {
            result.setHistory("DotBackward0", [self, other], saves: true) { [self] g, need throws(TensorError) in
                [need[0] ? try other.mul(g) : nil, need[1] ? try self.mul(g) : nil]
            }
        }
        return result
    }

    /// PyTorch's `matmul` for every rank combination, composed as PyTorch composes it.
    public func matmul(_ other: Tensor) throws(TensorError) -> Tensor {
        let (da, db) = (dim, other.dim)
        guard da > 0 && db > 0 else {
            throw .runtime("both arguments to matmul need to be at least 1D, but they are \(da)D and \(db)D")
        }
        switch (da, db) {
        case (1, 1): return try dot(other)
        case (2, 1): return try mv(other)
        case (1, 2): return try unsqueeze(0).mm(other).squeeze(dim: 0, nodeName: "SqueezeBackward4")
        case (2, 2): return try mm(other)
        case (_, 1), (_, 2):
            // Fold the batch dimensions of the left operand into the rows of one product.
            let k = shape[da - 1]
            let folded = try reshape([-1, k])
            let product = db == 1 ? try folded.mv(other) : try folded.mm(other)
            let outShape = Array(shape.dropLast()) + (db == 2 ? [other.shape[1]] : [])
            return try product.unsafeView(outShape)
        default:
            return try batchedMatmul(other)
        }
    }

    private func batchedMatmul(_ other: Tensor) throws(TensorError) -> Tensor {
        let a = dim == 1 ? try unsqueeze(0) : self
        let b = other.dim == 1 ? try other.unsqueeze(-1) : other
        let (n, k, k2, m) = (a.shape[a.dim - 2], a.shape[a.dim - 1], b.shape[b.dim - 2], b.shape[b.dim - 1])
        let batch = try broadcastShapes(Array(a.shape.dropLast(2)), Array(b.shape.dropLast(2)))
        let count = batch.reduce(1, *)
        let a3 = try a.expand(batch + [n, k]).reshape([count, n, k])
        let b3 = try b.expand(batch + [k2, m]).reshape([count, k2, m])
        var outShape = batch
        if dim > 1 { outShape.append(n) }
        if other.dim > 1 { outShape.append(m) }
        return try a3.bmm(b3).unsafeView(outShape)
    }

    /// A reshape recorded as PyTorch's `_unsafe_view` (UnsafeViewBackward0).
    func unsafeView(_ newShape: [Int]) throws(TensorError) -> Tensor {
        let src = try contiguousData()
        let inShape = shape
        let out = src.aliased(shape: newShape, strides: contiguousStrides(newShape), offset: src.storageOffset)
        out.viewBase = nil  // PyTorch's _unsafe_view result is not a view (`_is_view()` is False)
        return recordView(out, "UnsafeViewBackward0") { g throws(TensorError) in try g.reshape(inShape) }
    }

    /// `F.linear(x, weight, bias)`: addmm for a bias (AddmmBackward0), folding extra
    /// dimensions of x into rows as PyTorch does.
    public static func linear(_ x: Tensor, _ weight: Tensor, _ bias: Tensor? = nil) throws(TensorError) -> Tensor {
        guard let bias else { return try x.matmul(weight.t()) }
        if x.dim == 2 { return try addmm(bias, x, weight.t()) }
        let rows = try x.reshape([-1, x.shape.last ?? 1])
        let out = try addmm(bias, rows, weight.t())
        return try out.unsafeView(Array(x.shape.dropLast()) + [weight.shape[0]])
    }

    /// Outer product of two vectors.
    public func outer(_ other: Tensor) throws(TensorError) -> Tensor {
        try reshape([-1, 1]).mul(other.reshape([1, -1]))
    }
}

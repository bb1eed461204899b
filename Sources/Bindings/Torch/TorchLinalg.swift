import Script
import Tensors

// torch.linalg (inv, det, solve, norm, vector_norm, matrix_norm) and Tensor.inverse/det.

func linalgOps() -> [TensorOp] { [
    unary("inverse") { try $0.inv() },
    unary("det") { try $0.det() },
] + svdOps() }

/// `ord` as PyTorch's matrix norms spell it: 'fro', 'nuc', or a number.
private func matrixOrd(_ v: Value?, _ interp: Interpreter) throws(PyError) -> String {
    guard let v, !v.isNone else { return "fro" }
    if case .str(let s) = v { return s }
    let d = try interp.toDouble(v)
    if d.isInfinite { return d > 0 ? "inf" : "-inf" }
    return d == d.rounded() ? String(Int(d)) : String(d)
}

private func vectorOrd(_ v: Value?, _ interp: Interpreter) throws(PyError) -> Double {
    guard let v, !v.isNone else { return 2 }
    return try interp.toDouble(v)
}

func makeTorchLinalg() -> PyModule {
    let m = PyModule(name: "torch.linalg")
    m["LinAlgError"] = .cls(TorchLinAlgErrorClass)
    defineLinalgExtras(m)
    defineSVD(linalg: m)
    defineSymmetric(linalg: m)
    m.define("inv", ["A", "*", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_inv")
        return try a.writingOut(wrap(try engine { try t.inv() }))
    }
    m.define("det", ["A", "*", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_det")
        return try a.writingOut(wrap(try engine { try t.det() }))
    }
    m.define("solve", ["A", "B", "*", "left?", "out?"]) { a throws(PyError) in
        let x = try a.tensor("A", function: "linalg_solve"), y = try a.tensor("B", function: "linalg_solve")
        return try a.writingOut(wrap(try engine { try Tensor.solve(x, y) }))
    }
    m.define("vector_norm", ["x", "ord?", "dim?", "keepdim?", "*", "dtype?", "out?"]) { a throws(PyError) in
        let t = try a.tensor("x", function: "linalg_vector_norm")
        let ord = try vectorOrd(a.optional("ord"), a.interp), dims = try a.dims(), keep = try a.keepdim()
        return try a.writingOut(wrap(try engine { try t.vectorNorm(ord: ord, dims: dims, keepdim: keep) }))
    }
    m.define("matrix_norm", ["A", "ord?", "dim?", "keepdim?", "*", "dtype?", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_matrix_norm")
        let ord = try matrixOrd(a.optional("ord"), a.interp), dims = try a.dims() ?? [-2, -1], keep = try a.keepdim()
        return try a.writingOut(wrap(try engine { try t.matrixNorm(ord: ord, dims: dims, keepdim: keep) }))
    }
    m.define("norm", ["A", "ord?", "dim?", "keepdim?", "*", "dtype?", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_norm")
        let ordValue = a.optional("ord").flatMap { $0.isNone ? nil : $0 }
        let dims = try a.dims(), keep = try a.keepdim()
        let matrix: Bool
        if let dims {
            var named = false
            if case .str? = ordValue { named = true }
            matrix = dims.count == 2 || named
        } else if ordValue != nil {
            guard t.dim == 1 || t.dim == 2 else {
                throw PyError.runtimeError("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got \(t.dim)D.")
            }
            matrix = t.dim == 2
        } else {
            matrix = false
        }
        if matrix {
            let ord = try matrixOrd(ordValue, a.interp)
            return try a.writingOut(wrap(try engine { try t.matrixNorm(ord: ord, dims: dims ?? [-2, -1], keepdim: keep) }))
        }
        let ord = try vectorOrd(ordValue, a.interp)
        return try a.writingOut(wrap(try engine { try t.vectorNorm(ord: ord, dims: dims, keepdim: keep) }))
    }
    return m
}

/// The singular value decomposition's spellings: linalg.svd/svdvals/matrix_rank, torch.svd.
func defineSVD(linalg m: PyModule) {
    m.define("svd", ["A", "full_matrices?", "*", "driver?", "out?"], defaults: ["full_matrices": .bool(true)]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_svd"), full = try a.bool("full_matrices")
        let r = try engine { try t.svd(fullMatrices: full) }
        return returnType("linalg_svd", [("U", r.u), ("S", r.s), ("Vh", r.vh)])
    }
    m.define("svdvals", ["A", "*", "driver?", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_svdvals")
        return try a.writingOut(wrap(try engine { try t.svdvals() }))
    }
    m.define("matrix_rank", ["A", "tol?", "hermitian?", "*", "atol?", "rtol?", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_matrix_rank")
        let given = try a.optionalDouble("atol"), tol = try a.optionalDouble("tol"), rtol = try a.optionalDouble("rtol")
        let atol = given ?? tol
        return wrap(try engine {
            let s = try GradMode.withDisabled { () throws(TensorError) in try t.svdvals() }
            let (m, n) = (t.shape[t.dim - 2], t.shape[t.dim - 1])
            let eps = t.dtype == .float32 ? Double(Float.ulpOfOne) : Double.ulpOfOne
            let relative = rtol ?? (atol == nil ? Double(Swift.max(m, n)) * eps : 0)
            let largest = try s.amax(dims: [-1], keepdim: true)
            let tol = try largest.mul(.double(relative)).clampMin(.double(atol ?? 0))
            return try s.gt(tol).sum(dims: [-1])
        })
    }
}

/// eigh, eigvalsh and cholesky of symmetric (positive-definite) matrices.
func defineSymmetric(linalg m: PyModule) {
    func upper(_ a: Args) throws(PyError) -> Bool {
        guard let v = a.optional("UPLO"), case .str(let s) = v else { return false }
        guard s == "L" || s == "U" else { throw PyError.runtimeError("Expected UPLO argument to be 'L' or 'U', but got \(s)") }
        return s == "U"
    }
    m.define("eigh", ["A", "UPLO?", "*", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_eigh"), u = try upper(a)
        let r = try engine { try t.eigh(upper: u) }
        return returnType("linalg_eigh", [("eigenvalues", r.values), ("eigenvectors", r.vectors)])
    }
    m.define("eigvalsh", ["A", "UPLO?", "*", "out?"]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_eigvalsh"), u = try upper(a)
        return try a.writingOut(wrap(try engine { try t.eigh(upper: u).values }))
    }
    m.define("cholesky", ["A", "*", "upper?", "out?"], defaults: ["upper": .bool(false)]) { a throws(PyError) in
        let t = try a.tensor("A", function: "linalg_cholesky"), u = try a.bool("upper")
        return try a.writingOut(wrap(try engine { try t.cholesky(upper: u) }))
    }
}

func svdOps() -> [TensorOp] { [
    TensorOp("svd", ["some?", "compute_uv?"], defaults: ["some": .bool(true), "compute_uv": .bool(true)]) { a, t throws(PyError) in
        let some = try a.bool("some")
        let r = try engine { try t.svd(fullMatrices: !some) }
        let v = try engine { try r.vh.matrixTranspose() }
        return returnType("svd", [("U", r.u), ("S", r.s), ("V", v)])
    },
] }

import Script
import Tensors

// torch.linalg (inv, det, solve, norm, vector_norm, matrix_norm) and Tensor.inverse/det.

func linalgOps() -> [TensorOp] { [
    unary("inverse") { try $0.inv() },
    unary("det") { try $0.det() },
] }

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

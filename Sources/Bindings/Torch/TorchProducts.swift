import Script
import Tensors

// einsum, the beta/alpha products, cdist, and the distance functions of torch.nn.functional.

/// addmm/addmv/baddbmm/addbmm: `input` first, two operands, then keyword-only beta and alpha.
private func scaledProduct(_ name: String, _ p1: String, _ p2: String,
                           _ f: @escaping (Tensor, Tensor, Tensor, Scalar, Scalar) throws -> Tensor) -> TensorOp {
    TensorOp(name, [p1, p2, "*", "beta?", "alpha?"]) { a, t throws(PyError) in
        guard let x = tensorPayload(a[p1]) else { throw argumentError(name, p1, a[p1]) }
        guard let y = tensorPayload(a[p2]) else { throw argumentError(name, p2, a[p2]) }
        let beta = try a.optionalScalar("beta") ?? .int(1), alpha = try a.optionalScalar("alpha") ?? .int(1)
        return wrap(try engine { try f(t, x, y, beta, alpha) })
    }
}

func productOps() -> [TensorOp] { [
    scaledProduct("addmm", "mat1", "mat2") { try Tensor.addmm($0, $1, $2, beta: $3, alpha: $4) },
    scaledProduct("addmv", "mat", "vec") { try Tensor.addmv($0, $1, $2, beta: $3, alpha: $4) },
    scaledProduct("baddbmm", "batch1", "batch2") { try Tensor.baddbmm($0, $1, $2, beta: $3, alpha: $4) },
    scaledProduct("addbmm", "batch1", "batch2") { try Tensor.addbmm($0, $1, $2, beta: $3, alpha: $4) },
    TensorOp("diagonal", ["offset?", "dim1?", "dim2?"], defaults: ["offset": .int(0), "dim1": .int(0), "dim2": .int(1)]) { a, t throws(PyError) in
        let o = try a.int("offset"), d1 = try a.int("dim1"), d2 = try a.int("dim2")
        return wrap(try engine { try t.diagonal(offset: o, dim1: d1, dim2: d2) })
    },
] }

func defineProductFunctions(_ m: PyModule) {
    m.define("einsum", ["equation", "*operands"]) { a throws(PyError) in
        let eq = try a.string("equation")
        var values = a.positional
        if values.count == 1, tensorPayload(values[0]) == nil { values = try a.interp.toArray(values[0]) }
        var ops: [Tensor] = []
        for v in values {
            guard let t = tensorPayload(v) else { throw PyError.typeError("einsum(): argument 'operands' must be tuple of Tensors, not \(typeName(v))") }
            ops.append(t)
        }
        return wrap(try engine { try Tensor.einsum(eq, ops) })
    }
    m.define("cdist", ["x1", "x2", "p?", "compute_mode?"], defaults: ["p": .float(2)]) { a throws(PyError) in
        guard let x1 = tensorPayload(a["x1"]), let x2 = tensorPayload(a["x2"]) else { throw argumentError("cdist", "x1", a["x1"]) }
        let p = try a.double("p")
        return wrap(try engine { try Tensor.cdist(x1, x2, p: p) })
    }
    defineDistanceFunctions(m)
}

/// Shared by torch and torch.nn.functional (PyTorch has both spellings).
private func defineDistanceFunctions(_ m: PyModule) {
    m.define("cosine_similarity", ["x1", "x2", "dim?", "eps?"], defaults: ["dim": .int(1), "eps": .float(1e-8)]) { a throws(PyError) in
        guard let x1 = tensorPayload(a["x1"]), let x2 = tensorPayload(a["x2"]) else { throw argumentError("cosine_similarity", "x1", a["x1"]) }
        let d = try a.int("dim"), eps = try a.double("eps")
        return wrap(try engine { try Tensor.cosineSimilarity(x1, x2, dim: d, eps: eps) })
    }
    m.define("pairwise_distance", ["x1", "x2", "p?", "eps?", "keepdim?"], defaults: ["p": .float(2), "eps": .float(1e-6), "keepdim": .bool(false)]) { a throws(PyError) in
        guard let x1 = tensorPayload(a["x1"]), let x2 = tensorPayload(a["x2"]) else { throw argumentError("pairwise_distance", "x1", a["x1"]) }
        let p = try a.double("p"), eps = try a.double("eps"), keep = try a.bool("keepdim")
        return wrap(try engine { try Tensor.pairwiseDistance(x1, x2, p: p, eps: eps, keepdim: keep) })
    }
}

/// torch.nn.functional's normalize, cosine_similarity, pairwise_distance and pad.
func defineFunctionalDistances(_ m: PyModule) {
    defineDistanceFunctions(m)
    m.define("normalize", ["input", "p?", "dim?", "eps?", "out?"], defaults: ["p": .float(2), "dim": .int(1), "eps": .float(1e-12)]) { a throws(PyError) in
        guard let x = tensorPayload(a["input"]) else { throw argumentError("normalize", "input", a["input"]) }
        let p = try a.double("p"), d = try a.int("dim"), eps = try a.double("eps")
        return wrap(try engine { try x.normalize(p: p, dim: d, eps: eps) })
    }
    m.define("pad", ["input", "pad", "mode?", "value?"], defaults: ["mode": .str("constant")]) { a throws(PyError) in
        guard let x = tensorPayload(a["input"]) else { throw argumentError("pad", "input", a["input"]) }
        let pad = try shapeValue(a["pad"], a.interp), mode = try a.string("mode")
        guard mode == "constant" else { throw PyError.notImplementedError("F.pad: mode '\(mode)' is not supported yet (only 'constant')") }
        let v = try a.optionalScalar("value") ?? .int(0)
        return wrap(try engine { try x.constantPad(pad, value: v) })
    }
}

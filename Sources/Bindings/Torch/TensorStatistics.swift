import Script
import Tensors

// Order statistics, running extrema, NaN-aware reductions, covariance, special functions and
// the rest of the products (cross, dist, inner, matrix_power, slogdet) as methods and functions.

private func valuesIndices(_ name: String, _ r: (values: Tensor, indices: Tensor)) -> Value {
    returnType(name, [("values", r.values), ("indices", r.indices)])
}

/// `q` as PyTorch takes it: a float or a 1-D tensor; whether it was a scalar.
private func quantiles(_ v: Value) throws(PyError) -> ([Double], Bool) {
    if let t = tensorPayload(v) {
        guard t.dim <= 1 else { throw PyError.runtimeError("quantile() q must be a scalar or 1D tensor") }
        return (try engine { try t.to(.float64).doubles() }, t.dim == 0)
    }
    return ([try scalar(v).doubleValue], true)
}

func statisticsOps() -> [TensorOp] { [
    TensorOp("rot90", ["k?", "dims?"], defaults: ["k": .int(1)]) { a, t throws(PyError) in
        let k = try a.int("k")
        let dims = try a.optional("dims").map { v throws(PyError) in try shapeValue(v, a.interp) } ?? [0, 1]
        return wrap(try engine { try t.rot90(k, dims: dims) })
    },
    TensorOp("unfold", ["dimension", "size", "step"], function: false) { a, t throws(PyError) in
        let d = try a.int("dimension"), s = try a.int("size"), st = try a.int("step")
        return wrap(try engine { try t.unfold(d, size: s, step: st) })
    },
    TensorOp("cummax", ["dim"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        return valuesIndices("cummax", try engine { try t.cummax(dim: d) })
    },
    TensorOp("cummin", ["dim"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        return valuesIndices("cummin", try engine { try t.cummin(dim: d) })
    },
    TensorOp("logcumsumexp", ["dim"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        return wrap(try engine { try t.logcumsumexp(dim: d) })
    },
    TensorOp("kthvalue", ["k", "dim?", "keepdim?"], defaults: ["dim": .int(-1)]) { a, t throws(PyError) in
        let k = try a.int("k"), d = try a.int("dim"), keep = try a.keepdim()
        return valuesIndices("kthvalue", try engine { try t.kthvalue(k, dim: d, keepdim: keep) })
    },
    TensorOp("quantile", ["q", "dim?", "keepdim?", "*", "interpolation?"]) { a, t throws(PyError) in
        let (q, scalarQ) = try quantiles(a["q"]), d = try a.dim(), keep = try a.keepdim()
        if let i = a.optional("interpolation"), case .str(let s) = i, s != "linear" {
            throw PyError.notImplementedError("quantile(): interpolation '\(s)' is not supported yet (only 'linear')")
        }
        return wrap(try engine { try t.quantile(q, scalarQ: scalarQ, dim: d, keepdim: keep) })
    },
    TensorOp("aminmax", ["*", "dim?", "keepdim?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim()
        let r = try engine { try t.aminmax(dim: d, keepdim: keep) }
        return returnType("aminmax", [("min", r.min), ("max", r.max)])
    },
    TensorOp("nansum", ["dim?", "keepdim?", "*", "dtype?"]) { a, t throws(PyError) in
        let dims = try a.dims(), keep = try a.keepdim()
        return wrap(try engine { try t.nansum(dims: dims, keepdim: keep) })
    },
    TensorOp("nanmean", ["dim?", "keepdim?", "*", "dtype?"]) { a, t throws(PyError) in
        let dims = try a.dims(), keep = try a.keepdim()
        return wrap(try engine { try t.nanmean(dims: dims, keepdim: keep) })
    },
    TensorOp("logit", ["eps?"]) { a, t throws(PyError) in
        let eps = try a.optionalDouble("eps")
        return wrap(try engine { try t.logit(eps: eps) })
    },
    TensorOp("xlogy", ["other"]) { a, t throws(PyError) in
        let y = try tensorOrScalar(a["other"])
        return wrap(try engine { try Tensor.xlogy(t, y) })
    },
    unary("sgn") { try $0.sgn() },
    unary("deg2rad") { try $0.deg2rad() },
    unary("rad2deg") { try $0.rad2deg() },
    TensorOp("cov", ["*", "correction?", "fweights?", "aweights?"], defaults: ["correction": .int(1)]) { a, t throws(PyError) in
        if a.optional("fweights").map({ !$0.isNone }) == true || a.optional("aweights").map({ !$0.isNone }) == true {
            throw PyError.notImplementedError("cov(): fweights and aweights are not supported yet")
        }
        let c = try a.int("correction")
        return wrap(try engine { try t.cov(correction: c) })
    },
    unary("corrcoef") { try $0.corrcoef() },
    TensorOp("histc", ["bins?", "min?", "max?"], defaults: ["bins": .int(100), "min": .int(0), "max": .int(0)]) { a, t throws(PyError) in
        let b = try a.int("bins"), lo = try a.double("min"), hi = try a.double("max")
        return wrap(try engine { try t.histc(bins: b, min: lo, max: hi) })
    },
    TensorOp("cross", ["other", "dim?"]) { a, t throws(PyError) in
        guard let o = tensorPayload(a["other"]) else { throw argumentError("cross", "other", a["other"]) }
        let d = try a.dim()
        return wrap(try engine {
            // Without dim, PyTorch (deprecated) takes the first dimension of size 3.
            let dim = try d ?? (t.shape.firstIndex(of: 3) ?? { () throws(TensorError) -> Int in
                throw TensorError(.runtime, "no dimension of size 3 in input")
            }())
            return try Tensor.cross(t, o, dim: dim)
        })
    },
    TensorOp("dist", ["other", "p?"], defaults: ["p": .float(2)]) { a, t throws(PyError) in
        guard let o = tensorPayload(a["other"]) else { throw argumentError("dist", "other", a["other"]) }
        let p = try a.double("p")
        return wrap(try engine { try Tensor.dist(t, o, p: p) })
    },
    tensorBinary("inner") { try Tensor.inner($0, $1) },
    TensorOp("matrix_power", ["n"]) { a, t throws(PyError) in
        let n = try a.int("n")
        return wrap(try engine { try t.matrixPower(n) })
    },
    TensorOp("slogdet") { _, t throws(PyError) in
        let r = try engine { try t.slogdet() }
        return returnType("slogdet", [("sign", r.sign), ("logabsdet", r.logabsdet)])
    },
    unary("logdet") { try $0.logdet() },
] }

func defineStatisticsFunctions(_ m: PyModule) {
    m.define("block_diag", ["*tensors"]) { a throws(PyError) in
        let ts = try tensorList(.tuple(a.positional), a.interp)
        return wrap(try engine { try Tensor.blockDiag(ts) })
    }
    for (name, lower) in [("tril_indices", true), ("triu_indices", false)] {
        m.define(name, ["row", "col", "offset?", "*", "dtype?", "device?", "layout?"], defaults: ["offset": .int(0)]) { a throws(PyError) in
            let r = try a.int("row"), c = try a.int("col"), k = try a.int("offset"), dt = try a.optionalDType("dtype") ?? .int64
            return wrap(try engine { try Tensor.triangleIndices(r, c, offset: k, lower: lower).to(dt) })
        }
    }
    m.define("tensordot", ["a", "b", "dims?", "out?"], defaults: ["dims": .int(2)]) { a throws(PyError) in
        let x = try a.tensor("a", function: "tensordot"), y = try a.tensor("b", function: "tensordot")
        let dims = a["dims"]
        if isInteger(dims) {
            let n = try a.interp.toIndex(dims)
            return try a.writingOut(wrap(try engine { try Tensor.tensordot(x, y, n) }))
        }
        let pair = try a.interp.toArray(dims)
        guard pair.count == 2 else { throw PyError.runtimeError("tensordot expects dims to be a pair of lists or an int") }
        let da = try dimsValue(pair[0], a.interp), db = try dimsValue(pair[1], a.interp)
        return try a.writingOut(wrap(try engine { try Tensor.tensordot(x, y, da, db) }))
    }
}

/// torch.linalg's spellings of the same products.
func defineLinalgExtras(_ m: PyModule) {
    m.define("cross", ["input", "other", "*", "dim?", "out?"], defaults: ["dim": .int(-1)]) { a throws(PyError) in
        let x = try a.tensor("input", function: "linalg_cross"), y = try a.tensor("other", function: "linalg_cross"), d = try a.int("dim")
        return try a.writingOut(wrap(try engine { try Tensor.cross(x, y, dim: d) }))
    }
    m.define("matrix_power", ["A", "n", "*", "out?"]) { a throws(PyError) in
        let x = try a.tensor("A", function: "linalg_matrix_power"), n = try a.int("n")
        return try a.writingOut(wrap(try engine { try x.matrixPower(n) }))
    }
    m.define("slogdet", ["A", "*", "out?"]) { a throws(PyError) in
        let x = try a.tensor("A", function: "linalg_slogdet")
        let r = try engine { try x.slogdet() }
        return returnType("linalg_slogdet", [("sign", r.sign), ("logabsdet", r.logabsdet)])
    }
}

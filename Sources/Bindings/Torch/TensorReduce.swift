import Script
import Tensors

// Reductions, statistics, sorting and softmax, with PyTorch's dim/keepdim/dtype arguments.

extension Args {
    /// `dim` as a list of dims (nil when absent or None): an int or a tuple of ints.
    func dims() throws(PyError) -> [Int]? {
        guard let v = optional("dim"), !v.isNone else { return nil }
        return try dimsValue(v, interp)
    }

    /// `dim` as one int (nil when absent or None).
    func dim() throws(PyError) -> Int? { try optionalInt("dim") }

    func keepdim() throws(PyError) -> Bool {
        guard let v = optional("keepdim") else { return false }
        return try interp.truthy(v)
    }

    /// var/std: `correction=`, else `unbiased=` (True gives 1).
    func correction() throws(PyError) -> Double {
        if let c = try optionalDouble("correction") { return c }
        if let u = optional("unbiased"), !u.isNone { return try interp.truthy(u) ? 1 : 0 }
        return 1
    }
}

/// max/min: without dim a tensor; with dim the (values, indices) pair; with a tensor, elementwise.
private func extreme(_ name: String, largest: Bool) -> TensorOp {
    TensorOp(name, ["dim?", "keepdim?"]) { a, t throws(PyError) in
        if let other = a.optional("dim"), let u = tensorPayload(other) {
            return wrap(try engine { largest ? try t.maximum(u) : try t.minimum(u) })
        }
        guard let d = try a.dim() else { return wrap(try engine { largest ? try t.max() : try t.min() }) }
        let keep = try a.keepdim()
        let r = try engine { largest ? try t.max(dim: d, keepdim: keep) : try t.min(dim: d, keepdim: keep) }
        return returnType(name, [("values", r.values), ("indices", r.indices)])
    }
}

/// var/std accept (dim, unbiased, keepdim) positionally and correction= by keyword.
private func spread(_ name: String, _ f: @escaping (Tensor, [Int]?, Double, Bool) throws -> Tensor) -> TensorOp {
    TensorOp(name, ["dim?", "unbiased?", "keepdim?", "*", "correction?"]) { a, t throws(PyError) in
        // x.std(False) means unbiased=False, as in PyTorch's overload without dim.
        if case .bool(let b)? = a.optional("dim") {
            return wrap(try engine { try f(t, nil, b ? 1 : 0, false) })
        }
        let dims = try a.dims(), c = try a.correction(), keep = try a.keepdim()
        return wrap(try engine { try f(t, dims, c, keep) })
    }
}

func reductionOps() -> [TensorOp] { [
    TensorOp("sum", ["dim?", "keepdim?", "*", "dtype?"]) { a, t throws(PyError) in
        let dims = try a.dims(), keep = try a.keepdim(), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.sum(dims: dims, keepdim: keep, dtype: dt) })
    },
    TensorOp("mean", ["dim?", "keepdim?", "*", "dtype?"]) { a, t throws(PyError) in
        let dims = try a.dims(), keep = try a.keepdim(), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.mean(dims: dims, keepdim: keep, dtype: dt) })
    },
    TensorOp("prod", ["dim?", "keepdim?", "*", "dtype?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim(), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.prod(dim: d, keepdim: keep, dtype: dt) })
    },
    spread("var") { try $0.variance(dims: $1, correction: $2, keepdim: $3) },
    spread("std") { try $0.std(dims: $1, correction: $2, keepdim: $3) },
    extreme("max", largest: true),
    extreme("min", largest: false),
    TensorOp("amax", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let dims = try a.dims() ?? [], keep = try a.keepdim()
        return wrap(try engine { try t.amax(dims: dims, keepdim: keep) })
    },
    TensorOp("amin", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let dims = try a.dims() ?? [], keep = try a.keepdim()
        return wrap(try engine { try t.amin(dims: dims, keepdim: keep) })
    },
    TensorOp("argmax", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim()
        return wrap(try engine { try t.argmax(dim: d, keepdim: keep) })
    },
    TensorOp("argmin", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim()
        return wrap(try engine { try t.argmin(dim: d, keepdim: keep) })
    },
    TensorOp("median", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        guard let d = try a.dim() else { return wrap(try engine { try t.median() }) }
        let keep = try a.keepdim()
        let r = try engine { try t.median(dim: d, keepdim: keep) }
        return returnType("median", [("values", r.values), ("indices", r.indices)])
    },
    TensorOp("norm", ["p?", "dim?", "keepdim?", "dtype?"]) { a, t throws(PyError) in
        var p = 2.0
        if let pv = a.optional("p"), !pv.isNone {
            if case .str(let s) = pv { p = s == "fro" ? 2 : (s == "inf" ? .infinity : 2) } else { p = try a.interp.toDouble(pv) }
        }
        let dims = try a.dims(), keep = try a.keepdim()
        return wrap(try engine { try t.norm(p: p, dims: dims, keepdim: keep) })
    },
    TensorOp("logsumexp", ["dim", "keepdim?"]) { a, t throws(PyError) in
        let dims = try a.dims() ?? [], keep = try a.keepdim()
        return wrap(try engine { try t.logsumexp(dims: dims, keepdim: keep) })
    },
    TensorOp("cumsum", ["dim", "*", "dtype?"]) { a, t throws(PyError) in
        let d = try a.int("dim"), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.cumsum(dim: d, dtype: dt) })
    },
    TensorOp("softmax", ["dim?", "dtype?"]) { a, t throws(PyError) in
        let d = try softmaxDim(a, t), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.softmax(dim: d, dtype: dt) })
    },
    TensorOp("log_softmax", ["dim?", "dtype?"]) { a, t throws(PyError) in
        let d = try softmaxDim(a, t), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.logSoftmax(dim: d, dtype: dt) })
    },
    TensorOp("all", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim()
        return wrap(try engine { try t.all(dim: d, keepdim: keep) })
    },
    TensorOp("any", ["dim?", "keepdim?"]) { a, t throws(PyError) in
        let d = try a.dim(), keep = try a.keepdim()
        return wrap(try engine { try t.any(dim: d, keepdim: keep) })
    },
    TensorOp("sort", ["dim?", "descending?", "stable?"], defaults: ["dim": .int(-1), "descending": .bool(false)]) { a, t throws(PyError) in
        let d = try a.int("dim"), desc = try a.bool("descending")
        let r = try engine { try t.sort(dim: d, descending: desc) }
        return returnType("sort", [("values", r.values), ("indices", r.indices)])
    },
    TensorOp("argsort", ["dim?", "descending?", "stable?"], defaults: ["dim": .int(-1), "descending": .bool(false)]) { a, t throws(PyError) in
        let d = try a.int("dim"), desc = try a.bool("descending")
        return wrap(try engine { try t.argsort(dim: d, descending: desc) })
    },
    TensorOp("topk", ["k", "dim?", "largest?", "sorted?"], defaults: ["dim": .int(-1), "largest": .bool(true)]) { a, t throws(PyError) in
        let k = try a.int("k"), d = try a.int("dim"), largest = try a.bool("largest")
        let r = try engine { try t.topk(k, dim: d, largest: largest) }
        return returnType("topk", [("values", r.values), ("indices", r.indices)])
    },
    TensorOp("unique", ["sorted?", "return_inverse?", "return_counts?", "dim?"],
             defaults: ["return_inverse": .bool(false), "return_counts": .bool(false)]) { a, t throws(PyError) in
        let inv = try a.bool("return_inverse"), counts = try a.bool("return_counts")
        let r = try engine { try t.unique(returnInverse: inv, returnCounts: counts) }
        if !inv && !counts { return wrap(r.values) }
        var out = [wrap(r.values)]
        if inv { out.append(wrap(r.inverse)) }
        if counts { out.append(wrap(r.counts)) }
        return .tuple(out)
    },
] }

/// softmax without dim: PyTorch's legacy choice (0 for 0-, 1- and 3-dim inputs, else 1).
func softmaxDim(_ a: Args, _ t: Tensor) throws(PyError) -> Int {
    if let d = try a.dim() { return d }
    return (t.dim == 0 || t.dim == 1 || t.dim == 3) ? 0 : 1
}

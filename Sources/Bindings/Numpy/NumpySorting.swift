import Script
import Tensors

// sort (np.sort copies, a.sort() sorts in place), argsort, unique, flip, fill_diagonal.

func arraySortingOps() -> [ArrayOp] { [
    ArrayOp("sort", ["axis?"], defaults: ["axis": .int(-1)], method: false) { a, t throws(PyError) in
        guard !a["axis"].isNone else { return wrapArray(try engine { try t.reshape([t.numel]).sort(dim: 0).values }) }
        let d = try normalizeAxis(try a.int("axis"), t.dim)
        return wrapArray(try engine { try t.sort(dim: d).values })
    },
    ArrayOp("sort", ["axis?"], defaults: ["axis": .int(-1)], function: false) { a, t throws(PyError) in
        let d = try normalizeAxis(try a.int("axis"), t.dim)
        _ = try engine { try t.copy_(t.sort(dim: d).values) }
        return .none
    },
    ArrayOp("argsort", ["axis?"], defaults: ["axis": .int(-1)]) { a, t throws(PyError) in
        guard !a["axis"].isNone else { return wrapArray(try engine { try t.reshape([t.numel]).argsort(dim: 0) }) }
        let d = try normalizeAxis(try a.int("axis"), t.dim)
        return wrapArray(try engine { try t.argsort(dim: d) })
    },
    ArrayOp("unique", ["return_inverse?", "return_counts?"], method: false) { a, t throws(PyError) in
        let inverse = try a.flag("return_inverse"), counts = try a.flag("return_counts")
        let r = try engine { try t.unique(returnInverse: inverse, returnCounts: counts) }
        var out = [wrapArray(r.values)]
        if let i = r.inverse { out.append(wrapArray(try engine { try i.reshape([i.numel]) })) }
        if let c = r.counts { out.append(wrapArray(c)) }
        return out.count == 1 ? out[0] : .tuple(out)
    },
    ArrayOp("flip", ["axis?"], method: false) { a, t throws(PyError) in
        var r = t
        for d in try a.axes(of: t) ?? Array(0..<t.dim) { r = try reversed(r, along: d) }
        return wrapResult(r)
    },
] }

func defineFillDiagonal(_ m: PyModule) {
    m.define("fill_diagonal", ["a", "val", "wrap?"]) { a throws(PyError) in
        guard let t = numpyPayload(a[0])?.tensor, t.dim >= 2 else {
            throw PyError.valueError("array must be at least 2-d")
        }
        guard t.dim == 2 else { throw PyError.notImplementedError("fill_diagonal of more than 2 dimensions is not supported") }
        let steps = Array(0..<min(t.shape[0], t.shape[1]))
        let value = try asTensor(a["val"], a.interp, dtype: t.dtype)
        try engine { try t.setIndexed([.list(steps), .list(steps)], to: value) }
        return .none
    }
}

/// The tensor with one dimension in reverse order (a copy).
func reversed(_ t: Tensor, along d: Int) throws(PyError) -> Tensor {
    let index: [TensorIndex] = Array(repeating: .slice(start: nil, stop: nil, step: nil), count: d)
        + [.list(Array((0..<t.shape[d]).reversed()))]
    return try engine { try t.indexed(by: index) }
}

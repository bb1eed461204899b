import Script
import Tensors

// sort, argsort, unique, flip; and `numpy.linalg.norm`.

func arraySortingOps() -> [ArrayOp] { [
    ArrayOp("sort", ["axis?"], defaults: ["axis": .int(-1)], method: false) { a, t throws(PyError) in
        guard !a["axis"].isNone else { return wrapArray(try engine { try t.reshape([t.numel]).sort(dim: 0).values }) }
        let d = try normalizeAxis(try a.int("axis"), t.dim)
        return wrapArray(try engine { try t.sort(dim: d).values })
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

/// The tensor with one dimension in reverse order (a copy).
func reversed(_ t: Tensor, along d: Int) throws(PyError) -> Tensor {
    let index: [TensorIndex] = Array(repeating: .slice(start: nil, stop: nil, step: nil), count: d)
        + [.list(Array((0..<t.shape[d]).reversed()))]
    return try engine { try t.indexed(by: index) }
}

func makeLinalg() -> PyModule {
    let m = PyModule(name: "numpy.linalg")
    m.define("norm", ["x", "ord?", "axis?", "keepdims?"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp)
        let x = try engine { try t.to(t.isFloatingPoint ? t.dtype : .float64) }
        if let o = a.optional("ord"), !o.isNone { throw PyError.notImplementedError("norm with ord=\(try a.interp.repr(o)) is not supported") }
        let axes = try a.axes(of: t), keep = try a.flag("keepdims")
        return wrapResult(try engine { try x.mul(x).sum(dims: axes, keepdim: keep).sqrt() })
    }
    return m
}

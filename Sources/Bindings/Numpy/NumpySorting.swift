import Script
import Tensors

// sort (np.sort copies, a.sort() sorts in place), argsort, unique, nonzero, percentile,
// quantile, flip, fill_diagonal.

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
    ArrayOp("nonzero") { _, t throws(PyError) in try nonzeroIndices(t) },
    ArrayOp("percentile", ["q", "axis?"], method: false) { a, t throws(PyError) in try quantile(a, t, scale: 100) },
    ArrayOp("quantile", ["q", "axis?"], method: false) { a, t throws(PyError) in try quantile(a, t, scale: 1) },
    ArrayOp("flip", ["axis?"], method: false) { a, t throws(PyError) in
        var r = t
        for d in try a.axes(of: t) ?? Array(0..<t.dim) { r = try reversed(r, along: d) }
        return wrapResult(r)
    },
] }

/// `np.quantile` / `np.percentile` with NumPy's default 'linear' method for one q: the sorted
/// values at the virtual index q·(n-1), interpolated as NumPy's `_lerp` does.
private func quantile(_ a: Args, _ t: Tensor, scale: Double) throws(PyError) -> Value {
    let q = try a.double("q") / scale
    guard q >= 0 && q <= 1 else {
        throw PyError.valueError(scale == 1 ? "Quantiles must be in the range [0, 1]" : "Percentiles must be in the range [0, 100]")
    }
    var x = try engine { try t.to(t.isFloatingPoint ? t.dtype : .float64) }
    var axis = 0
    if let axes = try a.axes(of: t) { axis = axes.first ?? 0 } else { x = try engine { try x.reshape([x.numel]) } }
    guard x.dim > 0, x.shape[axis] > 0 else { throw PyError.indexError("index -1 is out of bounds for axis 0 with size 0") }
    let n = x.shape[axis]
    let sorted = try engine { try x.sort(dim: axis).values }
    let position = q * Double(n - 1)
    let below = min(Int(position.rounded(.down)), n - 1), above = min(below + 1, n - 1)
    let weight = position - Double(below)
    func pick(_ i: Int) throws(PyError) -> Tensor {
        try engine { try sorted.indexed(by: Array(repeating: .slice(start: nil, stop: nil, step: nil), count: axis) + [.int(i)]) }
    }
    let low = try pick(below), high = try pick(above)
    let result = try engine { () throws -> Tensor in
        let diff = try high.sub(low)
        // NumPy's _lerp: from below for t < 0.5, from above otherwise.
        return weight < 0.5 ? try low.add(diff.mul(.double(weight))) : try high.sub(diff.mul(.double(1 - weight)))
    }
    return wrapResult(result)
}

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

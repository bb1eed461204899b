import Script
import Tensors

// Reductions with NumPy's `axis=` (None, an int or a tuple) and `keepdims=`: sum, mean, std,
// var, max, min, argmax, argmin, prod, all, any, cumsum. Each is `np.name(a, ...)` and `a.name(...)`.

extension Args {
    /// The `axis` argument, normalized; nil for all axes.
    func axes(of t: Tensor) throws(PyError) -> [Int]? {
        guard let v = optional("axis"), !v.isNone else { return nil }
        var out: [Int] = []
        for d in try dimsValue(v, interp) { out.append(try normalizeAxis(d, t.dim)) }
        return out
    }

    func flag(_ name: String) throws(PyError) -> Bool {
        guard let v = optional(name), !v.isNone else { return false }
        return try interp.truthy(v)
    }
}

/// Integers and bools are averaged in float64, as NumPy does.
private func floating(_ t: Tensor) throws(PyError) -> Tensor {
    try engine { try t.to(t.isFloatingPoint ? t.dtype : .float64) }
}

/// Applies an engine reduction that takes one dim at a time over each axis, last first.
private func reduceEach(_ t: Tensor, _ axes: [Int]?, keepdims: Bool,
                        _ f: (Tensor, Int?, Bool) throws -> Tensor) throws(PyError) -> Tensor {
    try engine {
        guard let axes else {
            let r = try f(t, nil, false)
            return keepdims ? try r.reshape([Int](repeating: 1, count: t.dim)) : r
        }
        var r = t
        for d in axes.sorted(by: >) { r = try f(r, d, keepdims) }
        return r
    }
}

private func requireNonEmpty(_ t: Tensor, _ ufunc: String, _ axes: [Int]?) throws(PyError) {
    let empty = axes.map { $0.contains { t.shape[$0] == 0 } } ?? (t.numel == 0)
    if empty { throw PyError.valueError("zero-size array to reduction operation \(ufunc) which has no identity") }
}

private let sumParams = ["axis?", "dtype?", "out?", "keepdims?"]
private let extremumParams = ["axis?", "out?", "keepdims?"]

func arrayReductionOps() -> [ArrayOp] {
    var ops = [
        ArrayOp("sum", sumParams) { a, t throws(PyError) in
            let axes = try a.axes(of: t), keep = try a.flag("keepdims"), d = try a.optionalNumpyDType("dtype")
            let x = try engine { try t.to(d ?? t.dtype) }
            if x.isFloatingPoint { return wrapResult(try numpySum(x, axes: axes, keepdims: keep)) }
            return wrapResult(try engine { try t.sum(dims: axes, keepdim: keep, dtype: d) })
        },
        ArrayOp("mean", sumParams) { a, t throws(PyError) in
            let axes = try a.axes(of: t), keep = try a.flag("keepdims")
            let x = try engine { try floating(t).to(try a.optionalNumpyDType("dtype") ?? floating(t).dtype) }
            return wrapResult(try numpyMean(x, axes: axes, keepdims: keep))
        },
        ArrayOp("prod", sumParams) { a, t throws(PyError) in
            let d = try a.optionalNumpyDType("dtype")
            return wrapResult(try reduceEach(t, try a.axes(of: t), keepdims: try a.flag("keepdims")) { try $0.prod(dim: $1, keepdim: $2, dtype: d) })
        },
        ArrayOp("cumsum", ["axis?", "dtype?", "out?"]) { a, t throws(PyError) in
            let d = try a.optionalNumpyDType("dtype")
            guard let axis = try a.axes(of: t)?.first else {
                return wrapArray(try engine { try t.reshape([t.numel]).cumsum(dim: 0, dtype: d) })
            }
            return wrapArray(try engine { try t.cumsum(dim: axis, dtype: d) })
        },
        ArrayOp("all", extremumParams) { a, t throws(PyError) in
            wrapResult(try reduceEach(t, try a.axes(of: t), keepdims: try a.flag("keepdims")) { try $0.all(dim: $1, keepdim: $2) })
        },
        ArrayOp("any", extremumParams) { a, t throws(PyError) in
            wrapResult(try reduceEach(t, try a.axes(of: t), keepdims: try a.flag("keepdims")) { try $0.any(dim: $1, keepdim: $2) })
        },
    ]
    for (name, correction) in [("var", false), ("std", true)] {
        ops.append(ArrayOp(name, ["axis?", "dtype?", "out?", "ddof?", "keepdims?"]) { a, t throws(PyError) in
            let axes = try a.axes(of: t), keep = try a.flag("keepdims"), ddof = try a.optionalDouble("ddof") ?? 0
            let variance = try numpyVariance(try floating(t), axes: axes, ddof: ddof, keepdims: keep)
            return wrapResult(correction ? try engine { try variance.sqrt() } : variance)
        })
    }
    for (names, ufunc, largest) in [(["max", "amax"], "maximum", true), (["min", "amin"], "minimum", false)] {
        for name in names {
            ops.append(ArrayOp(name, extremumParams) { a, t throws(PyError) in
                let axes = try a.axes(of: t), keep = try a.flag("keepdims")
                try requireNonEmpty(t, ufunc, axes)
                return wrapResult(try engine {
                    largest ? try t.amax(dims: axes ?? [], keepdim: keep) : try t.amin(dims: axes ?? [], keepdim: keep)
                })
            })
        }
    }
    for (name, largest) in [("argmax", true), ("argmin", false)] {
        ops.append(ArrayOp(name, ["axis?", "out?", "*", "keepdims?"]) { a, t throws(PyError) in
            let axis = try a.axes(of: t)?.first, keep = try a.flag("keepdims")
            if t.numel == 0 { throw PyError.valueError("attempt to get \(name) of an empty sequence") }
            return wrapResult(try engine {
                largest ? try t.argmax(dim: axis, keepdim: keep) : try t.argmin(dim: axis, keepdim: keep)
            })
        })
    }
    return ops
}

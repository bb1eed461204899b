import Script
import Tensors

// Arrays built by repeating or rearranging others: repeat, tile, meshgrid, diag, trace, median.

/// Picks `positions` along one axis (a copy).
private func take(_ t: Tensor, _ positions: [Int], axis: Int) throws(PyError) -> Tensor {
    let index: [TensorIndex] = Array(repeating: .slice(start: nil, stop: nil, step: nil), count: axis) + [.list(positions)]
    return try engine { try t.indexed(by: index) }
}

func arrayTilingOps() -> [ArrayOp] { [
    ArrayOp("repeat", ["repeats", "axis?"]) { a, t throws(PyError) in
        let times = try a.int("repeats")
        if times < 0 { throw PyError.valueError("repeats may not contain negative values.") }
        // Too big is an error, not a crash: the engine's allocation fails first.
        _ = try elementCount([t.numel, times])
        _ = try engine { try Tensor.empty([t.numel, times], dtype: t.dtype) }
        guard let axis = try a.axes(of: t)?.first else {
            let flat = try engine { try t.reshape([t.numel]) }
            return wrapArray(try take(flat, (0..<t.numel).flatMap { Array(repeating: $0, count: times) }, axis: 0))
        }
        return wrapArray(try take(t, (0..<t.shape[axis]).flatMap { Array(repeating: $0, count: times) }, axis: axis))
    },
    ArrayOp("diagonal", ["offset?"], defaults: ["offset": .int(0)]) { a, t throws(PyError) in
        wrapArray(try diagonal(t, try a.int("offset")))
    },
    ArrayOp("trace", ["offset?"], defaults: ["offset": .int(0)]) { a, t throws(PyError) in
        let d = try diagonal(t, try a.int("offset"))
        if d.isFloatingPoint { return wrapResult(try numpySum(d, axes: nil, keepdims: false)) }
        return wrapResult(try engine { try d.sum() })
    },
    ArrayOp("median", ["axis?", "keepdims?"], method: false) { a, t throws(PyError) in
        var x = try engine { try t.to(t.isFloatingPoint ? t.dtype : .float64) }
        var axis = try a.axes(of: t)?.first ?? 0
        if a["axis"].isNone { x = try engine { try x.reshape([x.numel]) }; axis = 0 }
        guard x.dim > 0, x.shape[axis] > 0 else { return wrapResult(try engine { try Tensor.full([], .double(.nan), dtype: x.dtype) }) }
        let sorted = try engine { try x.sort(dim: axis).values }
        let n = x.shape[axis]
        let low = try take(sorted, [(n - 1) / 2], axis: axis), high = try take(sorted, [n / 2], axis: axis)
        let keep = try a.flag("keepdims") && !a["axis"].isNone
        let median = try engine { try n % 2 == 1 ? low : low.add(high).div(.int(2)) }
        return wrapResult(try engine { try keep ? median : median.squeeze(dim: axis) })
    },
] }

/// The `offset` diagonal of the last two axes of a 2-dim array.
private func diagonal(_ t: Tensor, _ offset: Int) throws(PyError) -> Tensor {
    guard t.dim == 2 else { throw PyError.valueError("diag requires an array of at least two dimensions") }
    let rows = t.shape[0], cols = t.shape[1]
    let offset = min(max(offset, -rows), cols)
    let start = offset >= 0 ? (0, offset) : (-offset, 0)
    let count = max(min(rows - start.0, cols - start.1), 0)
    let flat = try engine { try t.reshape([rows * cols]) }
    return try take(flat, (0..<count).map { (start.0 + $0) * cols + start.1 + $0 }, axis: 0)
}

func defineTilingFunctions(_ m: PyModule) {
    m.define("tile", ["A", "reps"]) { a throws(PyError) in
        var t = try asTensor(a[0], a.interp)
        var reps = try dimsValue(a["reps"], a.interp)
        if reps.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
        if reps.count < t.dim { reps = Array(repeating: 1, count: t.dim - reps.count) + reps }
        let shape = Array(repeating: 1, count: reps.count - t.dim) + t.shape
        _ = try elementCount(shape + reps)  // as in repeat
        _ = try engine { try Tensor.empty(zip(shape, reps).map { $0 * $1 }, dtype: t.dtype) }
        t = try engine { try t.reshape(shape) }
        for (axis, r) in reps.enumerated() where r != 1 {
            let n = shape[axis]
            t = try take(t, (0..<r).flatMap { _ in Array(0..<n) }, axis: axis)
        }
        return wrapArray(try engine { try t.contiguous() })
    }
    m.define("diag", ["v", "k?"], defaults: ["k": .int(0)]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp), k = try a.int("k")
        if t.dim == 2 { return wrapArray(try diagonal(t, k)) }
        guard t.dim == 1 else { throw PyError.valueError("Input must be 1- or 2-d.") }
        let (n, overflow) = t.numel.addingReportingOverflow(abs(max(k, -Int.max)))
        _ = try elementCount([overflow ? -1 : n, n])
        let out = try engine { try Tensor.zeros([n * n], dtype: t.dtype) }
        let positions = (0..<t.numel).map { (k >= 0 ? $0 : $0 - k) * n + (k >= 0 ? $0 + k : $0) }
        try engine { try out.setIndexed([.list(positions)], to: t) }
        return wrapArray(try engine { try out.reshape([n, n]) })
    }
    m.define("meshgrid", ["*xi", "indexing?"], defaults: ["indexing": .str("xy")]) { a throws(PyError) in
        var inputs: [Tensor] = []
        for v in a.positional { inputs.append(try engine { try asTensor(v, a.interp).reshape([-1]) }) }
        var shape = inputs.map(\.numel)
        let cartesian = try a.string("indexing") == "xy" && inputs.count > 1
        if cartesian { shape.swapAt(0, 1) }
        return .tuple(try inputs.enumerated().map { (i, x) throws(PyError) in
            var position = i
            if cartesian && i < 2 { position = 1 - i }
            var single = Array(repeating: 1, count: shape.count)
            single[position] = x.numel
            return wrapArray(try engine { try x.reshape(single).expand(shape).contiguous().clone() })
        })
    }
}

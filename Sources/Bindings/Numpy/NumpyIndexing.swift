import Script
import Tensors

// a[...] and a[...] = v with NumPy's index types (arrays and NumPy integers as well as Python
// ones) on the engine's indexing; an index that picks one element gives a NumPy scalar.

/// A subscript for the engine, plus the output dims that negative-step slices reverse (the
/// engine slices forward only; such results are copies, not views).
private struct ArraySubscript {
    var indices: [TensorIndex] = []
    var reversedDims: [Int] = []

    init(_ key: Value, of t: Tensor, _ interp: Interpreter) throws(PyError) {
        var items = [key]
        if case .tuple(let all) = key { items = all }
        var backward: [Int: Int] = [:]  // position → negative step
        func bound(_ x: Value) throws(PyError) -> Int? { x.isNone ? nil : try interp.toIndex(x) }
        for (k, item) in items.enumerated() {
            guard case .slice(let s) = item else {
                indices.append(try arrayIndex(item, interp))
                continue
            }
            var step = try bound(s.step)
            if step == 0 { throw PyError.valueError("slice step cannot be zero") }
            if let negative = step, negative < 0 {
                backward[k] = negative
                step = nil
            }
            indices.append(.slice(start: try bound(s.start), stop: try bound(s.stop), step: step))
        }
        if !backward.isEmpty { try reverseSlices(backward, t) }
    }

    /// NumPy's message for more indices than dimensions (a bool mask covers as many as it has).
    func checkCount(_ t: Tensor) throws(PyError) {
        var used = 0
        for index in indices {
            switch index {
            case .int, .slice, .list: used += 1
            case .tensor(let m): used += m.dtype == .bool ? m.dim : 1
            default: break
            }
        }
        if used > t.dim {
            throw PyError.indexError("too many indices for array: array is \(t.dim)-dimensional, but \(used) were indexed")
        }
    }

    /// Replaces each negative-step slice by the forward slice over the same elements and notes
    /// the output dim to reverse.
    private mutating func reverseSlices(_ backward: [Int: Int], _ t: Tensor) throws(PyError) {
        var consumed = 0
        for index in indices {
            switch index {
            case .int, .slice: consumed += 1
            case .tensor, .list: throw PyError.notImplementedError("negative slice steps with array indices are not supported")
            default: break
            }
        }
        var inDim = 0, outDim = 0
        for (k, index) in indices.enumerated() {
            switch index {
            case .int: inDim += 1
            case .none: outDim += 1
            case .ellipsis:
                inDim += max(t.dim - consumed, 0)
                outDim += max(t.dim - consumed, 0)
            case .slice(let start, let stop, _):
                if let step = backward[k], inDim < t.dim {
                    indices[k] = forwardSlice(start: start, stop: stop, step: step, count: t.shape[inDim])
                    reversedDims.append(outDim)
                }
                inDim += 1
                outDim += 1
            default: break
            }
        }
    }

    func apply(_ t: Tensor) throws(PyError) -> Tensor {
        try checkCount(t)
        var r = try indexing { try t.indexed(by: indices) }
        for d in reversedDims { r = try reversed(r, along: d) }
        return r
    }
}

/// `start:stop:step` with step < 0 over n elements, as the ascending slice of the same elements.
private func forwardSlice(start: Int?, stop: Int?, step: Int, count n: Int) -> TensorIndex {
    func clamp(_ i: Int) -> Int { let j = i < 0 ? i + n : i; return j < 0 ? -1 : min(j, n - 1) }
    let first = start.map(clamp) ?? n - 1, end = stop.map(clamp) ?? -1
    let stride = step == .min ? Int.max : -step
    guard first > end else { return .slice(start: 0, stop: 0, step: nil) }
    let count = (first - end - 1) / stride + 1
    return .slice(start: first - (count - 1) * stride, stop: first + 1, step: stride)
}

private func arrayIndex(_ v: Value, _ interp: Interpreter) throws(PyError) -> TensorIndex {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .tensor(try engine { try Tensor.scalar(.bool(b)) })
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .list, .tuple, .range, .instance:
        let t: Tensor
        if let u = tensorPayload(v) { t = u } else { t = try asTensor(v, interp) }
        if t.dim == 0 && t.dtype.isIntegral { return .int(Int(try engine { try t.item() }.int64Value)) }
        guard t.dtype == .bool || t.dtype.isIntegral || t.numel == 0 else {
            throw PyError.indexError("arrays used as indices must be of integer (or boolean) type")
        }
        return .tensor(try engine { try t.to(t.dtype == .bool ? .bool : .int64) })
    default: break
    }
    throw PyError.indexError("only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or boolean arrays are valid indices")
}

/// Engine index errors in NumPy's words ("axis" where PyTorch says "dimension").
private func indexing<R>(_ body: () throws -> R) throws(PyError) -> R {
    do { return try engine(body) } catch {
        guard error.exceptionClass === IndexErrorClass else { throw error }
        throw PyError.indexError(error.message.replacing("for dimension", with: "for axis"))
    }
}

func defineArrayIndexing() {
    for cls in [NDArrayClass, GenericClass] {
        cls.define("__getitem__", ["self", "key"]) { a throws(PyError) in
            let t = try selfArray(a)
            let sub = try ArraySubscript(a["key"], of: t, a.interp)
            let r = try sub.apply(t)
            // Integers alone that reach an element give a scalar; `a[...]` keeps a 0-dim array.
            let onlyIntegers = sub.indices.allSatisfy { if case .int = $0 { return true } else { return false } }
            // A scalar is a copy (the view would change with the array).
            return r.dim == 0 && onlyIntegers ? wrapScalar(try engine { try r.clone() }) : wrapArray(r)
        }
    }
    NDArrayClass.define("__setitem__", ["self", "key", "value"]) { a throws(PyError) in
        let t = try selfArray(a)
        let sub = try ArraySubscript(a["key"], of: t, a.interp)
        guard sub.reversedDims.isEmpty else { throw PyError.notImplementedError("assignment through negative slice steps is not supported") }
        try sub.checkCount(t)
        let value = try asTensor(a["value"], a.interp, dtype: t.dtype)
        try indexing { try t.setIndexed(sub.indices, to: value) }
        return .none
    }
}

import Script
import Tensors

// a[...] and a[...] = v with NumPy's index types (arrays and NumPy integers as well as Python
// ones) on the engine's indexing; an index that picks one element gives a NumPy scalar.

private func arrayIndices(_ key: Value, _ interp: Interpreter) throws(PyError) -> [TensorIndex] {
    if case .tuple(let items) = key {
        var out: [TensorIndex] = []
        for item in items { out.append(try arrayIndex(item, interp)) }
        return out
    }
    return [try arrayIndex(key, interp)]
}

private func arrayIndex(_ v: Value, _ interp: Interpreter) throws(PyError) -> TensorIndex {
    switch v {
    case .int(let i): return .int(i)
    case .bool(let b): return .tensor(try engine { try Tensor.scalar(.bool(b)) })
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .slice(let s):
        func bound(_ x: Value) throws(PyError) -> Int? { x.isNone ? nil : try interp.toIndex(x) }
        let step = try bound(s.step)
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        if let step, step < 0 { throw PyError.notImplementedError("negative slice steps are not supported") }
        return .slice(start: try bound(s.start), stop: try bound(s.stop), step: step)
    case .list, .tuple, .instance:
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
            let t = try selfArray(a), key = a["key"]
            let idx = try arrayIndices(key, a.interp)
            let r = try indexing { try t.indexed(by: idx) }
            // Integers alone that reach an element give a scalar; `a[...]` keeps a 0-dim array.
            let onlyIntegers = idx.allSatisfy { if case .int = $0 { return true } else { return false } }
            return r.dim == 0 && onlyIntegers ? wrapScalar(r) : wrapArray(r)
        }
    }
    NDArrayClass.define("__setitem__", ["self", "key", "value"]) { a throws(PyError) in
        let t = try selfArray(a)
        let idx = try arrayIndices(a["key"], a.interp)
        let value = try asTensor(a["value"], a.interp, dtype: t.dtype)
        try indexing { try t.setIndexed(idx, to: value) }
        return .none
    }
}

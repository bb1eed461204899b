import Script
import Tensors

// x[...] and x[...] = v: Python subscripts translated to the engine's TensorIndex list.

private func tensorIndices(_ key: Value, _ interp: Interpreter) throws(PyError) -> [TensorIndex] {
    if case .tuple(let items) = key {
        var out: [TensorIndex] = []
        for item in items { out.append(try tensorIndex(item, interp)) }
        return out
    }
    return [try tensorIndex(key, interp)]
}

private func tensorIndex(_ v: Value, _ interp: Interpreter) throws(PyError) -> TensorIndex {
    switch v {
    case .int(let i): return .int(i)
    case .bigInt: throw bigUnpackError
    case .bool(let b): return .tensor(try engine { try Tensor.scalar(.bool(b)) })
    case .none: return .none
    case .ellipsis: return .ellipsis
    case .slice(let s):
        func bound(_ x: Value) throws(PyError) -> Int? { x.isNone ? nil : try interp.toIndex(x) }
        let step = try bound(s.step)
        if step == 0 { throw PyError.valueError("slice step cannot be zero") }
        if let step, step < 0 { throw PyError.valueError("step must be greater than zero") }
        return .slice(start: try bound(s.start), stop: try bound(s.stop), step: step)
    case .list(let l):
        var ints: [Int] = []
        var allInts = true
        for item in l.items {
            if case .int(let n) = item { ints.append(n) } else { allInts = false; break }
        }
        if allInts { return .list(ints) }
        return .tensor(try NestedData(v, interp).tensor(dtype: nil))
    case .instance(let i):
        if let t = i.payload as? Tensor {
            if t.dim == 0 && t.dtype.isIntegral { return .int(Int(try engine { try t.item() }.int64Value)) }
            return .tensor(t)
        }
    default: break
    }
    throw PyError.indexError("only integers, slices (`:`), ellipsis (`...`), None and long or byte Variables are valid indices (got \(typeName(v)))")
}

func defineTensorIndexing() {
    TensorClass.define("__getitem__", ["self", "index"]) { a throws(PyError) in
        let t = try a.selfTensor()
        let idx = try tensorIndices(a["index"], a.interp)
        return wrap(try engine { try t.indexed(by: idx) })
    }
    TensorClass.define("__setitem__", ["self", "index", "value"]) { a throws(PyError) in
        let t = try a.selfTensor()
        let idx = try tensorIndices(a["index"], a.interp)
        let value: Tensor
        if let v = tensorPayload(a["value"]) {
            value = v
        } else if case .list = a["value"] {
            value = try NestedData(a["value"], a.interp).tensor(dtype: t.dtype)
        } else {
            if case .bigInt = a["value"] { throw bigUnpackError }
            let s = try scalar(a["value"])
            value = try engine { try Tensor.scalar(s, dtype: t.dtype) }
        }
        try engine { try t.setIndexed(idx, to: value) }
        return .none
    }
}

import Script
import Tensors

// Tensor methods (and torch functions) from tutorials beyond the core tables: new_* factories,
// one-sided clamps, triangles, splitting, repeating, lookups and in-place scatters.

private let factoryKeywords = ["*", "dtype?", "device?", "requires_grad?", "layout?", "pin_memory?"]

/// new_ones/new_zeros/new_empty: a shape, in the receiver's dtype unless `dtype=` says otherwise.
private func newFactory(_ name: String, _ make: @escaping ([Int], DType) throws -> Tensor) -> TensorOp {
    TensorOp(name, ["*size"] + factoryKeywords, function: false) { a, t throws(PyError) in
        let shape = try a.sizes(name), dt = try a.optionalDType("dtype") ?? t.dtype
        return try a.finish(try engine { try make(shape, dt) })
    }
}

/// An op returning several tensors split from the receiver by a count or by indices.
private func splitter(_ name: String, _ param: String, _ f: @escaping (Tensor, Either, Int) throws -> [Tensor]) -> TensorOp {
    TensorOp(name, [param, "dim?"], defaults: ["dim": .int(0)]) { a, t throws(PyError) in
        let v = a[param], d = try a.int("dim")
        let how: Either = isInteger(v) ? .count(try a.interp.toIndex(v)) : .indices(try shapeValue(v, a.interp))
        return wrap(try engine { try f(t, how, d) })
    }
}

private enum Either {
    case count(Int)
    case indices([Int])
}

private func numpySplitter(_ name: String) -> TensorOp {
    splitter(name, "indices_or_sections") { t, how, _ in
        switch how {
        case .count(let n): return try t.numpySplit(name, sections: n)
        case .indices(let i): return try t.numpySplit(name, indices: i)
        }
    }
}

/// scatter/scatter_ share their overloads: a tensor `src` or a number `value`; the result is
/// the op to apply to the receiver (or, in place, to its recorded copy).
private func scatterCall(_ a: Args, add: Bool) throws(PyError) -> (Tensor) throws(TensorError) -> Tensor {
    let d = try a.int("dim")
    guard let index = tensorPayload(a["index"]) else { throw argumentError(add ? "scatter_add" : "scatter", "index", a["index"]) }
    let source = a.optional("src") ?? a.optional("value") ?? .none
    // reduce='add' / 'multiply' (PyTorch's deprecated spelling of scatter_reduce).
    if let r = a.optional("reduce"), case .str(let name) = r {
        guard name == "add" || name == "multiply" else {
            throw PyError.runtimeError("reduce argument must be either add or multiply.")
        }
        let how: Tensor.ScatterReduction = name == "add" ? .sum : .prod
        let src = tensorPayload(source)
        let v = src == nil ? try scalar(source) : .int(0)
        return { t throws(TensorError) in
            var values: Tensor
            if let src { values = src } else { values = try Tensor.full(index.shape, v, dtype: t.dtype) }
            return try t.scatterReduce(d, index, values.to(t.dtype), how)
        }
    }
    if let src = tensorPayload(source) {
        return { t throws(TensorError) in add ? try t.scatterAdd(d, index, src) : try t.scatter(d, index, src) }
    }
    let v = try scalar(source)
    return { t throws(TensorError) in try t.scatter(d, index, value: v) }
}

/// scatter_reduce(_): `reduce` by name, `include_self` by keyword.
private func scatterReduceCall(_ a: Args) throws(PyError) -> (Tensor) throws(TensorError) -> Tensor {
    let d = try a.int("dim"), name = try a.string("reduce"), include = try a.bool("include_self")
    guard let index = tensorPayload(a["index"]) else { throw argumentError("scatter_reduce", "index", a["index"]) }
    guard let src = tensorPayload(a["src"]) else { throw argumentError("scatter_reduce", "src", a["src"]) }
    // PyTorch also takes 'max' and 'min' for amax and amin.
    let spelled = ["max": "amax", "min": "amin"][name] ?? name
    guard let how = Tensor.ScatterReduction(rawValue: spelled) else {
        throw PyError.runtimeError("reduce argument must be either sum, prod, mean, amax or amin, got \(name)")
    }
    return { t throws(TensorError) in try t.scatterReduce(d, index, src, how, includeSelf: include) }
}

func moreOps() -> [TensorOp] { [
    newFactory("new_ones") { try Tensor.ones($0, dtype: $1) },
    newFactory("new_zeros") { try Tensor.zeros($0, dtype: $1) },
    newFactory("new_empty") { try Tensor.empty($0, dtype: $1) },
    TensorOp("new_full", ["size", "fill_value"] + factoryKeywords, function: false) { a, t throws(PyError) in
        let shape = try shapeValue(a["size"], a.interp), v = try scalar(a["fill_value"])
        let dt = try a.optionalDType("dtype") ?? t.dtype
        return try a.finish(try engine { try Tensor.full(shape, v, dtype: dt) })
    },
    TensorOp("new_tensor", ["data"] + factoryKeywords, function: false) { a, t throws(PyError) in
        let dt = try a.optionalDType("dtype") ?? t.dtype
        if let u = tensorPayload(a["data"]) { return try a.finish(try engine { try u.detach().clone().to(dt) }) }
        return try a.finish(try NestedData(a["data"], a.interp).tensor(dtype: dt))
    },
    tensorBinary("type_as", function: false) { try $0.to($1.dtype) },
    TensorOp("clamp_min", ["min"]) { a, t throws(PyError) in
        let s = try scalar(a["min"])
        return wrap(try engine { try t.clampMin(s) })
    },
    TensorOp("clamp_max", ["max"]) { a, t throws(PyError) in
        let s = try scalar(a["max"])
        return wrap(try engine { try t.clampMax(s) })
    },
    TensorOp("nan_to_num", ["nan?", "posinf?", "neginf?"]) { a, t throws(PyError) in
        let nan = try a.optionalDouble("nan") ?? 0, pos = try a.optionalDouble("posinf"), neg = try a.optionalDouble("neginf")
        return wrap(try engine { try t.nanToNum(nan: nan, posinf: pos, neginf: neg) })
    },
    TensorOp("cumprod", ["dim", "*", "dtype?"]) { a, t throws(PyError) in
        let d = try a.int("dim"), dt = try a.optionalDType("dtype")
        return wrap(try engine { try t.cumprod(dim: d, dtype: dt) })
    },
    TensorOp("tril", ["diagonal?"], defaults: ["diagonal": .int(0)]) { a, t throws(PyError) in
        let k = try a.int("diagonal")
        return wrap(try engine { try t.tril(k) })
    },
    TensorOp("triu", ["diagonal?"], defaults: ["diagonal": .int(0)]) { a, t throws(PyError) in
        let k = try a.int("diagonal")
        return wrap(try engine { try t.triu(k) })
    },
    inPlace("tril_", ["diagonal?"], defaults: ["diagonal": .int(0)]) { a, t throws(PyError) in
        let k = try a.int("diagonal")
        _ = try engine { try t.applyInPlace { x throws(TensorError) in try x.tril(k) } }
    },
    inPlace("triu_", ["diagonal?"], defaults: ["diagonal": .int(0)]) { a, t throws(PyError) in
        let k = try a.int("diagonal")
        _ = try engine { try t.applyInPlace { x throws(TensorError) in try x.triu(k) } }
    },
    TensorOp("roll", ["shifts", "dims?"]) { a, t throws(PyError) in
        let shifts = try dimsValue(a["shifts"], a.interp)
        let dims = try a.optional("dims").flatMap { v throws(PyError) in v.isNone ? nil : try dimsValue(v, a.interp) } ?? []
        return wrap(try engine { try t.roll(shifts, dims: dims) })
    },
    TensorOp("flip", ["*dims"]) { a, t throws(PyError) in
        let dims = try a.sizes("flip")
        return wrap(try engine { try t.flip(dims) })
    },
    unary("fliplr") { try $0.flip([1]) },
    unary("flipud") { try $0.flip([0]) },
    TensorOp("repeat_interleave", ["repeats?", "dim?", "*", "output_size?"]) { a, t throws(PyError) in
        let d = try a.dim()
        guard let rv = a.optional("repeats"), !rv.isNone else { return wrap(try engine { try Tensor.repeatInterleave(t) }) }
        if let r = tensorPayload(rv) { return wrap(try engine { try t.repeatInterleave(r, dim: d) }) }
        let n = try a.int("repeats")
        return wrap(try engine { try t.repeatInterleave(n, dim: d) })
    },
    TensorOp("diff", ["n?", "dim?", "prepend?", "append?"], defaults: ["n": .int(1), "dim": .int(-1)]) { a, t throws(PyError) in
        let n = try a.int("n"), d = try a.int("dim")
        let pre = try a.optionalTensor("prepend"), app = try a.optionalTensor("append")
        return wrap(try engine { try t.diff(n: n, dim: d, prepend: pre, append: app) })
    },
    tensorBinary("kron") { try $0.kron($1) },
    tensorBinary("logaddexp") { try $0.logaddexp($1) },
    tensorBinary("hypot") { try $0.hypot($1) },
    splitter("tensor_split", "indices_or_sections") { t, how, d in
        switch how {
        case .count(let n): return try t.tensorSplit(sections: n, dim: d)
        case .indices(let i): return try t.tensorSplit(indices: i, dim: d)
        }
    },
    numpySplitter("hsplit"),
    numpySplitter("vsplit"),
    numpySplitter("dsplit"),
    tensorBinary("take", "index") { try $0.take($1) },
    TensorOp("index_fill", ["dim", "index", "value"]) { a, t throws(PyError) in
        let d = try a.int("dim"), v = try scalar(a["value"])
        guard let i = tensorPayload(a["index"]) else { throw argumentError("index_fill", "index", a["index"]) }
        return wrap(try engine { try t.indexFill(d, i, v) })
    },
    inPlace("index_fill_", ["dim", "index", "value"]) { a, t throws(PyError) in
        let d = try a.int("dim"), v = try scalar(a["value"])
        guard let i = tensorPayload(a["index"]) else { throw argumentError("index_fill_", "index", a["index"]) }
        _ = try engine { try t.applyInPlace { x throws(TensorError) in try x.indexFill(d, i, v) } }
    },
    TensorOp("scatter", ["dim", "index", "src?", "*", "value?", "reduce?"]) { a, t throws(PyError) in
        let f = try scatterCall(a, add: false)
        return wrap(try engine { try f(t) })
    },
    TensorOp("scatter_add", ["dim", "index", "src"]) { a, t throws(PyError) in
        let f = try scatterCall(a, add: true)
        return wrap(try engine { try f(t) })
    },
    inPlace("scatter_", ["dim", "index", "src?", "*", "value?", "reduce?"]) { a, t throws(PyError) in
        let f = try scatterCall(a, add: false)
        _ = try engine { try t.applyInPlace(f) }
    },
    inPlace("scatter_add_", ["dim", "index", "src"]) { a, t throws(PyError) in
        let f = try scatterCall(a, add: true)
        _ = try engine { try t.applyInPlace(f) }
    },
    TensorOp("multinomial", ["num_samples", "replacement?", "*", "generator?", "out?"], defaults: ["replacement": .bool(false)]) { a, t throws(PyError) in
        let n = try a.int("num_samples"), r = try a.bool("replacement"), g = try a.generator()
        return try a.writingOut(wrap(try engine { try t.multinomial(n, replacement: r, generator: g) }))
    },
    inPlace("exponential_", ["lambd?", "*", "generator?"], defaults: ["lambd": .float(1)]) { a, t throws(PyError) in
        let l = try a.double("lambd"), g = try a.generator()
        _ = try engine { try t.exponential_(lambd: l, generator: g) }
    },
    TensorOp("scatter_reduce", ["dim", "index", "src", "reduce", "*", "include_self?"], defaults: ["include_self": .bool(true)]) { a, t throws(PyError) in
        let f = try scatterReduceCall(a)
        return wrap(try engine { try f(t) })
    },
    inPlace("scatter_reduce_", ["dim", "index", "src", "reduce", "*", "include_self?"], defaults: ["include_self": .bool(true)]) { a, t throws(PyError) in
        let f = try scatterReduceCall(a)
        _ = try engine { try t.applyInPlace(f) }
    },
    TensorOp("bincount", ["weights?", "minlength?"], defaults: ["minlength": .int(0)]) { a, t throws(PyError) in
        let w = try a.optionalTensor("weights"), n = try a.int("minlength")
        return wrap(try engine { try t.bincount(weights: w, minlength: n) })
    },
] }

/// torch functions over a list of tensors or with the tensor not first.
func defineMoreFunctions(_ m: PyModule) {
    // std_mean and var_mean are torch functions only.
    for op in [
    TensorOp("std_mean", ["dim?", "unbiased?", "keepdim?", "*", "correction?"]) { a, t throws(PyError) in
        let dims = try a.dims(), c = try a.correction(), keep = try a.keepdim()
        let (s, m) = try engine { try t.stdMean(dims: dims, correction: c, keepdim: keep) }
        return .tuple([wrap(s), wrap(m)])
    },
    TensorOp("var_mean", ["dim?", "unbiased?", "keepdim?", "*", "correction?"]) { a, t throws(PyError) in
        let dims = try a.dims(), c = try a.correction(), keep = try a.keepdim()
        let (v, m) = try engine { try t.varMean(dims: dims, correction: c, keepdim: keep) }
        return .tuple([wrap(v), wrap(m)])
    },
    ] { op.defineFunction(in: m) }
    let stacks: [(String, ([Tensor]) throws(TensorError) -> Tensor)] = [
        ("hstack", Tensor.hstack), ("vstack", Tensor.vstack), ("row_stack", Tensor.vstack),
        ("column_stack", Tensor.columnStack), ("dstack", Tensor.dstack),
    ]
    for (name, join) in stacks {
        m.define(name, ["tensors", "*", "out?"]) { a throws(PyError) in
            let ts = try tensorList(a["tensors"], a.interp)
            return try a.writingOut(wrap(try engine { try join(ts) }))
        }
    }
    m.define("isin", ["elements", "test_elements", "*", "assume_unique?", "invert?"], defaults: ["invert": .bool(false)]) { a throws(PyError) in
        let e = try tensorOrScalar(a["elements"]), t = try tensorOrScalar(a["test_elements"]), inv = try a.bool("invert")
        return wrap(try engine { try Tensor.isin(e, t, invert: inv) })
    }
    m.define("searchsorted", ["sorted_sequence", "input", "*", "out_int32?", "right?", "side?", "sorter?", "out?"],
             defaults: ["out_int32": .bool(false), "right": .bool(false)]) { a throws(PyError) in
        guard let s = tensorPayload(a["sorted_sequence"]) else { throw argumentError("searchsorted", "sorted_sequence", a["sorted_sequence"]) }
        let v = try tensorOrScalar(a["input"]), i32 = try a.bool("out_int32")
        var right = try a.bool("right")
        if let side = a.optional("side"), case .str(let text) = side { right = text == "right" }
        return try a.writingOut(wrap(try engine { try Tensor.searchsorted(s, v, right: right, outInt32: i32) }))
    }
    m.define("bucketize", ["input", "boundaries", "*", "out_int32?", "right?", "out?"],
             defaults: ["out_int32": .bool(false), "right": .bool(false)]) { a throws(PyError) in
        guard let b = tensorPayload(a["boundaries"]) else { throw argumentError("bucketize", "boundaries", a["boundaries"]) }
        let v = try tensorOrScalar(a["input"]), i32 = try a.bool("out_int32"), right = try a.bool("right")
        return try a.writingOut(wrap(try engine { try Tensor.bucketize(v, b, right: right, outInt32: i32) }))
    }
}

/// A list or tuple of tensors, with PyTorch's message for anything else inside.
func tensorList(_ v: Value, _ interp: Interpreter) throws(PyError) -> [Tensor] {
    var ts: [Tensor] = []
    for item in try interp.toArray(v) {
        guard let t = tensorPayload(item) else {
            throw PyError.typeError("expected Tensor as element \(ts.count) in argument 0, but got \(typeName(item))")
        }
        ts.append(t)
    }
    return ts
}

/// A tensor, or a Python number as a 0-d tensor of its own dtype.
func tensorOrScalar(_ v: Value) throws(PyError) -> Tensor {
    if let t = tensorPayload(v) { return t }
    let s = try scalar(v)
    return try engine { try Tensor.full([], s, dtype: s.isFloatingPoint ? .float32 : s.dtype) }
}

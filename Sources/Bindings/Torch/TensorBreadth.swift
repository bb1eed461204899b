import Script
import Tensors

// More of PyTorch's tensor surface over existing engine ops: repeat/tile, diag/trace,
// infinity tests, index_add, broadcasting helpers, and the in-place forms of unary math.

/// In-place forms of elementwise ops (`abs_`, `log_`, ...): the op's result written back, with
/// the op's own grad_fn.
private func inPlaceUnary() -> [(String, (Tensor) throws(TensorError) -> Tensor)] { [
    ("abs_", { x throws(TensorError) in try x.abs() }), ("log_", { x throws(TensorError) in try x.log() }), ("log1p_", { x throws(TensorError) in try x.log1p() }),
    ("floor_", { x throws(TensorError) in try x.floor() }), ("ceil_", { x throws(TensorError) in try x.ceil() }), ("round_", { x throws(TensorError) in try x.round() }),
    ("trunc_", { x throws(TensorError) in try x.trunc() }), ("sign_", { x throws(TensorError) in try x.sign() }), ("cos_", { x throws(TensorError) in try x.cos() }),
    ("sin_", { x throws(TensorError) in try x.sin() }), ("tanh_", { x throws(TensorError) in try x.tanh() }), ("square_", { x throws(TensorError) in try x.square() }),
    ("reciprocal_", { x throws(TensorError) in try x.reciprocal() }), ("frac_", { x throws(TensorError) in try x.frac() }), ("rsqrt_", { x throws(TensorError) in try x.rsqrt() }),
    ("erf_", { x throws(TensorError) in try x.erf() }), ("log2_", { x throws(TensorError) in try x.log2() }), ("log10_", { x throws(TensorError) in try x.log10() }),
    ("expm1_", { x throws(TensorError) in try x.expm1() }), ("nan_to_num_", { x throws(TensorError) in try x.nanToNum() }),
] }

/// A method or function taking tensors as varargs or as one sequence (`meshgrid(a, b)` or
/// `meshgrid([a, b])`).
private func tensorArgs(_ a: Args) throws(PyError) -> [Tensor] {
    if a.positional.count == 1, tensorPayload(a.positional[0]) == nil { return try tensorList(a.positional[0], a.interp) }
    return try tensorList(.tuple(a.positional), a.interp)
}

func breadthOps() -> [TensorOp] {
    var ops: [TensorOp] = inPlaceUnary().map { name, f in
        inPlace(name) { _, t throws(PyError) in _ = try engine { try t.applyInPlace(f) } }
    }
    ops += [
        TensorOp("repeat", ["*sizes"], function: false) { a, t throws(PyError) in
            let s = try a.sizes("repeat")
            return wrap(try engine { try t.repeat(s) })
        },
        TensorOp("tile", ["dims"]) { a, t throws(PyError) in
            let s = try shapeValue(a["dims"], a.interp)
            return wrap(try engine { try t.tile(s) })
        },
        TensorOp("diag", ["diagonal?"], defaults: ["diagonal": .int(0)]) { a, t throws(PyError) in
            let k = try a.int("diagonal")
            return wrap(try engine { try t.diag(k) })
        },
        TensorOp("diag_embed", ["offset?", "dim1?", "dim2?"], defaults: ["offset": .int(0)]) { a, t throws(PyError) in
            let k = try a.int("offset")
            return wrap(try engine { try t.diagEmbed(offset: k) })
        },
        unary("trace") { try $0.trace() },
        unary("isinf") { try $0.isinf() },
        unary("isfinite") { try $0.isfinite() },
        unary("isposinf") { try $0.eq(.double(.infinity)) },
        unary("isneginf") { try $0.eq(.double(-.infinity)) },
        unary("ravel") { try $0.contiguous().view([-1]) },
        unary("argwhere") { try $0.nonzero() },
        TensorOp("positive") { a, t throws(PyError) in
            if t.dtype == .bool { throw PyError.typeError("The `+` operator, on a bool tensor is not supported.") }
            return a[0]
        },
        TensorOp("count_nonzero", ["dim?"]) { a, t throws(PyError) in
            let dims = try a.dims()
            return wrap(try engine { try t.countNonzero(dims: dims) })
        },
        TensorOp("broadcast_to", ["size"]) { a, t throws(PyError) in
            let s = try shapeValue(a["size"], a.interp)
            return wrap(try engine { try t.expand(s) })
        },
        TensorOp("float_power", ["exponent"]) { a, t throws(PyError) in
            guard let o = try Operand(a["exponent"]) else { throw argumentError("float_power", "exponent", a["exponent"]) }
            return wrap(try engine {
                let x = try t.to(.float64)
                return try o.apply(x, { try x.pow($0.to(.float64)) }, { try x.pow(.double($0.doubleValue)) })
            })
        },
        TensorOp("take_along_dim", ["indices", "dim?"]) { a, t throws(PyError) in
            guard let i = tensorPayload(a["indices"]) else { throw argumentError("take_along_dim", "indices", a["indices"]) }
            let d = try a.dim()
            return wrap(try engine { try t.takeAlongDim(i, dim: d) })
        },
        TensorOp("index_add", ["dim", "index", "source", "*", "alpha?"]) { a, t throws(PyError) in
            let (d, i, s, alpha) = try indexAddArguments(a)
            return wrap(try engine { try t.indexAdd(d, i, s, alpha: alpha) })
        },
        inPlace("index_add_", ["dim", "index", "source", "*", "alpha?"]) { a, t throws(PyError) in
            let (d, i, s, alpha) = try indexAddArguments(a)
            _ = try engine { try t.applyInPlace(inputs: [s]) { x throws(TensorError) in try x.indexAdd(d, i, s, alpha: alpha) } }
        },
        TensorOp("index_copy", ["dim", "index", "source"]) { a, t throws(PyError) in
            let (d, i, s) = try (a.int("dim"), a.tensor("index", function: "index_copy"), a.tensor("source", function: "index_copy"))
            return wrap(try engine { try t.indexCopy(d, i, s) })
        },
        inPlace("index_copy_", ["dim", "index", "source"]) { a, t throws(PyError) in
            let (d, i, s) = try (a.int("dim"), a.tensor("index", function: "index_copy_"), a.tensor("source", function: "index_copy_"))
            _ = try engine { try t.applyInPlace(inputs: [s]) { x throws(TensorError) in try x.indexCopy(d, i, s) } }
        },
        TensorOp("masked_scatter", ["mask", "source"]) { a, t throws(PyError) in
            let (m, s) = try (a.tensor("mask", function: "masked_scatter"), a.tensor("source", function: "masked_scatter"))
            return wrap(try engine { try t.maskedScatter(m, s) })
        },
        inPlace("masked_scatter_", ["mask", "source"]) { a, t throws(PyError) in
            let (m, s) = try (a.tensor("mask", function: "masked_scatter_"), a.tensor("source", function: "masked_scatter_"))
            _ = try engine { try t.applyInPlace(inputs: [s]) { x throws(TensorError) in try x.maskedScatter(m, s) } }
        },
        inPlace("clamp_min_", ["min"]) { a, t throws(PyError) in
            let s = try scalar(a["min"])
            _ = try engine { try t.applyInPlace { x throws(TensorError) in try x.clampMin(s) } }
        },
        inPlace("clamp_max_", ["max"]) { a, t throws(PyError) in
            let s = try scalar(a["max"])
            _ = try engine { try t.applyInPlace { x throws(TensorError) in try x.clampMax(s) } }
        },
    ]
    return ops
}

private func indexAddArguments(_ a: Args) throws(PyError) -> (Int, Tensor, Tensor, Scalar) {
    let d = try a.int("dim")
    guard let i = tensorPayload(a["index"]) else { throw argumentError("index_add", "index", a["index"]) }
    guard let s = tensorPayload(a["source"]) else { throw argumentError("index_add", "source", a["source"]) }
    return (d, i, s, try a.optionalScalar("alpha") ?? .int(1))
}

func defineBreadthFunctions(_ m: PyModule) {
    m.define("broadcast_tensors", ["*tensors"]) { a throws(PyError) in
        let ts = try tensorArgs(a)
        return wrap(try engine { try Tensor.broadcastTensors(ts) })
    }
    m.define("meshgrid", ["*tensors", "indexing?"]) { a throws(PyError) in
        let ts = try tensorArgs(a)
        var indexing = "ij"
        if let v = a.optional("indexing"), case .str(let s) = v { indexing = s }
        return wrap(try engine { try Tensor.meshgrid(ts, indexing: indexing) })
    }
    for n in 1...3 {
        m.define("atleast_\(n)d", ["*tensors"]) { a throws(PyError) in
            let ts = try tensorArgs(a)
            let out = try engine { try ts.map { t throws(TensorError) in try t.atLeast(n) } }
            if a.positional.count == 1, tensorPayload(a.positional[0]) != nil { return wrap(out[0]) }
            return wrap(out)
        }
    }
    m.define("cartesian_prod", ["*tensors"]) { a throws(PyError) in
        let ts = try tensorArgs(a)
        return wrap(try engine { try Tensor.cartesianProduct(ts) })
    }
    m.define("is_nonzero", ["input"]) { a throws(PyError) in
        let t = try a.tensor("input", function: "is_nonzero")
        guard t.numel == 1 else {
            throw PyError.runtimeError(t.numel == 0 ? "Boolean value of Tensor with no values is ambiguous" : "Boolean value of Tensor with more than one value is ambiguous")
        }
        return .bool(try engine { try t.reshape([]).item().boolValue })
    }
    m.define("result_type", ["tensor1", "tensor2"]) { a throws(PyError) in
        let x = try tensorOrScalar(a["tensor1"]), y = a["tensor2"]
        if let u = tensorPayload(y) { return wrap(Tensor.promotedType(x, u)) }
        return wrap(Tensor.promotedType(x, try scalar(y)))
    }
    m.define("promote_types", ["type1", "type2"]) { a throws(PyError) in
        wrap(DType.promote(try dtype(of: a["type1"]), try dtype(of: a["type2"])))
    }
    m.define("get_default_dtype", []) { _ throws(PyError) in wrap(DType.float32) }
}

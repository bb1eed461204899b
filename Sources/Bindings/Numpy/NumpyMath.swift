import Script
import Tensors

// Elementwise functions (`np.exp`, `np.maximum`, `np.clip`, `np.where`, ...) and joins
// (`np.concatenate`, `np.stack`).

func arrayElementwiseOps() -> [ArrayOp] {
    let floatingUfuncs: [(String, (Tensor) throws -> Tensor)] = [
        ("exp", { try $0.exp() }), ("log", { try $0.log() }),
        ("sqrt", { try $0.sqrt() }), ("sin", { try $0.sin() }), ("cos", { try $0.cos() }),
        ("tanh", { try $0.tanh() }), ("rint", { try $0.round() }),
    ]
    // NumPy 2 rounds integers and bools to themselves.
    let roundingUfuncs: [(String, (Tensor) throws -> Tensor)] = [
        ("floor", { try $0.floor() }), ("ceil", { try $0.ceil() }), ("trunc", { try $0.trunc() }),
    ]
    let sameTypeUfuncs: [(String, (Tensor) throws -> Tensor)] = [
        ("square", { try $0.square() }), ("abs", { try $0.abs() }), ("absolute", { try $0.abs() }),
        ("negative", { try notBool($0, "negative").neg() }), ("sign", { try notBool($0, "sign").sign() }),
        ("isnan", { try $0.isnan() }),
        ("logical_not", { try $0.logicalNot() }),
    ]
    var ops = libmUfuncs()
    ops += floatingUfuncs.map { ArrayOp($0.0, ["out?"], method: false, floatingUnary($0.1)) }
    ops += sameTypeUfuncs.map { ArrayOp($0.0, ["out?"], method: false, sameTypeUnary($0.1)) }
    ops += roundingUfuncs.map { name, f in ArrayOp(name, ["out?"], method: false, sameTypeUnary { try $0.isFloatingPoint ? f($0) : $0.clone() }) }
    ops.append(ArrayOp("round", ["decimals?"], defaults: ["decimals": .int(0)]) { a, t throws(PyError) in
        let decimals = try a.int("decimals")
        guard decimals != 0, t.isFloatingPoint else { return ufuncResult(a, try engine { try t.isFloatingPoint ? t.round() : t.clone() }) }
        var scale = 1.0
        for _ in 0..<min(decimals.magnitude, 400) { scale *= 10 }
        // As NumPy: scale up, round half to even, scale back (dividing first for negative decimals).
        let s = Scalar.double(scale)
        return ufuncResult(a, try engine { decimals > 0 ? try t.mul(s).round().div(s) : try t.div(s).round().mul(s) })
    })
    // np.clip(a, a_min, a_max) needs both bounds (None for none); a.clip(min, max) needs one.
    ops.append(ArrayOp("clip", ["a_min", "a_max"], method: false) { a, t throws(PyError) in
        let r = try clip(t, a["a_min"], a["a_max"], a.interp)
        return tensorPayload(a[0]) != nil ? numpyPayload(r).map { wrap($0.tensor) } ?? r : r
    })
    ops.append(ArrayOp("clip", ["min?", "max?"], function: false) { a, t throws(PyError) in
        try clip(t, a["min"], a["max"], a.interp)
    })
    return ops
}

/// NumPy has no bool loop for `negative` and `sign`.
private func notBool(_ t: Tensor, _ ufunc: String) throws -> Tensor {
    guard t.dtype == .bool else { return t }
    if ufunc == "negative" {
        throw PyError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
    }
    throw PyError(UFuncNoLoopErrorClass, "ufunc '\(ufunc)' did not contain a loop with signature matching types <class 'numpy.dtypes.BoolDType'> -> None")
}

private func clip(_ t: Tensor, _ lo: Value, _ hi: Value, _ interp: Interpreter) throws(PyError) -> Value {
    if lo.isNone && hi.isNone { throw PyError.valueError("One of max or min must be given") }
    var r = wrapResult(t)
    if !lo.isNone { r = try applyBinary(r, lo, interp) { try $0.maximum($1) } }
    if !hi.isNone { r = try applyBinary(r, hi, interp) { try $0.minimum($1) } }
    return r
}

/// A ufunc given a tensor operand returns a tensor (PyTorch's `__array_wrap__`).
private func tensorWrapped(_ a: Args, _ result: Value) -> Value {
    guard tensorPayload(a[0]) != nil || tensorPayload(a[1]) != nil, let r = numpyPayload(result) else { return result }
    return wrap(r.tensor)
}

/// Two-operand functions on `np`: the operators' ufuncs by name, maximum, minimum, ...
func defineBinaryFunctions(_ m: PyModule) {
    var functions = binaryUfuncs().map { ($0.ufunc, $0.kind, $0.f) }
    functions += [
        ("divide", .division, { try $0.div($1) }), ("mod", .arithmetic, numpyRemainder),
        ("maximum", .arithmetic, { try $0.maximum($1) }), ("minimum", .arithmetic, { try $0.minimum($1) }),
        ("logical_and", .comparison, { try $0.logicalAnd($1) }), ("logical_or", .comparison, { try $0.logicalOr($1) }),
        ("logical_xor", .comparison, { try $0.logicalXor($1) }),
    ]
    for (name, kind, f) in functions {
        m.define(name, ["x1", "x2", "out?"]) { a throws(PyError) in
            let result = tensorWrapped(a, try applyBinary(a[0], a[1], a.interp, kind, f))
            guard let out = a.optional("out"), !out.isNone else { return result }
            return try storeUfuncOut(result, into: out, ufunc: name)
        }
    }
    m.define("matmul", ["x1", "x2"]) { a throws(PyError) in tensorWrapped(a, try arrayMatmul(a[0], a[1], a.interp)) }
    m.define("dot", ["a", "b"]) { a throws(PyError) in try arrayDot(a[0], a[1], a.interp) }
    m.define("where", ["condition", "x?", "y?"]) { a throws(PyError) in
        let condition = try asTensor(a[0], a.interp, dtype: .bool)
        guard let xv = a.optional("x"), let yv = a.optional("y") else { return try nonzeroIndices(condition) }
        let x = try UfuncOperand(xv, a.interp), y = try UfuncOperand(yv, a.interp)
        _ = try broadcastShape([condition.shape, x.tensor.shape, y.tensor.shape])
        let d = resultDType(x, y)
        return wrapResult(try engine { try Tensor.where(condition, x.tensor.to(d), y.tensor.to(d)) })
    }
    m.define("allclose", ["a", "b", "rtol?", "atol?", "equal_nan?"], defaults: ["rtol": .float(1e-5), "atol": .float(1e-8)]) { a throws(PyError) in
        let x = try asTensor(a[0], a.interp, dtype: .float64), y = try asTensor(a[1], a.interp, dtype: .float64)
        let rtol = try a.double("rtol"), atol = try a.double("atol")
        _ = try broadcastShape(x.shape, y.shape)
        return .bool(try engine { try x.sub(y).abs().le(y.abs().mul(.double(rtol)).add(.double(atol))).all().item().boolValue })
    }
    m.define("isclose", ["a", "b", "rtol?", "atol?"], defaults: ["rtol": .float(1e-5), "atol": .float(1e-8)]) { a throws(PyError) in
        let x = try asTensor(a[0], a.interp, dtype: .float64), y = try asTensor(a[1], a.interp, dtype: .float64)
        let rtol = try a.double("rtol"), atol = try a.double("atol")
        _ = try broadcastShape(x.shape, y.shape)
        return wrapResult(try engine { try x.sub(y).abs().le(y.abs().mul(.double(rtol)).add(.double(atol))) })
    }
    m.define("outer", ["a", "b"]) { a throws(PyError) in
        let x = try asTensor(a[0], a.interp), y = try asTensor(a[1], a.interp)
        let column = wrapArray(try engine { try x.reshape([x.numel, 1]) }), row = wrapArray(try engine { try y.reshape([y.numel]) })
        return try applyBinary(column, row, a.interp) { try $0.mul($1) }
    }
    m.define("count_nonzero", ["a", "axis?"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp, dtype: .bool)
        return wrapResult(try engine { try t.sum(dims: try a.axes(of: t)) })
    }
    m.define("array_equal", ["a1", "a2"]) { a throws(PyError) in
        let x = try asTensor(a[0], a.interp), y = try asTensor(a[1], a.interp)
        guard x.shape == y.shape else { return .bool(false) }
        let d = numpyPromote(x.dtype, y.dtype)
        return .bool(try engine { try x.to(d).eq(y.to(d)).all().item().boolValue })
    }
}

/// `np.nonzero(a)`: one index array per dimension.
func nonzeroIndices(_ t: Tensor) throws(PyError) -> Value {
    let mask = try engine { try t.to(.bool) }
    if mask.dim == 0 { throw PyError.valueError("Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr.nonzero()`, then use `arr.ravel().nonzero()` instead.") }
    let positions = try engine { try mask.nonzero() }
    return .tuple(try engine { try positions.unbind(dim: 1) }.map(wrapArray))
}

/// `np.concatenate`, `np.stack`, `np.vstack`, `np.hstack` with NumPy's checks and promotion.
func defineJoins(_ m: PyModule) {
    func arrays(_ a: Args) throws(PyError) -> [Tensor] {
        var out: [Tensor] = []
        for v in try a.interp.toArray(a[0]) { out.append(try asTensor(v, a.interp)) }
        guard let first = out.first else { throw PyError.valueError("need at least one array to concatenate") }
        let d = out.dropFirst().reduce(first.dtype) { numpyPromote($0, $1.dtype) }
        return try engine { try out.map { try $0.to(d) } }
    }
    func concatenate(_ ts: [Tensor], _ axis: Int) throws(PyError) -> Value {
        guard let first = ts.first else { return .none }
        if first.dim == 0 { throw PyError.valueError("zero-dimensional arrays cannot be concatenated") }
        let d = try normalizeAxis(axis, first.dim)
        for (i, t) in ts.enumerated().dropFirst() {
            guard t.dim == first.dim else {
                throw PyError.valueError("all the input arrays must have same number of dimensions, but the array at index 0 has \(first.dim) dimension(s) and the array at index \(i) has \(t.dim) dimension(s)")
            }
            for k in 0..<t.dim where k != d && t.shape[k] != first.shape[k] {
                throw PyError.valueError("all the input array dimensions except for the concatenation axis must match exactly, but along dimension \(k), the array at index 0 has size \(first.shape[k]) and the array at index \(i) has size \(t.shape[k])")
            }
        }
        return wrapArray(try engine { try Tensor.cat(ts, dim: d) })
    }
    m.define("concatenate", ["arrays", "axis?"], defaults: ["axis": .int(0)]) { a throws(PyError) in
        let ts = try arrays(a)
        if a["axis"].isNone { return try concatenate(try engine { try ts.map { try $0.reshape([$0.numel]) } }, 0) }
        return try concatenate(ts, try a.int("axis"))
    }
    m.define("stack", ["arrays", "axis?"], defaults: ["axis": .int(0)]) { a throws(PyError) in
        let ts = try arrays(a)
        guard let first = ts.first, ts.allSatisfy({ $0.shape == first.shape }) else {
            throw PyError.valueError("all input arrays must have the same shape")
        }
        let d = try normalizeAxis(try a.int("axis"), first.dim + 1)
        return wrapArray(try engine { try Tensor.stack(ts, dim: d) })
    }
    m.define("vstack", ["tup"]) { a throws(PyError) in
        try concatenate(try engine { try arrays(a).map { $0.dim < 2 ? try $0.reshape([1, $0.numel]) : $0 } }, 0)
    }
    m.define("hstack", ["tup"]) { a throws(PyError) in
        let ts = try engine { try arrays(a).map { $0.dim == 0 ? try $0.reshape([1]) : $0 } }
        return try concatenate(ts, (ts.first?.dim ?? 1) == 1 ? 0 : 1)
    }
}

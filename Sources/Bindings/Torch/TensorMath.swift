import Script
import Tensors

// Elementwise math, comparisons and matrix products, as tensor methods and torch functions.

func mathOps() -> [TensorOp] { [
    unary("exp") { try $0.exp() },
    unary("log") { try $0.log() },
    unary("log1p") { try $0.log1p() },
    unary("sqrt") { try $0.sqrt() },
    unary("rsqrt") { try $0.rsqrt() },
    unary("sin") { try $0.sin() },
    unary("cos") { try $0.cos() },
    unary("tanh") { try $0.tanh() },
    unary("sigmoid") { try $0.sigmoid() },
    unary("reciprocal") { try $0.reciprocal() },
    unary("erf") { try $0.erf() },
    unary("tan") { try $0.tan() },
    unary("asin") { try $0.asin() },
    unary("arcsin") { try $0.asin() },
    unary("acos") { try $0.acos() },
    unary("arccos") { try $0.acos() },
    unary("atan") { try $0.atan() },
    unary("arctan") { try $0.atan() },
    unary("sinh") { try $0.sinh() },
    unary("cosh") { try $0.cosh() },
    unary("expm1") { try $0.expm1() },
    unary("exp2") { try $0.exp2() },
    unary("log2") { try $0.log2() },
    unary("log10") { try $0.log10() },
    unary("frac") { try $0.frac() },
    unary("neg") { try $0.neg() },
    unary("negative") { try $0.neg() },
    unary("abs") { try $0.abs() },
    unary("relu") { try $0.relu() },
    unary("square") { try $0.square() },
    unary("sign") { try $0.sign() },
    unary("floor") { try $0.floor() },
    unary("ceil") { try $0.ceil() },
    unary("trunc") { try $0.trunc() },
    unary("isnan") { try $0.isnan() },
    unary("logical_not") { try $0.logicalNot() },
    unary("bitwise_not") { try $0.bitwiseNot() },
    TensorOp("round", ["decimals?"]) { a, t throws(PyError) in
        let decimals = try a.optionalInt("decimals") ?? 0
        if decimals == 0 { return wrap(try engine { try t.round() }) }
        let scale = pow10(decimals)
        return wrap(try engine { try t.mul(.double(scale)).round().div(.double(scale)) })
    },
    TensorOp("clamp", ["min?", "max?"], clamp),
    TensorOp("clip", ["min?", "max?"], clamp),
    TensorOp("add", ["other", "*", "alpha?"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("add", "other", a["other"]) }
        let alpha = try a.optionalScalar("alpha") ?? .int(1)
        return wrap(try engine {
            switch o {
            case .tensor(let u): return try t.add(u, alpha: alpha)
            case .scalar(let s): return try t.add(s, alpha: alpha)
            }
        })
    },
    TensorOp("sub", ["other", "*", "alpha?"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("sub", "other", a["other"]) }
        let alpha = try a.optionalScalar("alpha") ?? .int(1)
        return wrap(try engine {
            switch o {
            case .tensor(let u): return try t.sub(u, alpha: alpha)
            case .scalar(let s): return try t.sub(s, alpha: alpha)
            }
        })
    },
    binary("mul", "other", Forward.mul),
    binary("multiply", "other", Forward.mul),
    TensorOp("div", ["other", "*", "rounding_mode?"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("div", "other", a["other"]) }
        var mode: String?
        if let m = a.optional("rounding_mode"), case .str(let s) = m { mode = s }
        return wrap(try engine { try o.apply(t, { try t.div($0, roundingMode: mode) }, { try t.div($0, roundingMode: mode) }) })
    },
    binary("true_divide", "other", Forward.div),
    binary("pow", "exponent", Forward.pow),
    binary("floor_divide", "other", Forward.floorDivide),
    binary("remainder", "other", Forward.remainder),
    binary("bitwise_and", "other", Forward.bitwiseAnd),
    binary("bitwise_or", "other", Forward.bitwiseOr),
    binary("bitwise_xor", "other", Forward.bitwiseXor),
    TensorOp("addcmul", ["tensor1", "tensor2", "*", "value?"]) { a, t throws(PyError) in
        guard let t1 = tensorPayload(a["tensor1"]), let t2 = tensorPayload(a["tensor2"]) else { throw argumentError("addcmul", "tensor1", a["tensor1"]) }
        let v = try a.optionalScalar("value") ?? .int(1)
        return wrap(try engine { try t.addcmul(t1, t2, value: v) })
    },
    TensorOp("addcdiv", ["tensor1", "tensor2", "*", "value?"]) { a, t throws(PyError) in
        guard let t1 = tensorPayload(a["tensor1"]), let t2 = tensorPayload(a["tensor2"]) else { throw argumentError("addcdiv", "tensor1", a["tensor1"]) }
        let v = try a.optionalScalar("value") ?? .int(1)
        return wrap(try engine { try t.addcdiv(t1, t2, value: v) })
    },
    TensorOp("lerp", ["end", "weight"]) { a, t throws(PyError) in
        guard let e = tensorPayload(a["end"]) else { throw argumentError("lerp", "end", a["end"]) }
        let w = try a.double("weight")
        return wrap(try engine { try t.lerp(e, weight: w) })
    },
    tensorBinary("maximum") { try $0.maximum($1) },
    tensorBinary("atan2") { try $0.atan2($1) },
    tensorBinary("arctan2") { try $0.atan2($1) },
    binary("fmod") { t, o in try o.apply(t, { try t.fmod($0) }, { try t.fmod($0) }) },
    tensorBinary("minimum") { try $0.minimum($1) },
    binary("eq", "other", Forward.eq),
    binary("ne", "other", Forward.ne),
    binary("lt", "other", Forward.lt),
    binary("le", "other", Forward.le),
    binary("gt", "other", Forward.gt),
    binary("ge", "other", Forward.ge),
    tensorBinary("logical_and") { try $0.logicalAnd($1) },
    tensorBinary("logical_or") { try $0.logicalOr($1) },
    tensorBinary("logical_xor") { try $0.logicalXor($1) },
    tensorBinary("matmul") { try $0.matmul($1) },
    tensorBinary("mm", "mat2") { try $0.mm($1) },
    tensorBinary("bmm", "mat2") { try $0.bmm($1) },
    tensorBinary("mv", "vec") { try $0.mv($1) },
    tensorBinary("dot", "tensor") { try $0.dot($1) },
    tensorBinary("outer", "vec2") { try $0.outer($1) },
    TensorOp("equal", ["other"]) { a, t throws(PyError) in
        guard let u = tensorPayload(a["other"]) else { throw argumentError("equal", "other", a["other"]) }
        return .bool(try engine { try t.equal(u) })
    },
    TensorOp("allclose", ["other", "rtol?", "atol?", "equal_nan?"]) { a, t throws(PyError) in
        guard let u = tensorPayload(a["other"]) else { throw argumentError("allclose", "other", a["other"]) }
        let rtol = try a.optionalDouble("rtol") ?? 1e-5, atol = try a.optionalDouble("atol") ?? 1e-8
        return .bool(try engine { try allclose(t, u, rtol: rtol, atol: atol) })
    },
    TensorOp("isclose", ["other", "rtol?", "atol?", "equal_nan?"]) { a, t throws(PyError) in
        guard let u = tensorPayload(a["other"]) else { throw argumentError("isclose", "other", a["other"]) }
        let rtol = try a.optionalDouble("rtol") ?? 1e-5, atol = try a.optionalDouble("atol") ?? 1e-8
        return wrap(try engine { try isclose(t, u, rtol: rtol, atol: atol) })
    },
] }

/// clamp and its alias clip (PyTorch names the error after clamp for both).
private func clamp(_ a: Args, _ t: Tensor) throws(PyError) -> Value {
    let lo = try a.optionalScalar("min"), hi = try a.optionalScalar("max")
    if lo == nil && hi == nil { throw PyError.runtimeError("torch.clamp: At least one of 'min' or 'max' must not be None") }
    return wrap(try engine { try t.clamp(min: lo, max: hi) })
}

/// |a - b| <= atol + rtol * |b|, elementwise (PyTorch's isclose without equal_nan).
private func isclose(_ a: Tensor, _ b: Tensor, rtol: Double, atol: Double) throws -> Tensor {
    let d = try a.sub(b).abs()
    return try d.le(b.abs().mul(.double(rtol)).add(.double(atol)))
}

private func allclose(_ a: Tensor, _ b: Tensor, rtol: Double, atol: Double) throws -> Bool {
    try isclose(a, b, rtol: rtol, atol: atol).all().item().boolValue
}

private func pow10(_ n: Int) -> Double {
    var x = 1.0
    for _ in 0..<Swift.min(Swift.abs(n), 308) { x *= 10 }
    return n < 0 ? 1 / x : x
}

func argumentError(_ function: String, _ param: String, _ v: Value) -> PyError {
    PyError.typeError("\(function)(): argument '\(param)' (position 1) must be Tensor, not \(typeName(v))")
}

extension Operand {
    /// The engine call for this operand's kind.
    func apply(_ t: Tensor, _ tensor: (Tensor) throws -> Tensor, _ scalar: (Scalar) throws -> Tensor) throws -> Tensor {
        switch self {
        case .tensor(let u): return try tensor(u)
        case .scalar(let s): return try scalar(s)
        }
    }
}

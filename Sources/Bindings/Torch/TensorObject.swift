import Script
import Tensors

// The tensor as a Python object: repr, properties, conversions to Python values, autograd
// entry points, dtype conversion and in-place updates.

private func tolist(_ t: Tensor) throws(PyError) -> Value {
    let flat = try engine { try t.contiguous().scalars() }
    if t.dim == 0 { return flat.first.map(pythonValue) ?? .none }
    var k = 0
    func build(_ d: Int) -> Value {
        if d == t.dim - 1 {
            let n = t.shape[d]
            let items = flat[k..<(k + n)].map(pythonValue)
            k += n
            return .list(PyList(Array(items)))
        }
        return .list(PyList((0..<t.shape[d]).map { _ in build(d + 1) }))
    }
    return build(0)
}

/// The one Python number inside a one-element tensor (`float(t)`, `t.item()`).
private func item(_ t: Tensor) throws(PyError) -> Scalar {
    guard t.numel == 1 else {
        throw PyError.runtimeError("a Tensor with \(t.numel) elements cannot be converted to Scalar")
    }
    return try engine { try t.reshape([]).item() }
}

/// `x.to(...)`: a dtype, a device, a tensor (its dtype), by position or keyword.
private func convertTarget(_ a: Args) throws(PyError) -> DType? {
    var result: DType?
    for v in a.positional + a.keywords.filter { $0.0 == "dtype" || $0.0 == "device" }.map({ $0.1 }) {
        if let t = tensorPayload(v) { result = t.dtype; continue }
        if case .instance(let i) = v, i.payload is DType { result = try dtype(of: v); continue }
        if case .cls = v { result = try dtype(of: v); continue }
        try checkDevice(v)
    }
    return result
}

func objectOps() -> [TensorOp] { [
    TensorOp("item", function: false) { _, t throws(PyError) in pythonValue(try item(t)) },
    TensorOp("tolist", function: false) { _, t throws(PyError) in try tolist(t) },
    TensorOp("dim", function: false) { _, t throws(PyError) in .int(t.dim) },
    TensorOp("ndimension", function: false) { _, t throws(PyError) in .int(t.dim) },
    TensorOp("numel") { _, t throws(PyError) in .int(t.numel) },
    TensorOp("nelement", function: false) { _, t throws(PyError) in .int(t.numel) },
    TensorOp("element_size", function: false) { _, t throws(PyError) in .int(t.dtype.itemSize) },
    TensorOp("is_floating_point") { _, t throws(PyError) in .bool(t.isFloatingPoint) },
    TensorOp("is_contiguous", function: false) { _, t throws(PyError) in .bool(t.isContiguous) },
    TensorOp("size", ["dim?"], function: false) { a, t throws(PyError) in
        guard let d = try a.dim() else { return wrapSize(t.shape) }
        return .int(try engine { try t.size(d) })
    },
    TensorOp("stride", ["dim?"], function: false) { a, t throws(PyError) in
        guard let d = try a.dim() else { return .tuple(t.strides.map { .int($0) }) }
        return .int(try engine { try t.stride(d) })
    },
    unary("float", function: false) { try $0.float() },
    unary("double", function: false) { try $0.double() },
    unary("long", function: false) { try $0.long() },
    unary("int", function: false) { try $0.int() },
    unary("bool", function: false) { try $0.bool() },
    unary("byte", function: false) { try $0.byte() },
    unary("half", function: false) { try $0.float() },
    TensorOp("cpu", function: false) { a, _ throws(PyError) in a[0] },
    TensorOp("cuda", ["*args", "**kwargs"], function: false) { _, _ throws(PyError) in throw noCUDA() },
    TensorOp("to", ["*args", "**kwargs"], function: false) { a, t throws(PyError) in
        guard let d = try convertTarget(a), d != t.dtype else { return a[0] }
        return wrap(try engine { try t.to(d) })
    },
    TensorOp("type", ["dtype?"], function: false) { a, t throws(PyError) in
        guard let v = a.optional("dtype"), !v.isNone else { return .str("torch.\(legacyTypeName(t.dtype))") }
        if case .str(let s) = v {
            guard let d = DType.allCases.first(where: { "torch.\(legacyTypeName($0))" == s }) else {
                throw PyError.valueError("invalid type: '\(s)'")
            }
            return wrap(try engine { try t.to(d) })
        }
        let d = try dtype(of: v)
        return wrap(try engine { try t.to(d) })
    },
    TensorOp("backward", ["gradient?", "retain_graph?", "create_graph?", "inputs?"], function: false) { a, t throws(PyError) in
        let g = try a.optionalTensor("gradient")
        var retain = false
        if let r = a.optional("retain_graph"), !r.isNone { retain = try a.interp.truthy(r) }
        try engine { try t.backward(gradient: g, retainGraph: retain) }
        return .none
    },
    TensorOp("requires_grad_", ["requires_grad?"], defaults: ["requires_grad": .bool(true)], function: false) { a, t throws(PyError) in
        let flag = try a.bool("requires_grad")
        try setRequiresGrad(t, flag)
        return a[0]
    },
    TensorOp("retain_grad", function: false) { _, t throws(PyError) in
        try engine { try t.retainGrad() }
        return .none
    },
    inPlace("zero_") { _, t throws(PyError) in _ = try engine { try t.zero_() } },
    inPlace("fill_", ["value"]) { a, t throws(PyError) in
        let s = try scalar(a["value"])
        _ = try engine { try t.fill_(s) }
    },
    inPlace("copy_", ["src", "non_blocking?"]) { a, t throws(PyError) in
        guard let src = tensorPayload(a["src"]) else { throw argumentError("copy_", "src", a["src"]) }
        _ = try engine { try t.copy_(src) }
    },
    inPlace("add_", ["other", "*", "alpha?"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("add_", "other", a["other"]) }
        let alpha = try a.optionalScalar("alpha") ?? .int(1)
        _ = try engine { try o.apply(t, { try t.add_($0, alpha: alpha) }, { try t.add_($0, alpha: alpha) }) }
    },
    inPlace("sub_", ["other", "*", "alpha?"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("sub_", "other", a["other"]) }
        let alpha = try a.optionalScalar("alpha") ?? .int(1)
        _ = try engine { try o.apply(t, { try t.sub_($0, alpha: alpha) }, { try t.sub_($0, alpha: alpha) }) }
    },
    inPlace("mul_", ["other"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("mul_", "other", a["other"]) }
        _ = try engine { try o.apply(t, { try t.mul_($0) }, { try t.mul_($0) }) }
    },
    inPlace("div_", ["other"]) { a, t throws(PyError) in
        guard let o = try Operand(a["other"]) else { throw argumentError("div_", "other", a["other"]) }
        _ = try engine { try o.apply(t, { try t.div_($0) }, { try t.div_($0) }) }
    },
    inPlace("pow_", ["exponent"]) { a, t throws(PyError) in
        let s = try scalar(a["exponent"])
        _ = try engine { try t.pow_(s) }
    },
    inPlace("clamp_", ["min?", "max?"]) { a, t throws(PyError) in
        let lo = try a.optionalScalar("min"), hi = try a.optionalScalar("max")
        _ = try engine { try t.clamp_(min: lo, max: hi) }
    },
    inPlace("neg_") { _, t throws(PyError) in _ = try engine { try t.neg_() } },
    inPlace("relu_") { _, t throws(PyError) in _ = try engine { try t.relu_() } },
    inPlace("sigmoid_") { _, t throws(PyError) in _ = try engine { try t.sigmoid_() } },
    inPlace("exp_") { _, t throws(PyError) in _ = try engine { try t.exp_() } },
    inPlace("sqrt_") { _, t throws(PyError) in _ = try engine { try t.sqrt_() } },
    inPlace("masked_fill_", ["mask", "value"]) { a, t throws(PyError) in
        guard let m = tensorPayload(a["mask"]) else { throw argumentError("masked_fill_", "mask", a["mask"]) }
        let v = try scalar(a["value"])
        _ = try engine { try t.maskedFill_(m, v) }
    },
    inPlace("addcmul_", ["tensor1", "tensor2", "*", "value?"]) { a, t throws(PyError) in
        guard let t1 = tensorPayload(a["tensor1"]), let t2 = tensorPayload(a["tensor2"]) else { throw argumentError("addcmul_", "tensor1", a["tensor1"]) }
        let v = try a.optionalScalar("value") ?? .int(1)
        _ = try engine { try t.addcmul_(t1, t2, value: v) }
    },
    inPlace("addcdiv_", ["tensor1", "tensor2", "*", "value?"]) { a, t throws(PyError) in
        guard let t1 = tensorPayload(a["tensor1"]), let t2 = tensorPayload(a["tensor2"]) else { throw argumentError("addcdiv_", "tensor1", a["tensor1"]) }
        let v = try a.optionalScalar("value") ?? .int(1)
        _ = try engine { try t.addcdiv_(t1, t2, value: v) }
    },
    inPlace("lerp_", ["end", "weight"]) { a, t throws(PyError) in
        guard let e = tensorPayload(a["end"]) else { throw argumentError("lerp_", "end", a["end"]) }
        let w = try a.double("weight")
        _ = try engine { try t.lerp_(e, weight: w) }
    },
    inPlace("detach_") { _, t throws(PyError) in _ = try engine { try t.detach_() } },
] }

func setRequiresGrad(_ t: Tensor, _ flag: Bool) throws(PyError) {
    if flag && !t.isFloatingPoint {
        throw PyError.runtimeError("only Tensors of floating point dtype can require gradients")
    }
    if !t.isLeaf && !flag {
        throw PyError.runtimeError("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
    }
    try engine { try t.setRequiresGrad(flag) }
}

/// "FloatTensor", "LongTensor", ... as `x.type()` names them.
func legacyTypeName(_ d: DType) -> String {
    switch d {
    case .float32: return "FloatTensor"
    case .float64: return "DoubleTensor"
    case .int64: return "LongTensor"
    case .int32: return "IntTensor"
    case .bool: return "BoolTensor"
    case .uint8: return "ByteTensor"
    }
}

func defineTensorObject() {
    TensorClass.define("__repr__", ["self", "*", "tensor_contents?"]) { a throws(PyError) in
        .str(try a.selfTensor().description)
    }
    TensorClass.define("__format__", ["self", "format_spec"]) { a throws(PyError) in
        let t = try a.selfTensor(), spec = try a.string("format_spec")
        if t.dim == 0 { return .str(try a.interp.format(pythonValue(try item(t)), spec)) }
        return .str(t.description)
    }
    TensorClass.define("__float__", ["self"]) { a throws(PyError) in .float(try item(a.selfTensor()).doubleValue) }
    TensorClass.define("__int__", ["self"]) { a throws(PyError) in
        let s = try item(a.selfTensor())
        guard case .double(let d) = s else { return .int(Int(s.int64Value)) }
        guard d.isFinite, let i = Int(exactly: d.rounded(.towardZero)) else {
            throw PyError.valueError(d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
        }
        return .int(i)
    }
    TensorClass.define("__index__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        guard !t.isFloatingPoint, t.numel == 1 else {
            throw PyError.typeError("only integer tensors of a single element can be converted to an index")
        }
        return .int(Int(try item(t).int64Value))
    }
    TensorClass.define("__bool__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        guard t.numel == 1 else {
            throw PyError.runtimeError("Boolean value of Tensor with more than one value is ambiguous")
        }
        return .bool(try item(t).boolValue)
    }
    TensorClass.define("__len__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        guard t.dim > 0 else { throw PyError.typeError("len() of a 0-d tensor") }
        return .int(t.shape[0])
    }
    TensorClass.define("__iter__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        guard t.dim > 0 else { throw PyError.typeError("iteration over a 0-d tensor") }
        return .iterator(PyIterator(array: try engine { try t.unbind(dim: 0) }.map(wrap), typeName: "iterator"))
    }
    TensorClass.define("__hash__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { return .int(0) }
        return .int(ObjectIdentifier(i).hashValue)
    }
    TensorClass.define("__contains__", ["self", "element"]) { a throws(PyError) in
        let t = try a.selfTensor()
        guard let o = try Operand(a["element"]) else { return .bool(false) }
        return .bool(try engine { try Forward.eq(t, o).any().item().boolValue })
    }

    TensorClass.defineProperty("shape") { i throws(PyError) in wrapSize(try tensor(i).shape) }
    TensorClass.defineProperty("dtype") { i throws(PyError) in wrap(try tensor(i).dtype) }
    TensorClass.defineProperty("ndim") { i throws(PyError) in .int(try tensor(i).dim) }
    TensorClass.defineProperty("device") { _ throws(PyError) in cpuDevice() }
    TensorClass.defineProperty("is_cuda") { _ throws(PyError) in .bool(false) }
    TensorClass.defineProperty("is_leaf") { i throws(PyError) in .bool(try tensor(i).isLeaf) }
    TensorClass.defineProperty("grad_fn") { i throws(PyError) in try tensor(i).gradFn.map(wrap) ?? .none }
    TensorClass.defineProperty("T") { i throws(PyError) in
        let t = try tensor(i)
        return wrap(try engine { try t.reversedDims() })
    }
    TensorClass.defineProperty("mT") { i throws(PyError) in
        let t = try tensor(i)
        return wrap(try engine { try t.transpose(-2, -1) })
    }
    TensorClass.defineProperty("requires_grad", get: { i throws(PyError) in .bool(try tensor(i).requiresGrad) },
                               set: { i, v throws(PyError) in
        guard case .bool(let b) = v else { throw PyError.typeError("requires_grad must be a bool") }
        try setRequiresGrad(try tensor(i), b)
    })
    TensorClass.defineProperty("grad", get: { i throws(PyError) in wrap(try tensor(i).grad) },
                               set: { i, v throws(PyError) in
        let t = try tensor(i)
        if v.isNone { t.grad = nil; return }
        guard let g = tensorPayload(v) else { throw PyError.typeError("assigned grad expected to be a Tensor or None but got grad of type \(typeName(v))") }
        guard g.shape == t.shape else { throw PyError.runtimeError("assigned grad has data of a different size") }
        t.grad = g
    })
    TensorClass.defineProperty("data", get: { i throws(PyError) in
        let t = try tensor(i)
        return wrap(try engine { try t.detach() })
    }, set: { i, v throws(PyError) in
        guard let src = tensorPayload(v) else { throw PyError.typeError("Tensor.data must be a Tensor, not \(typeName(v))") }
        let t = try tensor(i)
        try engine { try t.setData(src) }
    })
}

/// The tensor inside an instance passed to a property.
func tensor(_ i: PyInstance) throws(PyError) -> Tensor {
    guard let t = i.payload as? Tensor else { throw PyError.typeError("expected a Tensor, got \(i.cls.name)") }
    return t
}

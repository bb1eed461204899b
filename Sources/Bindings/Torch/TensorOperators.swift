import Script
import Tensors

// Python operators on tensors: +, -, *, /, //, %, **, @, comparisons, &, |, ^, ~, unary -,
// each with its reflected and in-place form. Returning .notImplemented lets Python try the
// other operand.

/// The right-hand side of a tensor operator: another tensor or a Python number.
enum Operand {
    case tensor(Tensor)
    case scalar(Scalar)

    init?(_ v: Value) throws(PyError) {
        switch v {
        case .bool(let b): self = .scalar(.bool(b))
        case .int(let i): self = .scalar(.int(Int64(i)))
        case .bigInt: throw bigScalarError
        case .float(let d): self = .scalar(.double(d))
        case .instance(let i):
            guard let t = i.payload as? Tensor else { return nil }
            self = .tensor(t)
        default: return nil
        }
    }

    /// As a tensor (a Python number becomes a wrapped 0-dim tensor, as in PyTorch).
    func asTensor() throws -> Tensor {
        switch self {
        case .tensor(let t): return t
        case .scalar(let s): return try Tensor.wrapped(s)
        }
    }
}

typealias TensorBinary = (Tensor, Operand) throws -> Tensor

/// Each binary operation's forward function, written once and shared by its operator
/// (`__mul__`) and the methods and torch functions of the same meaning (`mul`, `multiply`).
enum Forward {
    static func add(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.add($0) }, { try t.add($0) }) }
    static func sub(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.sub($0) }, { try t.sub($0) }) }
    static func mul(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.mul($0) }, { try t.mul($0) }) }
    static func div(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.div($0) }, { try t.div($0) }) }
    static func floorDivide(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.floorDivide($0) }, { try t.floorDivide($0) }) }
    static func remainder(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.remainder($0) }, { try t.remainder($0) }) }
    static func pow(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.pow($0) }, { try t.pow($0) }) }
    static func bitwiseAnd(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.bitwiseAnd($0) }, { try t.bitwiseAnd($0) }) }
    static func bitwiseOr(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.bitwiseOr($0) }, { try t.bitwiseOr($0) }) }
    static func bitwiseXor(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.bitwiseXor($0) }, { try t.bitwiseXor($0) }) }
    static func eq(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.eq($0) }, { try t.eq($0) }) }
    static func ne(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.ne($0) }, { try t.ne($0) }) }
    static func lt(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.lt($0) }, { try t.lt($0) }) }
    static func le(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.le($0) }, { try t.le($0) }) }
    static func gt(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.gt($0) }, { try t.gt($0) }) }
    static func ge(_ t: Tensor, _ o: Operand) throws -> Tensor { try o.apply(t, { try t.ge($0) }, { try t.ge($0) }) }
}

/// `name` and its reflected twin `rname` (operands swapped).
private func defineBinary(_ name: String, reflected: TensorBinary?, _ forward: @escaping TensorBinary) {
    TensorClass.define("__\(name)__", ["self", "other"]) { a throws(PyError) in
        guard let t = tensorPayload(a[0]), let o = try Operand(a[1]) else { return .notImplemented }
        return wrap(try engine { try forward(t, o) })
    }
    guard let reflected else { return }
    TensorClass.define("__r\(name)__", ["self", "other"]) { a throws(PyError) in
        guard let t = tensorPayload(a[0]), let o = try Operand(a[1]) else { return .notImplemented }
        return wrap(try engine { try reflected(t, o) })
    }
}

/// `x op= y` updates x in place, as PyTorch's `__iadd__` and friends do.
private func defineInPlace(_ name: String, _ update: @escaping (Tensor, Operand) throws -> Void) {
    TensorClass.define("__i\(name)__", ["self", "other"]) { a throws(PyError) in
        guard let t = tensorPayload(a[0]), let o = try Operand(a[1]) else { return .notImplemented }
        try engine { try update(t, o) }
        return a[0]
    }
}

func defineTensorOperators() {
    defineBinary("add", reflected: { t, o in try o.apply(t, { try $0.add(t) }, { try t.add($0) }) }, Forward.add)
    defineBinary("sub", reflected: { t, o in try o.apply(t, { try $0.sub(t) }, { try t.rsub($0) }) }, Forward.sub)
    defineBinary("mul", reflected: { t, o in try o.apply(t, { try $0.mul(t) }, { try t.mul($0) }) }, Forward.mul)
    defineBinary("truediv", reflected: { t, o in try o.apply(t, { try $0.div(t) }, { try t.rdiv($0) }) }, Forward.div)
    defineBinary("floordiv", reflected: { t, o in try o.asTensor().floorDivide(t) }, Forward.floorDivide)
    defineBinary("mod", reflected: { t, o in try o.asTensor().remainder(t) }, Forward.remainder)
    defineBinary("pow", reflected: { t, o in try o.apply(t, { try $0.pow(t) }, { try t.rpow($0) }) }, Forward.pow)
    defineBinary("matmul", reflected: { t, o in try o.asTensor().matmul(t) }) { t, o in try t.matmul(o.asTensor()) }
    // &, | and ^ are commutative: the reflected form is the forward one.
    defineBinary("and", reflected: Forward.bitwiseAnd, Forward.bitwiseAnd)
    defineBinary("or", reflected: Forward.bitwiseOr, Forward.bitwiseOr)
    defineBinary("xor", reflected: Forward.bitwiseXor, Forward.bitwiseXor)
    // Comparisons: Python reflects them by swapping the operator (a < b is b > a).
    defineBinary("eq", reflected: nil, Forward.eq)
    defineBinary("ne", reflected: nil, Forward.ne)
    defineBinary("lt", reflected: nil, Forward.lt)
    defineBinary("le", reflected: nil, Forward.le)
    defineBinary("gt", reflected: nil, Forward.gt)
    defineBinary("ge", reflected: nil, Forward.ge)

    defineInPlace("add") { t, o in _ = try o.apply(t, { try t.add_($0) }, { try t.add_($0) }) }
    defineInPlace("sub") { t, o in _ = try o.apply(t, { try t.sub_($0) }, { try t.sub_($0) }) }
    defineInPlace("mul") { t, o in _ = try o.apply(t, { try t.mul_($0) }, { try t.mul_($0) }) }
    defineInPlace("truediv") { t, o in _ = try o.apply(t, { try t.div_($0) }, { try t.div_($0) }) }

    TensorClass.define("__neg__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        return wrap(try engine { try t.neg() })
    }
    TensorClass.define("__pos__", ["self"]) { a throws(PyError) in a[0] }
    TensorClass.define("__abs__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        return wrap(try engine { try t.abs() })
    }
    TensorClass.define("__invert__", ["self"]) { a throws(PyError) in
        let t = try a.selfTensor()
        return wrap(try engine { try t.bitwiseNot() })
    }
}

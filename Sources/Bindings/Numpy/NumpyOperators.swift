import Script
import Tensors

// Python operators on arrays and NumPy scalars: + - * / // % ** @, comparisons, & | ^ ~ and
// unary -, with reflected and in-place forms. Operands NumPy would not take give
// NotImplemented, so Python tries the other side.

typealias ArrayBinary = (Tensor, Tensor) throws -> Tensor

/// The binary operators with their ufunc kind; the functions also go on `np` by ufunc name.
func binaryUfuncs() -> [(op: String, ufunc: String, kind: UfuncKind, f: ArrayBinary)] { [
    ("add", "add", .arithmetic, { try $0.add($1) }),
    ("sub", "subtract", .arithmetic, numpySubtract),
    ("mul", "multiply", .arithmetic, { try $0.mul($1) }),
    ("truediv", "true_divide", .division, { try $0.div($1) }),
    ("floordiv", "floor_divide", .arithmetic, { try integerSafe($0, $1) { try $0.floorDivide($1) } }),
    ("mod", "remainder", .arithmetic, numpyRemainder),
    ("pow", "power", .arithmetic, power),
    ("and", "bitwise_and", .arithmetic, { try integral($0, "bitwise_and").bitwiseAnd($1) }),
    ("or", "bitwise_or", .arithmetic, { try integral($0, "bitwise_or").bitwiseOr($1) }),
    ("xor", "bitwise_xor", .arithmetic, { try integral($0, "bitwise_xor").bitwiseXor($1) }),
    ("eq", "equal", .comparison, { try $0.eq($1) }),
    ("ne", "not_equal", .comparison, { try $0.ne($1) }),
    ("lt", "less", .comparison, { try $0.lt($1) }),
    ("le", "less_equal", .comparison, { try $0.le($1) }),
    ("gt", "greater", .comparison, { try $0.gt($1) }),
    ("ge", "greater_equal", .comparison, { try $0.ge($1) }),
] }

/// Bitwise ufuncs have integer and bool loops only (operands arrive in one dtype).
private func integral(_ t: Tensor, _ ufunc: String) throws -> Tensor {
    guard t.isFloatingPoint else { return t }
    throw PyError.typeError("ufunc '\(ufunc)' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
}

func numpySubtract(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if a.dtype == .bool {
        throw PyError.typeError("numpy boolean subtract, the `-` operator, is not supported, use the bitwise_xor, the `^` operator, or the logical_xor function instead.")
    }
    return try a.sub(b)
}

/// Integer // and % by zero give 0 in NumPy (with a warning) where the engine raises.
private func integerSafe(_ a: Tensor, _ b: Tensor, _ f: (Tensor, Tensor) throws -> Tensor) throws -> Tensor {
    guard !b.isFloatingPoint else { return try f(a, b) }
    return try integerByZero(a, b, f)
}

/// NumPy's float remainder gives a zero the divisor's sign (`4 % -2.0` is -0.0).
func numpyRemainder(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    guard b.isFloatingPoint else { return try integerByZero(a, b) { try $0.remainder($1) } }
    let r = try a.remainder(b)
    return try Tensor.where(r.eq(.int(0)), b.mul(.double(0)), r)
}

private func integerByZero(_ a: Tensor, _ b: Tensor, _ f: (Tensor, Tensor) throws -> Tensor) throws -> Tensor {
    let zero = try b.eq(.int(0))
    guard try zero.any().item().boolValue else { return try f(a, b) }
    let r = try f(a, Tensor.where(zero, .wrapped(.int(1)).to(b.dtype), b))
    return try Tensor.where(zero, Tensor.zeros([], dtype: r.dtype), r)
}

private func power(_ a: Tensor, _ b: Tensor) throws -> Tensor {
    if !a.isFloatingPoint, try b.lt(.int(0)).any().item().boolValue {
        throw PyError.valueError("Integers to negative integer powers are not allowed.")
    }
    return try a.pow(b)
}

private let reflectedComparisons = ["eq", "ne", "lt", "le", "gt", "ge"]

func defineArrayOperators() {
    for (op, _, kind, f) in binaryUfuncs() {
        for cls in [NDArrayClass, GenericClass] {
            cls.define("__\(op)__", ["self", "other"]) { a throws(PyError) in
                if UfuncOperand.accepts(a[1]) { return try applyBinary(a[0], a[1], a.interp, kind, f) }
                guard op == "eq" || op == "ne" else { return .notImplemented }
                // `array == tensor` is the tensor's comparison; `a == None` compares every
                // element (all unequal), as NumPy does.
                if tensorPayload(a[1]) != nil { return try tensorOperator(a, "__\(op)__") }
                let t = try selfArray(a)
                return wrapResult(try engine { try Tensor.full(t.shape, .bool(op == "ne"), dtype: .bool) })
            }
            guard !reflectedComparisons.contains(op) else { continue }
            cls.define("__r\(op)__", ["self", "other"]) { a throws(PyError) in
                if UfuncOperand.accepts(a[1]) { return try applyBinary(a[1], a[0], a.interp, kind, f) }
                return try tensorOperator(a, "__\(op)__")
            }
        }
        // `a += b` writes into a (arrays only: NumPy scalars are immutable, Python rebinds them).
        guard kind != .comparison else { continue }
        let kernel = inPlaceKernel(op)
        NDArrayClass.define("__i\(op)__", ["self", "other"]) { a throws(PyError) in
            guard UfuncOperand.accepts(a[1]) else { return .notImplemented }
            let target = try selfArray(a)
            if let kernel, try updateInPlace(target, a[1], a.interp, kind, kernel) { return a[0] }
            guard let result = numpyPayload(try applyBinary(a[0], a[1], a.interp, kind, f))?.tensor else { return a[0] }
            try storeInPlace(result, into: target, op: op)
            return a[0]
        }
    }
    for cls in [NDArrayClass, GenericClass] {
        cls.define("__matmul__", ["self", "other"]) { a throws(PyError) in
            guard UfuncOperand.accepts(a[1]) else { return .notImplemented }
            return try arrayMatmul(a[0], a[1], a.interp)
        }
        cls.define("__rmatmul__", ["self", "other"]) { a throws(PyError) in
            if UfuncOperand.accepts(a[1]) { return try arrayMatmul(a[1], a[0], a.interp) }
            return try tensorOperator(a, "__matmul__")
        }
        cls.define("__neg__", ["self"]) { a throws(PyError) in
            let t = try selfArray(a)
            if t.dtype == .bool {
                throw PyError.typeError("The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
            }
            return wrapResult(try engine { try t.neg() })
        }
        cls.define("__pos__", ["self"]) { a throws(PyError) in wrapResult(try engine { try selfArray(a).clone() }) }
        cls.define("__abs__", ["self"]) { a throws(PyError) in wrapResult(try engine { try selfArray(a).abs() }) }
        cls.define("__invert__", ["self"]) { a throws(PyError) in
            let t = try selfArray(a)
            if t.isFloatingPoint {
                throw PyError.typeError("ufunc 'invert' not supported for the input types, and the inputs could not be safely coerced to any supported types according to the casting rule ''safe''")
            }
            return wrapResult(try engine { try t.bitwiseNot() })
        }
    }
}

/// `tensor op array`: PyTorch takes the array as a tensor and gives a tensor (promoting the
/// dtypes, even for @); `array op tensor` is a TypeError, except for == and !=. NotImplemented
/// when the other operand is not a tensor.
private func tensorOperator(_ a: Args, _ method: String) throws(PyError) -> Value {
    guard let t = tensorPayload(a[1]) else { return .notImplemented }
    let mine = try tensorAsArray(try selfArray(a))
    guard method == "__matmul__" else { return try a.interp.callMethod(a[1], method, [wrap(mine)]) }
    let d = DType.promote(t.dtype, mine.dtype)
    return wrap(try engine { try t.to(d).matmul(mine.to(d)) })
}

/// Engine kernels that update their receiver, for `a += b` when no cast or broadcast of the
/// target is involved (the common case in training loops: no temporary array).
private func inPlaceKernel(_ op: String) -> ((Tensor, Tensor) throws -> Tensor)? {
    switch op {
    case "add": return { try $0.add_($1) }
    case "sub": return { try $0.sub_($1) }
    case "mul": return { try $0.mul_($1) }
    case "truediv": return { try $0.div_($1) }
    default: return nil
    }
}

/// Runs `kernel` on the target when the result keeps its dtype and shape; false otherwise.
private func updateInPlace(_ target: Tensor, _ other: Value, _ interp: Interpreter, _ kind: UfuncKind,
                           _ kernel: (Tensor, Tensor) throws -> Tensor) throws(PyError) -> Bool {
    let mine = UfuncOperand(target), theirs = try UfuncOperand(other, interp)
    try checkWeakInteger(mine, theirs)
    var d = resultDType(mine, theirs)
    if kind == .division && !d.isFloatingPoint { d = .float64 }
    guard d == target.dtype, d != .bool, try broadcastShape(target.shape, theirs.tensor.shape) == target.shape else { return false }
    _ = try engine { try kernel(target, theirs.tensor.to(d)) }
    return true
}

/// Copies an in-place result back, refusing what NumPy's 'same_kind' casting refuses.
private func storeInPlace(_ result: Tensor, into target: Tensor, op: String) throws(PyError) {
    try storeOutput(result, into: target, ufunc: binaryUfuncs().first { $0.op == op }?.ufunc ?? op)
}

/// A ufunc's `out=` (or in-place) store: the result broadcast into `target`, cast by NumPy's
/// 'same_kind' rule.
func storeOutput(_ result: Tensor, into target: Tensor, ufunc: String) throws(PyError) {
    if result.isFloatingPoint && !target.isFloatingPoint || result.dtype != .bool && target.dtype == .bool {
        throw PyError(UFuncOutputCastingErrorClass, "Cannot cast ufunc '\(ufunc)' output from dtype('\(result.dtype.name)') to dtype('\(target.dtype.name)') with casting rule 'same_kind'")
    }
    if try broadcastShape(result.shape, target.shape) != target.shape {
        throw PyError.valueError("non-broadcastable output operand with shape \(shapeText(target.shape)) doesn't match the broadcast shape \(shapeText(result.shape))")
    }
    _ = try engine { try target.copy_(result.to(target.dtype)) }
}

/// NumPy's ufunc errors: a result its target cannot hold, and a dtype with no loop.
let UFuncTypeErrorClass = PyClass(name: "UFuncTypeError", module: "numpy._core._exceptions", bases: [TypeErrorClass])
let UFuncOutputCastingErrorClass = PyClass(name: "_UFuncOutputCastingError", module: "numpy._core._exceptions", bases: [UFuncTypeErrorClass])
let UFuncNoLoopErrorClass = PyClass(name: "_UFuncNoLoopError", module: "numpy._core._exceptions", bases: [UFuncTypeErrorClass])

/// `np.matmul` / `@`: NumPy's core-dimension checks, then the engine's matmul.
func arrayMatmul(_ x: Value, _ y: Value, _ interp: Interpreter) throws(PyError) -> Value {
    let a = try asTensor(x, interp), b = try asTensor(y, interp)
    for (k, t) in [a, b].enumerated() where t.dim == 0 {
        throw PyError.valueError("matmul: Input operand \(k) does not have enough dimensions (has 0, gufunc core with signature (n?,k),(k,m?)->(n?,m?) requires 1)")
    }
    let ka = a.shape[a.dim - 1], kb = b.shape[max(b.dim - 2, 0)]
    guard ka == kb else {
        throw PyError.valueError("matmul: Input operand 1 has a mismatch in its core dimension 0, with gufunc signature (n?,k),(k,m?)->(n?,m?) (size \(kb) is different from \(ka))")
    }
    let d = numpyPromote(a.dtype, b.dtype)
    if d == .float64 && a.dim == 1 && b.dim == 1 {
        let product = try engine { blasDot(try a.doubles(), try b.doubles()) }
        return wrapScalar(try engine { try Tensor.scalar(.double(product), dtype: .float64) })
    }
    return wrapResult(try engine { try a.to(d).matmul(b.to(d)) })
}

/// `np.dot`: a product with a scalar, else matmul with dot's own shape message.
func arrayDot(_ x: Value, _ y: Value, _ interp: Interpreter) throws(PyError) -> Value {
    let a = try asTensor(x, interp), b = try asTensor(y, interp)
    if a.dim == 0 || b.dim == 0 { return try applyBinary(x, y, interp) { try $0.mul($1) } }
    let da = a.dim - 1, db = max(b.dim - 2, 0)
    guard a.shape[da] == b.shape[db] else {
        throw PyError.valueError("shapes \(shapeText(a.shape)) and \(shapeText(b.shape)) not aligned: \(a.shape[da]) (dim \(da)) != \(b.shape[db]) (dim \(db))")
    }
    return try arrayMatmul(x, y, interp)
}

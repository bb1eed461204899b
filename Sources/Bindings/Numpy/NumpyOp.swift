import Script
import Tensors

/// One NumPy operation as Python sees it: a method `a.name(...)` on arrays and NumPy scalars
/// and, when `isFunction`, `np.name(a, ...)` taking anything array-like first.
struct ArrayOp {
    let name: String
    let params: [String]
    let defaults: [String: Value]
    let isFunction: Bool
    let isMethod: Bool
    let body: (Args, Tensor) throws(PyError) -> Value

    init(_ name: String, _ params: [String] = [], defaults: [String: Value] = [:], function: Bool = true,
         method: Bool = true, _ body: @escaping (Args, Tensor) throws(PyError) -> Value) {
        self.name = name
        self.params = params
        self.defaults = defaults
        self.isFunction = function
        self.isMethod = method
        self.body = body
    }

    /// Defines the method on the array classes (when `methods`) and the function in `module`.
    func define(in module: PyModule?, methods: Bool) {
        let inner = self.body, name = self.name
        let body: (Args, Tensor) throws(PyError) -> Value = params.contains("out?") ? { a, t throws(PyError) in
            guard let out = a.optional("out"), !out.isNone else { return try inner(a, t) }
            return try storeUfuncOut(try inner(a, t), into: out, ufunc: name)
        } : inner
        if isMethod && methods {
            for cls in [NDArrayClass, GenericClass] {
                cls.define(name, ["self"] + params, defaults: defaults) { a throws(PyError) in
                    try body(a, try selfArray(a))
                }
            }
        }
        if isFunction, let module {
            let reduction = params.contains("axis?") && params.contains("out?")
            module.define(name, ["a"] + params, defaults: defaults) { a throws(PyError) in
                if reduction, tensorPayload(a[0]) != nil { return try reduceObject(a, name) }
                return try body(a, try asTensor(a[0], a.interp))
            }
        }
    }
}

/// Writes a ufunc's result into its `out=` array (or tensor) and returns that.
func storeUfuncOut(_ result: Value, into out: Value, ufunc: String) throws(PyError) -> Value {
    guard let target = numpyPayload(out)?.tensor ?? tensorPayload(out) else {
        throw PyError.typeError("return arrays must be of ArrayType")
    }
    guard let r = numpyPayload(result)?.tensor ?? tensorPayload(result) else { return result }
    try storeOutput(r, into: target, ufunc: ufunc)
    return out
}

/// `np.sum(tensor)` and the other reductions call the object's own method with NumPy's
/// keywords (`_wrapreduction`), which PyTorch's methods mostly refuse, as they do in Python.
private func reduceObject(_ a: Args, _ name: String) throws(PyError) -> Value {
    let method = name == "amax" ? "max" : name == "amin" ? "min" : name
    var keywords: [(String, Value)] = [("axis", a["axis"])]
    if let d = a.optional("dtype"), !d.isNone || ["mean", "std", "var"].contains(name) { keywords.append(("dtype", d)) }
    keywords.append(("out", a["out"]))
    if let ddof = a.optional("ddof") { keywords.append(("ddof", ddof)) }
    return try a.interp.callMethod(a[0], method, [], keywords)
}

/// The tensor of the array or NumPy scalar a method was called on.
func selfArray(_ a: Args) throws(PyError) -> Tensor {
    guard let x = numpyPayload(a[0]) else {
        throw PyError.typeError("descriptor requires a 'numpy.ndarray' object but received a '\(typeName(a[0]))'")
    }
    return x.tensor
}

/// How a binary ufunc picks the dtype it computes in.
enum UfuncKind {
    /// The promoted dtype (add, multiply, maximum, ...).
    case arithmetic
    /// Integers and bools are computed in float64 (true_divide).
    case division
    /// The promoted dtype; the result is bool.
    case comparison
}

/// A binary ufunc on two array-likes: NumPy's broadcasting check and dtype rules, then the
/// engine op on operands of one dtype.
func applyBinary(_ x: Value, _ y: Value, _ interp: Interpreter, _ kind: UfuncKind = .arithmetic,
                 _ f: (Tensor, Tensor) throws -> Tensor) throws(PyError) -> Value {
    let a = try UfuncOperand(x, interp), b = try UfuncOperand(y, interp)
    _ = try broadcastShape(a.tensor.shape, b.tensor.shape)
    try checkWeakInteger(a, b)
    var d = resultDType(a, b)
    if kind == .division && !d.isFloatingPoint { d = .float64 }
    return wrapResult(try engine { try f(a.tensor.to(d), b.tensor.to(d)) })
}

/// A unary ufunc's result: a tensor when given a tensor (PyTorch's `__array_wrap__`), else an
/// array or NumPy scalar.
func ufuncResult(_ a: Args, _ r: Tensor) -> Value {
    tensorPayload(a[0]) != nil ? wrap(r) : wrapResult(r)
}

/// A unary ufunc that computes in floating point (exp, log, sqrt, ...): integers become float64.
func floatingUnary(_ f: @escaping (Tensor) throws -> Tensor) -> (Args, Tensor) throws(PyError) -> Value {
    { a, t throws(PyError) in
        ufuncResult(a, try engine { try f(t.to(t.isFloatingPoint ? t.dtype : .float64)) })
    }
}

/// A unary ufunc that keeps the dtype (square, abs, negative, ...).
func sameTypeUnary(_ f: @escaping (Tensor) throws -> Tensor) -> (Args, Tensor) throws(PyError) -> Value {
    { a, t throws(PyError) in ufuncResult(a, try engine { try f(t) }) }
}

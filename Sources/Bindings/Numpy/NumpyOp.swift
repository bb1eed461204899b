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

    func define(in module: PyModule) {
        let inner = self.body, name = self.name
        // `out=` arrays are not written; refusing them beats silently ignoring them.
        let body: (Args, Tensor) throws(PyError) -> Value = params.contains("out?") ? { a, t throws(PyError) in
            if let out = a.optional("out"), !out.isNone { throw PyError.notImplementedError("\(name)(): out= is not supported") }
            return try inner(a, t)
        } : inner
        if isMethod {
            for cls in [NDArrayClass, GenericClass] {
                cls.define(name, ["self"] + params, defaults: defaults) { a throws(PyError) in
                    try body(a, try selfArray(a))
                }
            }
        }
        if isFunction {
            module.define(name, ["a"] + params, defaults: defaults) { a throws(PyError) in
                try body(a, try asTensor(a[0], a.interp))
            }
        }
    }
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

/// A unary ufunc that computes in floating point (exp, log, sqrt, ...): integers become float64.
func floatingUnary(_ f: @escaping (Tensor) throws -> Tensor) -> (Args, Tensor) throws(PyError) -> Value {
    { _, t throws(PyError) in
        wrapResult(try engine { try f(t.to(t.isFloatingPoint ? t.dtype : .float64)) })
    }
}

/// A unary ufunc that keeps the dtype (square, abs, negative, ...).
func sameTypeUnary(_ f: @escaping (Tensor) throws -> Tensor) -> (Args, Tensor) throws(PyError) -> Value {
    { _, t throws(PyError) in wrapResult(try engine { try f(t) }) }
}

import Script
import Tensors

/// One tensor operation as Python sees it: a method `x.name(...)` and, when `isFunction`,
/// also `torch.name(x, ...)` with the same parameters after the tensor.
struct TensorOp {
    let name: String
    let params: [String]
    let defaults: [String: Value]
    let isFunction: Bool
    let body: (Args, Tensor) throws(PyError) -> Value

    init(_ name: String, _ params: [String] = [], defaults: [String: Value] = [:], function: Bool = true,
         _ body: @escaping (Args, Tensor) throws(PyError) -> Value) {
        self.name = name
        self.params = params
        self.defaults = defaults
        self.isFunction = function
        self.body = body
    }

    func defineMethod() {
        let body = self.body
        TensorClass.define(name, ["self"] + params, defaults: defaults) { a throws(PyError) in
            try body(a, try a.selfTensor())
        }
    }

    func defineFunction(in module: PyModule) {
        let body = self.body, name = self.name
        module.define(name, withOut(["input"] + params), defaults: defaults) { a throws(PyError) in
            guard let t = tensorPayload(a[0]) else {
                throw PyError.typeError("\(name)(): argument 'input' (position 1) must be Tensor, not \(typeName(a[0]))")
            }
            return try a.writingOut(try body(a, t))
        }
    }
}

/// An op that maps a tensor to a tensor with no arguments (exp, sigmoid, t, ...).
func unary(_ name: String, function: Bool = true, _ f: @escaping (Tensor) throws -> Tensor) -> TensorOp {
    TensorOp(name, function: function) { _, t throws(PyError) in
        wrap(try engine { try f(t) })
    }
}

/// An op taking one tensor-or-number operand (`other`).
func binary(_ name: String, _ param: String = "other", function: Bool = true,
            _ f: @escaping (Tensor, Operand) throws -> Tensor) -> TensorOp {
    TensorOp(name, [param], function: function) { a, t throws(PyError) in
        guard let o = try Operand(a[param]) else {
            throw PyError.typeError("\(name)(): argument '\(param)' (position 1) must be Tensor, not \(typeName(a[param]))")
        }
        return wrap(try engine { try f(t, o) })
    }
}

/// An op taking a tensor operand only (matmul, mm, dot, ...).
func tensorBinary(_ name: String, _ param: String = "other", function: Bool = true,
                  _ f: @escaping (Tensor, Tensor) throws -> Tensor) -> TensorOp {
    TensorOp(name, [param], function: function) { a, t throws(PyError) in
        guard let u = tensorPayload(a[param]) else {
            throw PyError.typeError("\(name)(): argument '\(param)' (position 1) must be Tensor, not \(typeName(a[param]))")
        }
        return wrap(try engine { try f(t, u) })
    }
}

/// An in-place op: the result is the receiver itself.
func inPlace(_ name: String, _ params: [String] = [], defaults: [String: Value] = [:],
             _ f: @escaping (Args, Tensor) throws(PyError) -> Void) -> TensorOp {
    TensorOp(name, params, defaults: defaults, function: false) { a, t throws(PyError) in
        try f(a, t)
        return a[0]
    }
}

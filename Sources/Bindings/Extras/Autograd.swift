import Script
import Tensors

// torch.autograd: grad (gradients returned, .grad untouched) and backward (several outputs).

/// A tensor or a sequence of tensors, as autograd's functions take them.
private func tensorList(_ v: Value, _ interp: Interpreter, _ what: String) throws(PyError) -> [Tensor] {
    if let t = tensorPayload(v) { return [t] }
    var out: [Tensor] = []
    for item in try interp.toArray(v) {
        guard let t = tensorPayload(item) else {
            throw PyError.typeError("\(what) must be a Tensor or a sequence of Tensors, but got \(typeName(item))")
        }
        out.append(t)
    }
    return out
}

/// grad_outputs / grad_tensors: None, a tensor, or a sequence of tensors and Nones.
private func optionalTensorList(_ v: Value?, _ interp: Interpreter) throws(PyError) -> [Tensor?] {
    guard let v, !v.isNone else { return [] }
    if let t = tensorPayload(v) { return [t] }
    var out: [Tensor?] = []
    for item in try interp.toArray(v) {
        if item.isNone { out.append(nil); continue }
        guard let t = tensorPayload(item) else {
            throw PyError.typeError("gradients can be either Tensors or None, but got \(typeName(item))")
        }
        out.append(t)
    }
    return out
}

extension Args {
    /// retain_graph=None means "as create_graph", as in PyTorch.
    fileprivate func retainGraph() throws(PyError) -> Bool {
        if let r = optional("retain_graph"), !r.isNone { return try interp.truthy(r) }
        return try interp.truthy(self["create_graph"])
    }
}

func makeAutograd(_ interp: Interpreter) throws(PyError) -> PyModule {
    let m = PyModule(name: "torch.autograd")
    // The grad-mode switches are torch's own objects (`torch.autograd.no_grad is torch.no_grad`).
    let torch = try interp.importModule("torch")
    for name in ["no_grad", "enable_grad", "set_grad_enabled"] { m[name] = torch[name] }
    _ = autogradFunctionMethods
    m["Function"] = .cls(FunctionClass)
    // The pre-0.4 wrapper: now a detached alias of the data, with the requires_grad asked for.
    let variable = PyClass(name: "Variable", module: "torch.autograd.variable")
    variable.defineStatic("__new__", ["cls", "data?", "requires_grad?", "volatile?"],
                          defaults: ["requires_grad": .bool(false)]) { a throws(PyError) in
        let data = a.optional("data") ?? .tuple([])
        guard let t = tensorPayload(data) else {
            throw PyError.typeError("Variable data has to be a tensor, but got \(typeName(data))")
        }
        let alias = t.detach()
        if try a.bool("requires_grad") { try setRequiresGrad(alias, true) }
        return wrap(alias)
    }
    m["Variable"] = .cls(variable)
    // torch.autograd.gradcheck is the function; its module (Python source) loads on first call,
    // when importing it no longer re-enters this loader.
    m.define("gradcheck", ["func", "inputs", "**kwargs"]) { a throws(PyError) in
        let f = try a.interp.getAttribute(.module(try a.interp.importModule("torch.autograd.gradcheck")), "gradcheck")
        return try a.interp.call(f, [a["func"], a["inputs"]], kwargs: a.keywords)
    }
    m.define("grad", ["outputs", "inputs", "grad_outputs?", "retain_graph?", "create_graph?", "only_inputs?",
                      "allow_unused?", "is_grads_batched?", "materialize_grads?"],
             defaults: ["create_graph": .bool(false), "materialize_grads": .bool(false)]) { a throws(PyError) in
        let outputs = try tensorList(a["outputs"], a.interp, "outputs")
        let inputs = try tensorList(a["inputs"], a.interp, "inputs")
        let gradOutputs = try optionalTensorList(a.optional("grad_outputs"), a.interp)
        let materialize = try a.bool("materialize_grads")
        var allowUnused = materialize
        if let u = a.optional("allow_unused"), !u.isNone { allowUnused = try a.interp.truthy(u) }
        let grads = try engine {
            try Tensor.grad(outputs: outputs, inputs: inputs, gradOutputs: gradOutputs, retainGraph: try a.retainGraph(),
                            createGraph: try a.bool("create_graph"), allowUnused: allowUnused)
        }
        var result: [Value] = []
        for (g, input) in zip(grads, inputs) {
            if let g { result.append(wrap(g)) } else if materialize {
                result.append(wrap(try engine { try Tensor.zerosLike(input) }))
            } else {
                result.append(.none)
            }
        }
        return .tuple(result)
    }
    m.define("backward", ["tensors", "grad_tensors?", "retain_graph?", "create_graph?", "grad_variables?", "inputs?"],
             defaults: ["create_graph": .bool(false)]) { a throws(PyError) in
        let outputs = try tensorList(a["tensors"], a.interp, "tensors")
        let grads = try optionalTensorList(a.optional("grad_tensors") ?? a.optional("grad_variables"), a.interp)
        let retain = try a.retainGraph()
        guard let given = a.optional("inputs"), !given.isNone else {
            try engine { try Tensor.backward(outputs, gradients: grads, retainGraph: retain) }
            return .none
        }
        // Only the listed inputs get gradients: compute them, then add them to their .grad.
        let inputs = try tensorList(given, a.interp, "inputs")
        let results = try engine {
            try Tensor.grad(outputs: outputs, inputs: inputs, gradOutputs: grads, retainGraph: retain,
                            createGraph: false, allowUnused: true)
        }
        for (t, g) in zip(inputs, results) {
            guard let g else { continue }
            if let existing = t.grad {
                _ = try engine { try GradMode.withDisabled { () throws(TensorError) in try existing.add_(g) } }
            } else {
                t.grad = try engine { try g.detach().clone() }
            }
        }
        return .none
    }
    return m
}

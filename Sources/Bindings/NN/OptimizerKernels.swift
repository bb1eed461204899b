import NN
import Script
import Tensors

// The update step of torch.optim's optimizers, native: `_C._optimizer(kind, params)` makes the
// per-group kernel that holds the state, `_C._optimizer_step(kernel, group)` reads the group's
// current hyperparameters (a loop may change `lr`) and updates the parameters in place.
// `_C._optimizer_state(kernel)` lists each parameter's live state tensors by name, and
// `_C._optimizer_load_state(kernel, states)` replaces them (load_state_dict).

private func number(_ group: PyDict, _ key: String, _ interp: Interpreter) throws(PyError) -> Double {
    guard let v = group.get(key) else { throw PyError.keyError(.str(key)) }
    return try interp.toDouble(v)
}

private func flag(_ group: PyDict, _ key: String, _ interp: Interpreter) throws(PyError) -> Bool {
    guard let v = group.get(key) else { return false }
    return try interp.truthy(v)
}

private func optimizerKernel(_ value: Value) throws(PyError) -> Optimizer {
    guard case .instance(let k) = value, let kernel = k.payload as? Optimizer else {
        throw PyError.typeError("expected an optimizer kernel")
    }
    return kernel
}

func defineOptimizerKernels(_ m: PyModule) {
    let kernelClass = PyClass(name: "_OptimizerKernel", module: "torch._C")
    m.define("_optimizer", ["kind", "params"]) { a throws(PyError) in
        var params: [Tensor] = []
        for v in try a.interp.toArray(a["params"]) {
            guard let t = tensorPayload(v) else { throw PyError.typeError("optimizer can only optimize Tensors, but one of the params is \(torchTypename(v))") }
            params.append(t)
        }
        let kernel: Optimizer
        switch try a.string("kind") {
        case "sgd": kernel = try engine { try SGD(params, options: SGDOptions()) }
        case "adam": kernel = try engine { try Adam(params, options: AdamOptions()) }
        case "rmsprop": kernel = try engine { try RMSprop(params, options: RMSpropOptions()) }
        case let other: throw PyError.valueError("unknown optimizer kind \(other)")
        }
        return .instance(PyInstance(kernelClass, payload: kernel))
    }
    m.define("_optimizer_state", ["kernel"]) { a throws(PyError) in
        let kernel = try optimizerKernel(a["kernel"])
        return .list(PyList(kernel.params.indices.map { index in
            let state = PyDict()
            if let s = kernel.states[index] {
                for name in s.names { state.set(name, wrap(s[name])) }
            }
            return .dict(state)
        }))
    }
    m.define("_optimizer_load_state", ["kernel", "states"]) { a throws(PyError) in
        let kernel = try optimizerKernel(a["kernel"])
        let states = try a.interp.toArray(a["states"])
        guard states.count == kernel.params.count else { throw PyError.valueError("one state per parameter expected") }
        var loaded: [Int: ParameterState] = [:]
        for (index, value) in states.enumerated() {
            guard case .dict(let entries) = value else { throw PyError.typeError("a parameter's state must be a dict") }
            let state = ParameterState()
            for (name, tensor) in entries.items {
                guard case .str(let name) = name, let t = tensorPayload(tensor) else { continue }
                // PyTorch keeps `step` as saved; it is a float32 scalar unless made by hand.
                try engine { try state.set(name, t, dtype: name == "step" ? .float32 : kernel.params[index].dtype) }
            }
            if !state.isEmpty { loaded[index] = state }
        }
        kernel.states = loaded
        return .none
    }
    m.define("_optimizer_step", ["kernel", "group"]) { a throws(PyError) in
        let kernel = try optimizerKernel(a["kernel"])
        guard case .dict(let g) = a["group"] else { throw PyError.typeError("_optimizer_step(kernel, group)") }
        let interp = a.interp
        switch kernel {
        case let sgd as SGD:
            sgd.options = SGDOptions(lr: try number(g, "lr", interp), momentum: try number(g, "momentum", interp),
                                     dampening: try number(g, "dampening", interp),
                                     weightDecay: try number(g, "weight_decay", interp),
                                     nesterov: try flag(g, "nesterov", interp), maximize: try flag(g, "maximize", interp))
            try engine { try sgd.step() }
        case let adam as Adam:
            guard let betas = g.get("betas") else { throw PyError.keyError(.str("betas")) }
            let b = try interp.toArray(betas)
            guard b.count == 2 else { throw PyError.valueError("betas must be a pair") }
            adam.options = AdamOptions(lr: try number(g, "lr", interp), beta1: try interp.toDouble(b[0]),
                                       beta2: try interp.toDouble(b[1]), eps: try number(g, "eps", interp),
                                       weightDecay: try number(g, "weight_decay", interp),
                                       amsgrad: try flag(g, "amsgrad", interp), maximize: try flag(g, "maximize", interp),
                                       decoupledWeightDecay: try flag(g, "decoupled_weight_decay", interp))
            try engine { try adam.step() }
        case let rms as RMSprop:
            rms.options = RMSpropOptions(lr: try number(g, "lr", interp), alpha: try number(g, "alpha", interp),
                                         eps: try number(g, "eps", interp), weightDecay: try number(g, "weight_decay", interp),
                                         momentum: try number(g, "momentum", interp), centered: try flag(g, "centered", interp),
                                         maximize: try flag(g, "maximize", interp))
            try engine { try rms.step() }
        default:
            throw PyError.typeError("unknown optimizer kernel")
        }
        return .none
    }
}

import NN
import Script
import Tensors

// torch.nn.functional: the numerical side of torch.nn's layers and losses.

private func reduction(_ a: Args) throws(PyError) -> Reduction {
    guard let v = a.optional("reduction"), case .str(let s) = v else { return .mean }
    guard let r = Reduction(rawValue: s) else { throw PyError.valueError("\(s) is not a valid value for reduction") }
    return r
}

private func input(_ a: Args, _ name: String, _ function: String) throws(PyError) -> Tensor {
    guard let t = tensorPayload(a[name]) else { throw argumentError(function, name, a[name]) }
    return t
}

/// An activation `f(input)`, with `inplace=` accepted.
private func activation(_ m: PyModule, _ name: String, _ extra: [String] = [], defaults: [String: Value] = [:],
                        _ f: @escaping (Args, Tensor) throws -> Tensor) {
    m.define(name, ["input"] + extra + ["inplace?"], defaults: defaults) { a throws(PyError) in
        let x = try input(a, "input", name)
        let y = try engine { try f(a, x) }
        if let ip = a.optional("inplace"), try a.interp.truthy(ip) {
            try engine { _ = try x.copy_(y) }
            return a["input"]
        }
        return wrap(y)
    }
}

/// A loss `f(input, target)` with `reduction=`.
private func loss(_ m: PyModule, _ name: String, _ extra: [String] = [], defaults: [String: Value] = [:],
                  _ f: @escaping (Args, Tensor, Tensor, Reduction) throws -> Tensor) {
    m.define(name, ["input", "target"] + extra + ["size_average?", "reduce?", "reduction?"], defaults: defaults) { a throws(PyError) in
        let x = try input(a, "input", name), y = try input(a, "target", name), r = try reduction(a)
        return wrap(try engine { try f(a, x, y, r) })
    }
}

func makeFunctional() -> PyModule {
    let m = PyModule(name: "torch.nn.functional")
    m.define("linear", ["input", "weight", "bias?"]) { a throws(PyError) in
        let x = try input(a, "input", "linear"), w = try input(a, "weight", "linear")
        let b = try a.optionalTensor("bias")
        return wrap(try engine { try Tensor.linear(x, w, b) })
    }
    activation(m, "relu") { try $1.relu() }
    activation(m, "sigmoid") { try $1.sigmoid() }
    activation(m, "tanh") { try $1.tanh() }
    activation(m, "leaky_relu", ["negative_slope?"], defaults: ["negative_slope": .float(0.01)]) { a, x in
        try x.leakyRelu(negativeSlope: a.double("negative_slope"))
    }
    activation(m, "silu") { try $1.silu() }
    activation(m, "mish") { try $1.mish() }
    activation(m, "selu") { try $1.selu() }
    activation(m, "relu6") { try $1.relu6() }
    activation(m, "hardsigmoid") { try $1.hardsigmoid() }
    activation(m, "hardswish") { try $1.hardswish() }
    activation(m, "logsigmoid") { try $1.logSigmoid() }
    activation(m, "elu", ["alpha?"], defaults: ["alpha": .float(1)]) { a, x in try x.elu(alpha: a.double("alpha")) }
    activation(m, "celu", ["alpha?"], defaults: ["alpha": .float(1)]) { a, x in try x.celu(alpha: a.double("alpha")) }
    activation(m, "hardtanh", ["min_val?", "max_val?"], defaults: ["min_val": .float(-1), "max_val": .float(1)]) { a, x in
        try x.hardtanh(min: a.double("min_val"), max: a.double("max_val"))
    }
    activation(m, "gelu", ["approximate?"], defaults: ["approximate": .str("none")]) { a, x in
        try x.gelu(approximate: a.string("approximate") == "tanh")
    }
    activation(m, "softplus", ["beta?", "threshold?"], defaults: ["beta": .float(1), "threshold": .float(20)]) { a, x in
        try x.softplus(beta: a.double("beta"), threshold: a.double("threshold"))
    }
    for name in ["softmax", "log_softmax"] {
        m.define(name, ["input", "dim?", "_stacklevel?", "dtype?"]) { a throws(PyError) in
            let x = try input(a, "input", name), d = try softmaxDim(a, x), dt = try a.optionalDType("dtype")
            return wrap(try engine { name == "softmax" ? try x.softmax(dim: d, dtype: dt) : try x.logSoftmax(dim: d, dtype: dt) })
        }
    }
    m.define("dropout", ["input", "p?", "training?", "inplace?"], defaults: ["p": .float(0.5), "training": .bool(true), "inplace": .bool(false)]) { a throws(PyError) in
        let x = try input(a, "input", "dropout"), p = try a.double("p"), training = try a.bool("training")
        let inplace = try a.bool("inplace")
        let y = try engine { try NN.dropout(x, p: p, training: training, inplace: inplace) }
        return y === x ? a["input"] : wrap(y)
    }
    m.define("one_hot", ["tensor", "num_classes?"], defaults: ["num_classes": .int(-1)]) { a throws(PyError) in
        let t = try input(a, "tensor", "one_hot"), n = try a.int("num_classes")
        return wrap(try engine { try t.oneHot(numClasses: n) })
    }
    loss(m, "mse_loss") { _, x, y, r in try Tensor.mseLoss(x, y, reduction: r) }
    loss(m, "l1_loss") { _, x, y, r in try Tensor.l1Loss(x, y, reduction: r) }
    loss(m, "smooth_l1_loss", ["beta?"], defaults: ["beta": .float(1)]) { a, x, y, r in
        try Tensor.smoothL1Loss(x, y, reduction: r, beta: a.double("beta"))
    }
    loss(m, "huber_loss", ["delta?"], defaults: ["delta": .float(1)]) { a, x, y, r in
        try Tensor.huberLoss(x, y, reduction: r, delta: a.double("delta"))
    }
    loss(m, "cross_entropy", ["weight?", "ignore_index?", "label_smoothing?"], defaults: ["ignore_index": .int(-100)]) { a, x, y, r in
        let w = try a.optionalTensor("weight"), ignore = try a.int("ignore_index")
        let smoothing = try a.optionalDouble("label_smoothing") ?? 0
        return try Tensor.crossEntropy(x, y, weight: w, reduction: r, ignoreIndex: ignore, labelSmoothing: smoothing)
    }
    loss(m, "nll_loss", ["weight?", "ignore_index?"], defaults: ["ignore_index": .int(-100)]) { a, x, y, r in
        let w = try a.optionalTensor("weight"), ignore = try a.int("ignore_index")
        return try Tensor.nllLoss(x, y, weight: w, reduction: r, ignoreIndex: ignore)
    }
    loss(m, "binary_cross_entropy", ["weight?"]) { a, x, y, r in
        try Tensor.binaryCrossEntropy(x, y, weight: a.optionalTensor("weight"), reduction: r)
    }
    loss(m, "binary_cross_entropy_with_logits", ["weight?", "pos_weight?"]) { a, x, y, r in
        try Tensor.binaryCrossEntropyWithLogits(x, y, weight: a.optionalTensor("weight"), posWeight: a.optionalTensor("pos_weight"), reduction: r)
    }
    defineLayerFunctions(m)
    defineFunctionalDistances(m)
    return m
}

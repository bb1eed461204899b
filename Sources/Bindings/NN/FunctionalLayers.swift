import NN
import Script
import Tensors

// torch.nn.functional's normalization, embedding, convolution, pooling and recurrent-layer functions.

private func tensorArg(_ a: Args, _ name: String, _ function: String) throws(PyError) -> Tensor {
    guard let t = tensorPayload(a[name]) else { throw argumentError(function, name, a[name]) }
    return t
}

/// An int or a tuple of `n` ints, as PyTorch's `_pair` / `_single` expand them.
private func ints(_ a: Args, _ name: String, _ n: Int) throws(PyError) -> [Int] {
    let v = a[name]
    if isInteger(v) { return Array(repeating: try unpackLong(v, a.interp), count: n) }
    let values = try shapeValue(v, a.interp)
    if values.count == 1 { return Array(repeating: values[0], count: n) }
    guard values.count == n else { throw PyError.runtimeError("expected \(name) to be a single integer value or a list of \(n) values to match the convolution dimensions, but got \(name)=\(listString(values))") }
    return values
}

private func listString(_ s: [Int]) -> String { "[" + s.map(String.init).joined(separator: ", ") + "]" }
private func torchSize(_ s: [Int]) -> String { "torch.Size(\(listString(s)))" }

/// conv1d / conv2d with PyTorch's argument handling, including padding='same' / 'valid' and
/// unbatched inputs.
private func defineConvolution(_ m: PyModule, _ name: String, spatial s: Int) {
    m.define(name, ["input", "weight", "bias?", "stride?", "padding?", "dilation?", "groups?"],
             defaults: ["stride": .int(1), "padding": .int(0), "dilation": .int(1), "groups": .int(1)]) { a throws(PyError) in
        var x = try tensorArg(a, "input", name)
        let w = try tensorArg(a, "weight", name), b = try a.optionalTensor("bias")
        let stride = try ints(a, "stride", s), dilation = try ints(a, "dilation", s), groups = try a.int("groups")
        guard x.dim == s + 1 || x.dim == s + 2 else {
            throw PyError.runtimeError("Expected \(s + 1)D (unbatched) or \(s + 2)D (batched) input to \(name), but got input of size: \(listString(x.shape))")
        }
        let kernel = Array(w.shape.dropFirst(2))
        var before: [Int], after: [Int]
        if case .str(let mode) = a["padding"] {
            guard mode == "same" || mode == "valid" else {
                throw PyError.valueError("Invalid padding string '\(mode)', should be one of {'valid', 'same'}")
            }
            if mode == "same" && stride.contains(where: { $0 != 1 }) {
                throw PyError.runtimeError("padding='same' is not supported for strided convolutions")
            }
            let total = mode == "valid" || kernel.count != s ? Array(repeating: 0, count: s) : (0..<s).map { dilation[$0] * (kernel[$0] - 1) }
            before = total.map { $0 / 2 }
            after = (0..<s).map { total[$0] - before[$0] }
        } else {
            before = try ints(a, "padding", s)
            after = before
        }
        let unbatched = x.dim == s + 1
        let options = ConvolutionOptions(stride: stride, paddingBefore: before, paddingAfter: after, dilation: dilation, groups: groups)
        return wrap(try engine {
            if unbatched { x = try x.unsqueeze(0) }
            let y = try Tensor.convolution(x, w, b, options)
            return unbatched ? try y.squeeze(dim: 0) : y
        })
    }
}

/// kernel_size / stride / padding / dilation of a 1-D or 2-D pooling; stride None means the
/// kernel. A 1-D pooling is the 2-D one over a single row.
private func poolOptions(_ a: Args, dilation: Bool, spatial s: Int) throws(PyError) -> PoolOptions {
    let kernel = try ints(a, "kernel_size", s)
    var stride = kernel
    if let v = a.optional("stride"), !v.isNone, (try? shapeValue(v, a.interp))?.isEmpty != true { stride = try ints(a, "stride", s) }
    let row = { (v: [Int], one: Int) in s == 1 ? [one] + v : v }
    return PoolOptions(kernel: row(kernel, 1), stride: row(stride, 1), padding: row(try ints(a, "padding", s), 0),
                       dilation: row(dilation ? try ints(a, "dilation", s) : Array(repeating: 1, count: s), 1), ceilMode: try a.bool("ceil_mode"))
}

/// Runs a 2-D pooling; a 1-D one as ATen does it: unsqueeze(-2), pool, squeeze(-2).
private func pooled(_ x: Tensor, spatial s: Int, _ body: (Tensor) throws -> [Tensor]) throws(PyError) -> [Tensor] {
    try engine {
        guard s == 1 else { return try body(x) }
        return try body(x.unsqueeze(-2)).map { try $0.squeeze(dim: -2) }
    }
}

/// The pooling functions of torch.nn.functional for 1-D and 2-D inputs.
private func definePooling(_ m: PyModule, spatial s: Int) {
    m.define("max_pool\(s)d", ["input", "kernel_size", "stride?", "padding?", "dilation?", "ceil_mode?", "return_indices?"],
             defaults: ["padding": .int(0), "dilation": .int(1), "ceil_mode": .bool(false), "return_indices": .bool(false)]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "max_pool\(s)d"), o = try poolOptions(a, dilation: true, spatial: s)
        let out = try pooled(x, spatial: s) { t in let (y, i) = try Tensor.maxPool2d(t, o); return [y, i] }
        return try a.bool("return_indices") ? .tuple([wrap(out[0]), wrap(out[1])]) : wrap(out[0])
    }
    m.define("avg_pool\(s)d", ["input", "kernel_size", "stride?", "padding?", "ceil_mode?", "count_include_pad?", "divisor_override?"],
             defaults: ["padding": .int(0), "ceil_mode": .bool(false), "count_include_pad": .bool(true)]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "avg_pool\(s)d"), o = try poolOptions(a, dilation: false, spatial: s)
        let include = try a.bool("count_include_pad"), divisor = try a.optionalInt("divisor_override")
        return wrap(try pooled(x, spatial: s) { [try Tensor.avgPool2d($0, o, countIncludePad: include, divisorOverride: divisor)] }[0])
    }
    m.define("adaptive_avg_pool\(s)d", ["input", "output_size"]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "adaptive_avg_pool\(s)d")
        var size: [Int?]
        switch a["output_size"] {
        case .tuple, .list:
            size = try a.interp.toArray(a["output_size"]).map { v throws(PyError) in v.isNone ? nil : try unpackLong(v, a.interp) }
        default: size = Array(repeating: try unpackLong(a["output_size"], a.interp), count: s)
        }
        if s == 1 { size = [1] + size }
        return wrap(try pooled(x, spatial: s) { [try Tensor.adaptiveAvgPool2d($0, size)] }[0])
    }
}

func defineLayerFunctions(_ m: PyModule) {
    m.define("batch_norm", ["input", "running_mean", "running_var", "weight?", "bias?", "training?", "momentum?", "eps?"],
             defaults: ["training": .bool(false), "momentum": .float(0.1), "eps": .float(1e-5)]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "batch_norm"), training = try a.bool("training")
        if training {
            let perChannel = x.dim < 2 ? x.numel : x.shape[0] * x.shape.dropFirst(2).reduce(1, *)
            if perChannel == 1 { throw PyError.valueError("Expected more than 1 value per channel when training, got input size \(torchSize(x.shape))") }
        }
        let rm = try a.optionalTensor("running_mean"), rv = try a.optionalTensor("running_var")
        let w = try a.optionalTensor("weight"), b = try a.optionalTensor("bias")
        let momentum = try a.double("momentum"), eps = try a.double("eps")
        return wrap(try engine {
            try Tensor.batchNorm(x, runningMean: rm, runningVar: rv, weight: w, bias: b, training: training, momentum: momentum, eps: eps)
        })
    }
    m.define("layer_norm", ["input", "normalized_shape", "weight?", "bias?", "eps?"], defaults: ["eps": .float(1e-5)]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "layer_norm"), shape = try shapeValue(a["normalized_shape"], a.interp)
        let w = try a.optionalTensor("weight"), b = try a.optionalTensor("bias"), eps = try a.double("eps")
        return wrap(try engine { try Tensor.layerNorm(x, normalizedShape: shape, weight: w, bias: b, eps: eps) })
    }
    m.define("embedding", ["input", "weight", "padding_idx?", "max_norm?", "norm_type?", "scale_grad_by_freq?", "sparse?"]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "embedding"), w = try tensorArg(a, "weight", "embedding")
        var padding = try a.optionalInt("padding_idx")
        if let p = padding {
            let rows = w.dim > 0 ? w.shape[0] : 0
            guard p < rows && p >= -rows else { throw PyError(AssertionErrorClass, "Padding_idx must be within num_embeddings") }
            if p < 0 { padding = rows + p }
        }
        return wrap(try engine { try Tensor.embedding(x, w, paddingIdx: padding) })
    }
    defineConvolution(m, "conv1d", spatial: 1)
    defineConvolution(m, "conv2d", spatial: 2)
    definePooling(m, spatial: 1)
    definePooling(m, spatial: 2)
    m.define("dropout2d", ["input", "p?", "training?", "inplace?"], defaults: ["p": .float(0.5), "training": .bool(true), "inplace": .bool(false)]) { a throws(PyError) in
        let x = try tensorArg(a, "input", "dropout2d"), p = try a.double("p")
        let training = try a.bool("training"), inplace = try a.bool("inplace")
        let y = try engine { try featureDropout(x, p: p, training: training, inplace: inplace) }
        return y === x ? a["input"] : wrap(y)
    }
    // One layer of torch.nn's RNN / LSTM / GRU (torch.nn's Python source loops the layers).
    m.define("_rnn_layer", ["mode", "input", "hx", "cx", "weight_ih", "weight_hh", "bias_ih?", "bias_hh?"]) { a throws(PyError) in
        guard let cell = RecurrentCell(rawValue: try a.string("mode")) else { throw PyError.valueError("Unrecognized RNN mode") }
        let x = try tensorArg(a, "input", "_rnn_layer"), hx = try tensorArg(a, "hx", "_rnn_layer"), cx = try a.optionalTensor("cx")
        let wIH = try tensorArg(a, "weight_ih", "_rnn_layer"), wHH = try tensorArg(a, "weight_hh", "_rnn_layer")
        let bIH = try a.optionalTensor("bias_ih"), bHH = try a.optionalTensor("bias_hh")
        let (y, h, c) = try engine { try recurrentLayer(cell, x, hx: hx, cx: cx, weightIH: wIH, weightHH: wHH, biasIH: bIH, biasHH: bHH) }
        return .tuple([wrap(y), wrap(h), wrap(c)])
    }
}

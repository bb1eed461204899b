import Tensors

/// `torch.nn.init` on tensors: each function works under no_grad and returns its tensor.
public enum Init {
    public static func uniform_(_ t: Tensor, a: Double = 0, b: Double = 1,
                                generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try GradMode.withDisabled { () throws(TensorError) in try t.uniform_(from: a, to: b, generator: generator) }
    }

    public static func normal_(_ t: Tensor, mean: Double = 0, std: Double = 1,
                               generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try GradMode.withDisabled { () throws(TensorError) in try t.normal_(mean: mean, std: std, generator: generator) }
    }

    /// `trunc_normal_(t, mean=0, std=1, a=-2, b=2)`.
    public static func truncNormal_(_ t: Tensor, mean: Double = 0, std: Double = 1, a: Double = -2, b: Double = 2,
                                    generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try checkRange(a, b)  // the uniform proposals of the narrow case would refuse it
        return try fill(t, kernel: "normal_kernel_cpu") { buffer in
            // normal_ or uniform_, then copy_ of the result if anything was redrawn.
            switch buffer.dtype {
            case .float64: 1 + (truncNormal(buffer.elements(Double.self), mean: mean, std: std, a: a, b: b, generator: generator) ? 1 : 0)
            default: 1 + (truncNormal(buffer.elements(Float.self), mean: mean, std: std, a: a, b: b, generator: generator) ? 1 : 0)
            }
        }
    }

    public static func constant_(_ t: Tensor, _ value: Double) throws(TensorError) -> Tensor {
        try GradMode.withDisabled { () throws(TensorError) in try t.fill_(.double(value)) }
    }

    public static func ones_(_ t: Tensor) throws(TensorError) -> Tensor { try constant_(t, 1) }

    public static func zeros_(_ t: Tensor) throws(TensorError) -> Tensor {
        try GradMode.withDisabled { () throws(TensorError) in try t.zero_() }
    }

    public static func xavierUniform_(_ t: Tensor, gain: Double = 1,
                                      generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        let bound = try xavierUniformBound(shape: t.shape, gain: gain)
        return try uniform_(t, a: -bound, b: bound, generator: generator)
    }

    public static func xavierNormal_(_ t: Tensor, gain: Double = 1,
                                     generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try normal_(t, mean: 0, std: xavierNormalStd(shape: t.shape, gain: gain), generator: generator)
    }

    /// `kaiming_uniform_`; zero-element tensors are left alone, as in PyTorch.
    public static func kaimingUniform_(_ t: Tensor, a: Double = 0, mode: FanMode = .fanIn,
                                       nonlinearity: String = "leaky_relu",
                                       generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        if t.shape.contains(0) { return t }
        let bound = try kaimingUniformBound(shape: t.shape, a: a, mode: mode, nonlinearity: nonlinearity)
        return try uniform_(t, a: -bound, b: bound, generator: generator)
    }

    public static func kaimingNormal_(_ t: Tensor, a: Double = 0, mode: FanMode = .fanIn,
                                      nonlinearity: String = "leaky_relu",
                                      generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        if t.shape.contains(0) { return t }
        let std = try kaimingNormalStd(shape: t.shape, a: a, mode: mode, nonlinearity: nonlinearity)
        return try normal_(t, mean: 0, std: std, generator: generator)
    }

    /// `nn.Linear(in, out, bias)`'s parameters as `reset_parameters` draws them: the weight
    /// (out × in) first, then the bias; both require grad.
    public static func linearParameters(inFeatures: Int, outFeatures: Int, bias: Bool = true, dtype: DType = .float32,
                                        generator: Generator = defaultGenerator) throws(TensorError)
        -> (weight: Tensor, bias: Tensor?) {
        let weight = try Tensor.empty([outFeatures, inFeatures], dtype: dtype)
        let bounds = linearInitBounds(inFeatures: inFeatures, outFeatures: outFeatures)
        if !weight.shape.contains(0) { _ = try uniform_(weight, a: -bounds.weight, b: bounds.weight, generator: generator) }
        try weight.setRequiresGrad()
        guard bias else { return (weight, nil) }
        let b = try uniform_(Tensor.empty([outFeatures], dtype: dtype), a: -bounds.bias, b: bounds.bias,
                             generator: generator)
        try b.setRequiresGrad()
        return (weight, b)
    }

    private static func checkRange(_ a: Double, _ b: Double) throws(TensorError) {
        guard a <= b else {
            throw TensorError(.runtime, "uniform_ expects to return a [from, to) range, but found from=\(cNumber(a)) > to=\(cNumber(b))")
        }
    }

    /// A double as ATen's messages stream it (`2` for 2.0).
    private static func cNumber(_ value: Double) -> String {
        value.rounded() == value && value.magnitude < 1e15 ? String(Int64(value)) : PythonFloat.repr(value)
    }

    /// Draws into the storage of `t`, a float32 or float64 tensor (or a contiguous stand-in
    /// copied back); for trunc_normal_, whose rejection loop works on whole buffers.
    /// `draw` returns how many in-place writes PyTorch's version of it makes.
    private static func fill(_ t: Tensor, kernel: String, _ draw: (Tensor) -> Int) throws(TensorError) -> Tensor {
        let drawable = t.dtype == .float32 || t.dtype == .float64
        if drawable && t.isContiguous {
            t.markWrittenInPlace(times: draw(t))
            return t
        }
        guard drawable else {
            throw TensorError(.notImplemented, "\"\(kernel)\" not implemented for '\(t.dtype.scalarTypeName)'")
        }
        let stand = try t.contiguous().clone()
        _ = draw(stand)
        return try GradMode.withDisabled { () throws(TensorError) in try t.copy_(stand) }
    }
}

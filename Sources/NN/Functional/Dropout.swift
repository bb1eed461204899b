import Tensors

/// `torch.nn.functional.dropout(input, p, training, inplace)` as ATen's `_dropout` does it:
/// a Bernoulli(1 - p) noise tensor, divided by 1 - p, multiplied in (MulBackward0). The
/// out-of-place form is the engine's `Tensor.dropout`; `inplace` multiplies into `input`.
public func dropout(_ input: Tensor, p: Double = 0.5, training: Bool = true, inplace: Bool = false,
                    generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
    guard inplace else { return try input.dropout(p: p, training: training, generator: generator) }
    try checkDropoutProbability(p)
    if p == 0 || !training || input.numel == 0 { return input }
    return try input.mul_(dropoutNoise(input.shape, p: p, dtype: input.dtype, generator: generator))
}

func checkDropoutProbability(_ p: Double) throws(TensorError) {
    guard p >= 0 && p <= 1 else {
        throw TensorError(.value, "dropout probability has to be between 0 and 1, but got \(PythonFloat.repr(p))")
    }
}

/// Bernoulli(1 - p) draws of `shape` divided by 1 - p; a 0-dim zero for p = 1 (no draws).
func dropoutNoise(_ shape: [Int], p: Double, dtype: DType, generator: Generator) throws(TensorError) -> Tensor {
    if p == 1 { return try Tensor.zeros([], dtype: dtype) }
    let noise = try Tensor.zeros(shape, dtype: dtype)
    try GradMode.withDisabled { () throws(TensorError) in
        _ = try noise.bernoulli_(p: 1 - p, generator: generator).div_(.double(1 - p))
    }
    return noise
}

import Tensors

/// `F.dropout2d` as ATen's feature dropout does it: one Bernoulli(1 - p) draw per (sample,
/// channel), noise of shape [N, C, 1, 1] divided by 1 - p and multiplied in (MulBackward0).
public func featureDropout(_ input: Tensor, p: Double = 0.5, training: Bool = true, inplace: Bool = false,
                           generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
    guard p >= 0 && p <= 1 else {
        throw TensorError(.value, "dropout probability has to be between 0 and 1, but got \(PythonFloat.repr(p))")
    }
    if p == 0 || !training || input.numel == 0 { return input }
    let noise: Tensor
    if p == 1 {
        noise = try Tensor.zeros([], dtype: input.dtype)
    } else {
        let shape = input.shape.enumerated().map { $0.offset < 2 ? $0.element : 1 }
        noise = try Tensor.zeros(shape, dtype: input.dtype)
        try GradMode.withDisabled { () throws(TensorError) in
            _ = try noise.bernoulli_(p: 1 - p, generator: generator).div_(.double(1 - p))
        }
    }
    return inplace ? try input.mul_(noise) : try input.mul(noise)
}

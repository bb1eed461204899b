import Tensors

/// `F.dropout2d` as ATen's feature dropout does it: one Bernoulli(1 - p) draw per (sample,
/// channel), noise of shape [N, C, 1, 1] divided by 1 - p and multiplied in (MulBackward0).
public func featureDropout(_ input: Tensor, p: Double = 0.5, training: Bool = true, inplace: Bool = false,
                           generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
    try checkDropoutProbability(p)
    if p == 0 || !training || input.numel == 0 { return input }
    let shape = input.shape.enumerated().map { $0.offset < 2 ? $0.element : 1 }
    let noise = try dropoutNoise(shape, p: p, dtype: input.dtype, generator: generator)
    return inplace ? try input.mul_(noise) : try input.mul(noise)
}

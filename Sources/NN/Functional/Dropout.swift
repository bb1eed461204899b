import Tensors

/// `torch.nn.functional.dropout(input, p, training, inplace)` as ATen's `_dropout` does it:
/// a Bernoulli(1 - p) noise tensor (one 53-bit uniform double per element), divided by 1 - p
/// in the input's dtype, multiplied in (MulBackward0).
public func dropout(_ input: Tensor, p: Double = 0.5, training: Bool = true, inplace: Bool = false,
                    generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
    guard p >= 0 && p <= 1 else {
        throw TensorError(.value, "dropout probability has to be between 0 and 1, but got \(PythonFloat.repr(p))")
    }
    if p == 0 || !training || input.numel == 0 { return input }
    let noise: Tensor
    if p == 1 {
        noise = try Tensor.zeros([], dtype: input.dtype)
    } else {
        guard input.isFloatingPoint else {
            throw TensorError(.notImplemented, "\"bernoulli_scalar_cpu_\" not implemented for '\(input.dtype.scalarTypeName)'")
        }
        noise = try Tensor.empty(input.shape, dtype: input.dtype)
        let keep = 1 - p
        switch ParameterBuffer(noise) {
        case .float(let m)?:
            generator.fillBernoulli(m, p: keep)
            let scale = 1 / Float(keep)
            for i in m.indices where m[i] != 0 { m[i] = scale }
        case .double(let m)?:
            generator.fillBernoulli(m, p: keep)
            let scale = 1 / keep
            for i in m.indices where m[i] != 0 { m[i] = scale }
        case nil:
            break
        }
    }
    return inplace ? try input.mul_(noise) : try input.mul(noise)
}

import Tensors

/// `torch.nn.init.trunc_normal_`'s rejection sampling, which works on whole buffers; the rest
/// of torch.nn.init is Python (Sources/Bindings/PythonSource/NNInitSource.swift).
public enum Init {
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

/// F.pad in constant mode.
extension Tensor {
    /// `F.pad(input, pad, value=...)` (ConstantPadNdBackward0): `pad` lists (before, after)
    /// pairs from the last dimension backwards; negative amounts crop.
    public func constantPad(_ pad: [Int], value: Scalar = .int(0)) throws(TensorError) -> Tensor {
        guard pad.count % 2 == 0 else { throw .runtime("Padding length must be divisible by 2") }
        guard pad.count / 2 <= dim else { throw .runtime("Padding length should be less than or equal to two times the input dimension but got padding length \(pad.count) and input of dimension \(dim)") }
        var outShape = shape
        for k in 0..<(pad.count / 2) {
            let d = dim - 1 - k
            outShape[d] = shape[d] + pad[2 * k] + pad[2 * k + 1]
            guard outShape[d] > 0 else {
                throw .runtime("The input size \(shape[d]), plus negative padding \(pad[2 * k]) and \(pad[2 * k + 1]) resulted in a negative output size, which is invalid. Check dimension \(d) of your input.")
            }
        }
        return try Tensor.composite("ConstantPadNdBackward0", [self]) { t throws(TensorError) in
            // Crop for negative amounts, then place the input inside a filled tensor by cat.
            var x = t[0]
            for k in 0..<(pad.count / 2) {
                let d = dim - 1 - k
                let (before, after) = (pad[2 * k], pad[2 * k + 1])
                x = try x.narrow(d, Swift.max(-before, 0), x.shape[d] - Swift.max(-before, 0) - Swift.max(-after, 0))
                var parts: [Tensor] = []
                var side = x.shape
                if before > 0 { side[d] = before; parts.append(try Tensor.full(side, value, dtype: dtype)) }
                parts.append(x)
                if after > 0 { side[d] = after; parts.append(try Tensor.full(side, value, dtype: dtype)) }
                if parts.count > 1 { x = try Tensor.cat(parts, dim: d) }
            }
            return x
        }
    }
}

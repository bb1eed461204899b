/// `F.cross_entropy(..., label_smoothing=ε)` as ATen composes it (LossNLL.cpp): for class
/// indices (1 - ε) · nll_loss + ε / C · the smoothing term; for class probabilities the target
/// is blended with the uniform distribution first.
extension Tensor {
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil, reduction: Reduction = .mean,
                                    ignoreIndex: Int = -100, labelSmoothing: Double) throws(TensorError) -> Tensor {
        guard labelSmoothing > 0 else {
            return try crossEntropy(input, target, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        }
        guard labelSmoothing <= 1 else {
            throw .runtime("label_smoothing must be between 0.0 and 1.0. Got: \(pythonNumber(labelSmoothing))")
        }
        let classDim = input.dim == 1 ? 0 : 1
        let classes = input.dim == 0 ? 1 : input.shape[classDim]
        if target.dtype.isFloatingPoint && target.shape == input.shape {
            let blended = try target.mul(.double(1 - labelSmoothing)).add(.double(labelSmoothing / Double(classes)))
            return try crossEntropy(input, blended, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        }
        let logp = try input.logSoftmax(dim: classDim)
        let nll = try nllLoss(logp, target, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        let ignored = try target.eq(.int(Int64(ignoreIndex)))
        var smooth: Tensor
        if let weight {
            var wshape = [Int](repeating: 1, count: input.dim)
            wshape[classDim] = classes
            smooth = try logp.mul(weight.view(wshape)).sum(dims: [classDim]).neg()
        } else {
            smooth = try logp.sum(dims: [classDim]).neg()
        }
        smooth = try smooth.maskedFill(ignored, .double(0))
        let reduced: Tensor
        switch reduction {
        case .mean:
            if let weight {
                reduced = try smooth.sum().div(weight.gather(0, target.maskedSelect(ignored.logicalNot()).flatten()).sum())
            } else {
                reduced = try smooth.sum().div(ignored.logicalNot().sum())
            }
        case .sum: reduced = try smooth.sum()
        case .none: reduced = smooth
        }
        return try nll.mul(.double(1 - labelSmoothing)).add(reduced.mul(.double(labelSmoothing / Double(classes))))
    }
}

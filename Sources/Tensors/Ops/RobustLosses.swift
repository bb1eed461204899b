/// `F.smooth_l1_loss` (SmoothL1LossBackward0) and `F.huber_loss` (HuberLossBackward0): quadratic
/// near zero, linear beyond `beta` / `delta`, with ATen's elementwise formulas.
extension Tensor {
    public static func smoothL1Loss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean,
                                    beta: Double = 1) throws(TensorError) -> Tensor {
        guard beta >= 0 else { throw .runtime("smooth_l1_loss does not support negative values for beta.") }
        if beta == 0 { return try l1Loss(input, target, reduction: reduction) }
        return try robustLoss("SmoothL1LossBackward0", input, target, reduction, limit: beta,
            quadratic: { z throws(TensorError) in try z.mul(.double(0.5)).mul(z).div(.double(beta)) },
            linear: { z throws(TensorError) in try z.sub(.double(0.5 * beta)) },
            slope: { d throws(TensorError) in try d.div(.double(beta)).clamp(min: .int(-1), max: .int(1)) })
    }

    public static func huberLoss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean,
                                 delta: Double = 1) throws(TensorError) -> Tensor {
        guard delta > 0 else { throw .runtime("huber_loss does not support non-positive values for delta.") }
        return try robustLoss("HuberLossBackward0", input, target, reduction, limit: delta,
            quadratic: { z throws(TensorError) in try z.mul(.double(0.5)).mul(z) },
            linear: { z throws(TensorError) in try z.sub(.double(0.5 * delta)).mul(.double(delta)) },
            slope: { d throws(TensorError) in try d.clamp(min: .double(-delta), max: .double(delta)) })
    }

    /// The shared shape of both: where(|d| < limit, quadratic, linear), reduced; the gradient
    /// is `slope(d)` spread by the reduction.
    private static func robustLoss(_ name: String, _ input: Tensor, _ target: Tensor, _ reduction: Reduction, limit: Double,
                                   quadratic: (Tensor) throws(TensorError) -> Tensor, linear: (Tensor) throws(TensorError) -> Tensor,
                                   slope: @escaping (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        let (out, diff) = try GradMode.withDisabled { () throws(TensorError) in
            let d = try input.sub(target)
            let z = try d.abs()
            let loss = try Tensor.where(z.lt(.double(limit)), quadratic(z), linear(z))
            return (try loss.reduced(reduction), d)
        }
        if needsGrad(input, target) {
            let (si, st, shape) = (input.shape, target.shape, diff.shape)
            out.setHistory(name, [input, target], saves: true) { g, need throws(TensorError) in
                let gi = try spread(g, reduction, shape).mul(slope(diff))
                return [need[0] ? try reduceGrad(gi, to: si) : nil, need[1] ? try reduceGrad(gi.neg(), to: st) : nil]
            }
        }
        return out
    }
}

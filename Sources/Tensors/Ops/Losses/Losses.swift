/// Loss functions as single engine operations with PyTorch's grad_fn names and numerics.

/// PyTorch's `reduction=` argument.
public enum Reduction: String, Sendable {
    case none, mean, sum
}

extension Tensor {
    /// Applies a reduction to elementwise losses (not recorded).
    func reduced(_ r: Reduction) throws(TensorError) -> Tensor {
        switch r {
        case .none: return self
        case .sum: return try sum()
        case .mean: return try mean()
        }
    }

    /// `grad` of a reduced loss spread back over elements of `shape`.
    static func spread(_ g: Tensor, _ r: Reduction, _ shape: [Int]) throws(TensorError) -> Tensor {
        switch r {
        case .none: return g
        case .sum: return try g.expand(shape)
        case .mean: return try g.div(.int(Int64(Swift.max(shape.reduce(1, *), 1)))).expand(shape)
        }
    }

    /// `F.mse_loss` (MseLossBackward0).
    public static func mseLoss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        let (out, diff) = try GradMode.withDisabled { () throws(TensorError) in
            let d = try input.sub(target)
            return (try d.square().reduced(reduction), d)
        }
        if needsGrad(input, target) {
            let (si, st, shape) = (input.shape, target.shape, diff.shape)
            out.setHistory("MseLossBackward0", [input, target], saves: true, saved: [input, target]) { g, need throws(TensorError) in
                let gi = try spread(g, reduction, shape).mul(diff).mul(.int(2))
                return [need[0] ? try reduceGrad(gi, to: si) : nil, need[1] ? try reduceGrad(gi.neg(), to: st) : nil]
            }
        }
        return out
    }

    /// `F.l1_loss`: PyTorch composes it from sub, abs and the reduction.
    public static func l1Loss(_ input: Tensor, _ target: Tensor, reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        let a = try input.sub(target).abs()
        switch reduction {
        case .none: return a
        case .sum: return try a.sum()
        case .mean: return try a.mean()
        }
    }

    /// `F.nll_loss` for inputs [N, C] (or [C]) of log-probabilities (NllLossBackward0).
    public static func nllLoss(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                               reduction: Reduction = .mean, ignoreIndex: Int = -100) throws(TensorError) -> Tensor {
        guard target.dtype == .int64 || target.dtype == .uint8 else {
            throw .runtime("expected target dtype to be Long or Byte, but got \(target.dtype.scalarTypeName)")
        }
        if input.dim > 2 {
            // [N, C, d1, ...]: move classes last and treat every position as a sample.
            let c = input.shape[1]
            let flat = try input.movedim(1, -1).reshape([-1, c])
            let loss = try nllLoss(flat, target.reshape([-1]), weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
            return reduction == .none ? try loss.reshape(target.shape) : loss
        }
        guard input.dim >= 1 else { throw .index("Dimension out of range (expected to be in range of [-1, 0], but got 1)") }
        let batched = input.dim == 2
        let (n, c) = batched ? (input.shape[0], input.shape[1]) : (1, input.shape[0])
        let targetBatch = target.dim == 0 ? 1 : target.shape[0]
        guard (batched && target.dim == 1 && targetBatch == n) || (!batched && target.dim == 0) else {
            if batched && target.dim == 1 {
                throw .value("Expected input batch_size (\(n)) to match target batch_size (\(targetBatch)).")
            }
            throw .runtime("0D or 1D target tensor expected, multi-target not supported")
        }
        let t = try target.int64s()
        let w = try weight.map { w throws(TensorError) in try w.doubles() } ?? []
        if weight != nil && w.count != c {
            throw .runtime("weight tensor should be defined either for all \(c) classes or no classes but got weight tensor of shape: \(shapeString(weight?.shape ?? []))")
        }
        var weights = [Double](repeating: 0, count: n)
        var positions = [Int](repeating: 0, count: n)
        for i in 0..<n {
            let cls = Int(t[i])
            if cls == ignoreIndex { continue }
            guard cls >= 0 && cls < c else { throw .index("Target \(cls) is out of bounds.") }
            weights[i] = w.isEmpty ? 1 : w[cls]
            positions[i] = i * c + cls
        }
        let x = try input.contiguousData(dtype: .float64).doubles()
        var losses = [Double](repeating: 0, count: n)
        for i in 0..<n where weights[i] != 0 { losses[i] = -x[positions[i]] * weights[i] }
        let totalWeight = weights.reduce(0, +)
        let value: [Double]
        switch reduction {
        case .none: value = losses
        case .sum: value = [losses.reduce(0, +)]
        case .mean: value = [losses.reduce(0, +) / totalWeight]
        }
        let out = try Tensor.from(value, shape: reduction == .none && batched ? [n] : [], dtype: input.dtype)
        if needsGrad(input) {
            let inShape = input.shape
            out.setHistory("NllLossBackward0", [input], saves: true) { g, _ throws(TensorError) in
                let gv = try g.doubles()
                var scale = [Double](repeating: 0, count: n)
                for i in 0..<n {
                    let gi = reduction == .none ? gv[i] : gv[0]
                    scale[i] = -weights[i] * gi / (reduction == .mean ? totalWeight : 1)
                }
                let grads = try Tensor.from(scale, shape: [n], dtype: g.dtype)
                return [try accumulateAt(grads, positions: positions, shape: inShape)]
            }
        }
        return out
    }

    /// `F.cross_entropy`: class indices go through log_softmax and nll_loss; class
    /// probabilities (a float target of the input's shape) through -(logp * target).sum.
    public static func crossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                    reduction: Reduction = .mean, ignoreIndex: Int = -100) throws(TensorError) -> Tensor {
        let classDim = input.dim == 1 ? 0 : 1
        let logp = try input.logSoftmax(dim: classDim)
        guard target.dtype.isFloatingPoint && target.shape == input.shape else {
            return try nllLoss(logp, target, weight: weight, reduction: reduction, ignoreIndex: ignoreIndex)
        }
        var terms = try logp.mul(target)
        if let weight {
            var wshape = [Int](repeating: 1, count: input.dim)
            wshape[classDim] = input.shape[classDim]
            terms = try terms.mul(weight.reshape(wshape))
        }
        switch reduction {
        case .none: return try terms.sum(dims: [classDim]).neg()
        case .sum: return try terms.sum().neg()
        case .mean:
            let n = input.dim == 1 ? 1 : input.numel / Swift.max(input.shape[classDim], 1)
            return try terms.sum().neg().divByScalar(.int(Int64(n)))
        }
    }

    /// Division by a number recorded as ATen's div(Tensor, Scalar) (DivBackward1).
    func divByScalar(_ s: Scalar) throws(TensorError) -> Tensor {
        let out = try GradMode.withDisabled { () throws(TensorError) in try div(s) }
        if needsGrad(self) {
            out.setHistory("DivBackward1", [self], saves: false) { g, _ throws(TensorError) in [try g.div(s)] }
        }
        return out
    }

    /// `F.binary_cross_entropy` on probabilities (BinaryCrossEntropyBackward0); logs are
    /// clamped at -100 as in PyTorch.
    public static func binaryCrossEntropy(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                          reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.shape == target.shape else {
            throw .value("Using a target size (\(torchSize(target.shape))) that is different to the input size (\(torchSize(input.shape))) is deprecated. Please ensure they have the same size.")
        }
        let out = try GradMode.withDisabled { () throws(TensorError) -> Tensor in
            if try input.lt(.int(0)).logicalOr(input.gt(.int(1))).any().item().boolValue {
                throw .runtime("all elements of input should be between 0 and 1")
            }
            let logx = try input.log().clamp(min: .int(-100))
            let log1mx = try input.rsub(.int(1)).log().clamp(min: .int(-100))
            var l = try target.mul(logx).add(target.rsub(.int(1)).mul(log1mx)).neg()
            if let weight { l = try l.mul(weight) }
            return try l.reduced(reduction)
        }
        if needsGrad(input, target) {
            let shape = input.shape
            out.setHistory("BinaryCrossEntropyBackward0", [input, target], saves: true) { g, need throws(TensorError) in
                let denom = try input.mul(input.rsub(.int(1))).clamp(min: .double(1e-12))
                var gi = try spread(g, reduction, shape).mul(input.sub(target)).div(denom)
                if let weight { gi = try gi.mul(weight) }
                let gt: Tensor? = need[1]
                    ? try spread(g, reduction, shape).mul(input.rsub(.int(1)).log().sub(input.log())) : nil
                return [need[0] ? gi : nil, gt]
            }
        }
        return out
    }

    /// `F.binary_cross_entropy_with_logits` (BinaryCrossEntropyWithLogitsBackward0), in
    /// PyTorch's numerically stable form.
    public static func binaryCrossEntropyWithLogits(_ input: Tensor, _ target: Tensor, weight: Tensor? = nil,
                                                    posWeight: Tensor? = nil, reduction: Reduction = .mean) throws(TensorError) -> Tensor {
        guard input.shape == target.shape else {
            throw .value("Target size (\(torchSize(target.shape))) must be the same as input size (\(torchSize(input.shape)))")
        }
        let out = try GradMode.withDisabled { () throws(TensorError) -> Tensor in
            let maxVal = try input.neg().clamp(min: .int(0))
            let softplus = try maxVal.neg().exp().add(input.neg().sub(maxVal).exp()).log().add(maxVal)
            var l: Tensor
            if let posWeight {
                let logWeight = try posWeight.sub(.int(1)).mul(target).add(.int(1))
                l = try target.rsub(.int(1)).mul(input).add(logWeight.mul(softplus))
            } else {
                l = try target.rsub(.int(1)).mul(input).add(softplus)
            }
            if let weight { l = try l.mul(weight) }
            return try l.reduced(reduction)
        }
        if needsGrad(input, target) {
            let shape = input.shape
            out.setHistory("BinaryCrossEntropyWithLogitsBackward0", [input, target], saves: true) { g, need throws(TensorError) in
                let s = try input.sigmoid()
                var gi: Tensor
                if let posWeight {
                    let logWeight = try posWeight.sub(.int(1)).mul(target).add(.int(1))
                    gi = try target.rsub(.int(1)).sub(logWeight.mul(s.rsub(.int(1))))
                } else {
                    gi = try s.sub(target)
                }
                if let weight { gi = try gi.mul(weight) }
                gi = try gi.mul(spread(g, reduction, shape))
                var gt: Tensor? = nil
                if need[1] {
                    var d = try input.neg()
                    if let posWeight { d = try d.add(posWeight.sub(.int(1)).mul(s.log().neg())) }
                    if let weight { d = try d.mul(weight) }
                    gt = try d.mul(spread(g, reduction, shape))
                }
                return [need[0] ? gi : nil, gt]
            }
        }
        return out
    }
}

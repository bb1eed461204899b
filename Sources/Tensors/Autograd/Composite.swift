/// Ops PyTorch computes in one kernel with one backward node (std_mean, addmv, cdist, ...)
/// but that read clearest here as a few engine ops: the inner graph runs on fresh leaves, and
/// the one visible node (PyTorch's grad_fn name) differentiates it on backward.
extension Tensor {
    static func composite(_ name: String, _ inputs: [Tensor],
                          _ compute: ([Tensor]) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        guard needsGrad(inputs) else {
            return try GradMode.withDisabled { () throws(TensorError) in try compute(inputs) }
        }
        let leaves = inputs.map { t -> Tensor in
            let leaf = t.detach()
            leaf.requiresGradFlag = t.requiresGrad
            return leaf
        }
        let inner = try compute(leaves)
        let out = inner.detach()
        guard inner.requiresGrad else { return out }
        let live = leaves.indices.filter { leaves[$0].requiresGrad }
        out.setHistory(name, inputs, saves: true) { g, need throws(TensorError) in
            let wanted = live.filter { need[$0] }
            guard !wanted.isEmpty else { return inputs.map { _ in nil } }
            let grads = try Tensor.grad(outputs: [inner], inputs: wanted.map { leaves[$0] }, gradOutputs: [g],
                                        retainGraph: true, createGraph: false, allowUnused: true)
            var result = [Tensor?](repeating: nil, count: inputs.count)
            for (k, i) in wanted.enumerated() { result[i] = grads[k] }
            return result
        }
        return out
    }
}

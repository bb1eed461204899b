/// An operation PyTorch runs as one kernel with one node (e.g. oneDNN's LSTM layer,
/// MkldnnRnnLayerBackward0) computed here by composing engine ops: the composition runs on
/// detached copies of the inputs, recorded, and each output gets a node of the kernel's name
/// whose backward differentiates that private graph.
extension Tensor {
    public static func fused(_ name: String, inputs: [Tensor],
                             _ body: ([Tensor]) throws(TensorError) -> [Tensor]) throws(TensorError) -> [Tensor] {
        guard needsGrad(inputs) else { return try body(inputs) }
        let leaves = try inputs.map { t throws(TensorError) in
            let leaf = t.detach()
            if t.requiresGrad { try leaf.setRequiresGrad() }
            return leaf
        }
        let inner = try body(leaves)  // grad mode is on: needsGrad checked it
        let wanted = leaves.filter(\.requiresGrad)
        return inner.map { out in
            let result = out.detach()
            guard out.requiresGrad else { return result }  // e.g. an output that ignores the inputs
            result.setHistory(name, inputs, saves: true) { g, _ throws(TensorError) in
                let grads = try Tensor.grad(outputs: [out], inputs: wanted, gradOutputs: [g], retainGraph: true,
                                            createGraph: false, allowUnused: true)
                var it = grads.makeIterator()
                return leaves.map { $0.requiresGrad ? (it.next() ?? nil) : nil }
            }
            return result
        }
    }
}

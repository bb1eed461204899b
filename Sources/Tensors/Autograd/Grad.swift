/// PyTorch's `torch.autograd.grad` and the several-output form of `torch.autograd.backward`.
extension Tensor {
    /// Gradients of `outputs` (weighted by `gradOutputs`, 1 for one-element outputs) with
    /// respect to `inputs`, returned rather than added to `.grad`. With `createGraph` the pass
    /// itself is recorded, so the results can be differentiated again. An input the outputs do
    /// not depend on gives nil when `allowUnused`, else an error.
    public static func grad(outputs: [Tensor], inputs: [Tensor], gradOutputs: [Tensor?], retainGraph: Bool,
                            createGraph: Bool, allowUnused: Bool) throws(TensorError) -> [Tensor?] {
        let roots = try seededRoots(outputs, gradOutputs)
        var nodes: [Node] = []
        for t in inputs {
            guard t.requiresGrad, let node = t.gradientEdge.0 else {
                throw .runtime("One of the differentiated Tensors does not require grad")
            }
            nodes.append(node)
        }
        let capture = GradientCapture(nodes: nodes, shapes: inputs.map(\.shape))
        let saved = GradMode.isEnabled
        GradMode.isEnabled = createGraph
        defer { GradMode.isEnabled = saved }
        try runBackward(roots: roots, retainGraph: retainGraph, capture: capture)
        if !allowUnused, let i = capture.grads.firstIndex(where: { $0 == nil }) {
            throw .runtime("The differentiated Tensor at index \(i) appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.")
        }
        return capture.grads
    }

    /// `torch.autograd.backward(tensors, grad_tensors)`: one pass from several outputs,
    /// accumulating into the leaves' `.grad`.
    public static func backward(_ outputs: [Tensor], gradients: [Tensor?], retainGraph: Bool) throws(TensorError) {
        let roots = try seededRoots(outputs, gradients)
        try GradMode.withDisabled { () throws(TensorError) in
            try runBackward(roots: roots, retainGraph: retainGraph)
        }
    }

    private static func seededRoots(_ outputs: [Tensor], _ gradients: [Tensor?]) throws(TensorError) -> [(Node, Tensor)] {
        guard gradients.isEmpty || gradients.count == outputs.count else {
            throw .runtime("got \(outputs.count) tensors and \(gradients.count) gradients")
        }
        var roots: [(Node, Tensor)] = []
        for (i, t) in outputs.enumerated() {
            let seed = try t.backwardSeed(gradients.isEmpty ? nil : gradients[i], index: i)
            if let node = t.gradientEdge.0 { roots.append((node, seed)) }
        }
        return roots
    }
}

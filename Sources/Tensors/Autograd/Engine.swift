/// The backward pass: topological order from the root, gradients summed per node.
extension Tensor {
    /// PyTorch's `tensor.backward(gradient=None, retain_graph=None)`.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws(TensorError) {
        let seed = try backwardSeed(gradient)
        guard let root = gradientEdge.0 else { return }
        try GradMode.withDisabled { () throws(TensorError) in
            _ = try runBackward(root: root, seed: seed, retainGraph: retainGraph, capture: nil)
        }
    }

    /// PyTorch's `torch.autograd.grad(self, inputs, grad_outputs, retain_graph)`: the
    /// gradients of this output with respect to `inputs`, leaving every `.grad` untouched.
    public func gradients(of inputs: [Tensor], gradient: Tensor? = nil, retainGraph: Bool = false,
                          allowUnused: Bool = false) throws(TensorError) -> [Tensor?] {
        let seed = try backwardSeed(gradient)
        var targets: [Node] = []
        for x in inputs {
            guard x.requiresGrad, let node = x.gradientEdge.0 else {
                throw .runtime("One of the differentiated Tensors does not require grad")
            }
            targets.append(node)
        }
        guard let root = gradientEdge.0 else { return inputs.map { _ in nil } }
        let grads = try GradMode.withDisabled { () throws(TensorError) in
            try runBackward(root: root, seed: seed, retainGraph: retainGraph, capture: targets)
        }
        if !allowUnused && grads.contains(where: { $0 == nil }) {
            throw .runtime("One of the differentiated Tensors appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.")
        }
        return grads
    }

    /// The gradient backward starts from, with PyTorch's checks.
    private func backwardSeed(_ gradient: Tensor?) throws(TensorError) -> Tensor {
        guard requiresGrad else {
            throw .runtime("element 0 of tensors does not require grad and does not have a grad_fn")
        }
        if let g = gradient {
            guard g.shape == shape else {
                throw .runtime("Mismatch in shape: grad_output[0] has a shape of \(torchSize(g.shape)) and output[0] has a shape of \(torchSize(shape)).")
            }
            return g
        }
        guard numel == 1 else { throw .runtime("grad can be implicitly created only for scalar outputs") }
        return try Tensor.full(shape, .double(1), dtype: dtype)
    }
}

/// "torch.Size([2, 3])", as PyTorch writes shapes in messages.
func torchSize(_ shape: [Int]) -> String { "torch.Size(\(shapeString(shape)))" }

/// Runs the graph from `root`. Without `capture`, leaf gradients accumulate into `.grad`;
/// with it, nothing accumulates and the gradients arriving at the captured nodes are returned.
private func runBackward(root: Node, seed: Tensor, retainGraph: Bool, capture: [Node]?) throws(TensorError) -> [Tensor?] {
    var captured = [Tensor?](repeating: nil, count: capture?.count ?? 0)
    // Collect the graph reachable from the root and count incoming edges.
    var order: [Node] = []
    var stack = [root]
    var seen = Set<ObjectIdentifier>([ObjectIdentifier(root)])
    while let n = stack.popLast() {
        order.append(n)
        n.dependencies = 0
        n.pendingGrad = nil
        for case (let next?, _) in n.nextFunctions where seen.insert(ObjectIdentifier(next)).inserted {
            stack.append(next)
        }
    }
    for n in order { for case (let next?, _) in n.nextFunctions { next.dependencies += 1 } }
    defer {
        for n in order { n.pendingGrad = nil }
        if !retainGraph {
            for n in order where !(n is AccumulateGrad) {
                n.released = true
                if n.savesTensors { n.backward = nil }
            }
        }
    }

    root.pendingGrad = seed
    var ready = [root]
    while let node = ready.popLast() {
        let grad = node.pendingGrad
        node.pendingGrad = nil
        if let capture {
            for (i, target) in capture.enumerated() where target === node { captured[i] = grad }
            if node is AccumulateGrad { continue }
        } else if let acc = node as? AccumulateGrad {
            if let g = grad { try accumulate(g, into: acc.variable) }
            continue
        } else if let g = grad, let kept = node.retainedOutput {
            try accumulate(g, into: kept)
        }
        var inputGrads: [Tensor?] = []
        if let g = grad {
            guard let fn = node.backward else {
                throw .runtime("Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.")
            }
            inputGrads = try fn(g, node.nextFunctions.map { $0.0 != nil })
        }
        for (i, edge) in node.nextFunctions.enumerated() {
            guard let next = edge.0 else { continue }
            if i < inputGrads.count, let g = inputGrads[i] {
                next.pendingGrad = try next.pendingGrad.map { p throws(TensorError) in try p.add(g) } ?? g
            }
            next.dependencies -= 1
            if next.dependencies == 0 { ready.append(next) }
        }
    }
    return captured
}

/// Adds a gradient into `t.grad`: the first one is copied (it may alias other gradients),
/// later ones are added in place, as PyTorch's AccumulateGrad does outside create_graph.
private func accumulate(_ g: Tensor, into t: Tensor) throws(TensorError) {
    let g = g.shape == t.shape ? g : try g.sumToShape(t.shape)
    if let existing = t.grad {
        try existing.addInPlaceUnchecked(g)
    } else {
        t.grad = try g.cloneData(dtype: t.dtype)
    }
}

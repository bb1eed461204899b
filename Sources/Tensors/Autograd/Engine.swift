/// The backward pass: topological order from the roots, gradients summed per node.
extension Tensor {
    /// PyTorch's `tensor.backward(gradient=None, retain_graph=None)`.
    public func backward(gradient: Tensor? = nil, retainGraph: Bool = false) throws(TensorError) {
        let seed = try backwardSeed(gradient, index: 0)
        let (root, _) = gradientEdge
        guard let root else { return }
        try GradMode.withDisabled { () throws(TensorError) in
            try runBackward(roots: [(root, seed)], retainGraph: retainGraph)
        }
    }

    /// The gradient a pass starts from at output `index`: the one given (of the output's
    /// shape), or 1 for a one-element output.
    func backwardSeed(_ gradient: Tensor?, index: Int) throws(TensorError) -> Tensor {
        guard requiresGrad else {
            throw .runtime("element \(index) of tensors does not require grad and does not have a grad_fn")
        }
        if let g = gradient {
            guard g.shape == shape else {
                throw .runtime("Mismatch in shape: grad_output[\(index)] has a shape of \(torchSize(g.shape)) and output[\(index)] has a shape of \(torchSize(shape)).")
            }
            return g
        }
        guard numel == 1 else { throw .runtime("grad can be implicitly created only for scalar outputs") }
        return try Tensor.full(shape, .double(1), dtype: dtype)
    }
}

/// For `torch.autograd.grad`: the nodes the wanted gradients arrive at (a leaf's
/// AccumulateGrad, a non-leaf's grad_fn) and the gradients that arrived, instead of `.grad`.
final class GradientCapture {
    let slots: [ObjectIdentifier: [Int]]
    let shapes: [[Int]]
    var grads: [Tensor?]

    init(nodes: [Node], shapes: [[Int]]) {
        var slots: [ObjectIdentifier: [Int]] = [:]
        for (i, n) in nodes.enumerated() { slots[ObjectIdentifier(n), default: []].append(i) }
        self.slots = slots
        self.shapes = shapes
        self.grads = Array(repeating: nil, count: nodes.count)
    }

    func record(_ g: Tensor, at node: Node) throws(TensorError) {
        for i in slots[ObjectIdentifier(node)] ?? [] {
            grads[i] = g.shape == shapes[i] ? g : try g.sumToShape(shapes[i])
        }
    }
}

/// "torch.Size([2, 3])", as PyTorch writes shapes in messages.
func torchSize(_ shape: [Int]) -> String { "torch.Size(\(shapeString(shape)))" }

/// Runs the graph behind `roots` (each with its seed gradient). With a capture, gradients are
/// collected there and no `.grad` or retained gradient is touched.
func runBackward(roots: [(Node, Tensor)], retainGraph: Bool, capture: GradientCapture? = nil) throws(TensorError) {
    // Collect the graph reachable from the roots and count incoming edges.
    var order: [Node] = []
    var seen = Set<ObjectIdentifier>()
    var stack = roots.map(\.0).filter { seen.insert(ObjectIdentifier($0)).inserted }
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

    for (root, seed) in roots {
        root.pendingGrad = try root.pendingGrad.map { p throws(TensorError) in try p.add(seed) } ?? seed
    }
    // A root that another root leads to waits for its share, like any other node.
    var ready = order.filter { $0.dependencies == 0 && $0.pendingGrad != nil }
    while let node = ready.popLast() {
        let grad = node.pendingGrad
        node.pendingGrad = nil
        if let capture, let g = grad { try capture.record(g, at: node) }
        if let acc = node as? AccumulateGrad {
            if capture == nil, let g = grad { try accumulate(g, into: acc.variable) }
            continue
        }
        if capture == nil, let g = grad, let kept = node.retainedOutput { try accumulate(g, into: kept) }
        var inputGrads: [Tensor?] = []
        if let g = grad {
            guard let fn = node.backward else {
                throw .runtime("Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.")
            }
            for saved in node.savedVersions { try saved.check() }
            inputGrads = try whileRunning(node) { () throws(TensorError) in try fn(g, node.nextFunctions.map { $0.0 != nil }) }
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

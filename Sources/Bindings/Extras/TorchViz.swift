import Script
import Tensors

// torchviz.make_dot: the autograd graph behind a tensor as a Digraph, statement for statement
// as torchviz 0.0.3 draws it (grey boxes for grad_fn nodes, light blue for leaves that get a
// .grad, green for the output, a dotted edge from a view's base).

/// Walks the graph in torchviz's order. Ids are numbers given in order of first sight, so the
/// same model always gives the same source (torchviz uses id(), which varies run to run).
private struct GraphDrawer {
    let dot: DotGraph
    let parameterNames: [ObjectIdentifier: String]
    var ids: [ObjectIdentifier: Int] = [:]
    var seen: Set<ObjectIdentifier> = []

    mutating func id(_ object: AnyObject) -> String {
        let key = ObjectIdentifier(object)
        if let n = ids[key] { return String(n) }
        let n = ids.count + 1
        ids[key] = n
        return String(n)
    }

    func label(_ t: Tensor) -> String {
        (parameterNames[ObjectIdentifier(t)] ?? "") + "\n (" + t.shape.map(String.init).joined(separator: ", ") + ")"
    }

    /// A node and everything it leads to, depth first (a loop, not recursion: graphs built by
    /// long Python loops are deep).
    mutating func addNodes(_ root: Node) {
        var stack: [(node: Node, next: Int)] = []
        if visit(root) { stack.append((root, 0)) }
        while let (node, next) = stack.last {
            let edges = node.nextFunctions
            guard next < edges.count else {
                finish(node)
                stack.removeLast()
                continue
            }
            stack[stack.count - 1].next = next + 1
            guard let child = edges[next].0 else { continue }
            dot.edge(id(child), id(node))
            if visit(child) { stack.append((child, 0)) }
        }
    }

    /// Draws one grad_fn box (and a leaf's tensor box); false when already drawn.
    private mutating func visit(_ node: Node) -> Bool {
        guard seen.insert(ObjectIdentifier(node)).inserted else { return false }
        if let accumulate = node as? AccumulateGrad {
            let leaf = accumulate.variable
            seen.insert(ObjectIdentifier(leaf))
            dot.node(id(leaf), label: label(leaf), [("fillcolor", "lightblue")])
            dot.edge(id(leaf), id(node))
        }
        dot.node(id(node), label: node.name)
        return true
    }

    /// After a node's inputs: the tensors a custom autograd.Function saved, in orange (torchviz
    /// draws these whatever show_saved says).
    private mutating func finish(_ node: Node) {
        for t in customSavedTensors(node) {
            seen.insert(ObjectIdentifier(t))
            dot.edge(id(t), id(node), [("dir", "none")])
            dot.node(id(t), label: label(t), [("fillcolor", "orange")])
        }
    }

    mutating func addTensor(_ t: Tensor, color: String = "darkolivegreen1") {
        guard seen.insert(ObjectIdentifier(t)).inserted else { return }
        dot.node(id(t), label: label(t), [("fillcolor", color)])
        if let fn = t.gradFn {
            addNodes(fn)
            dot.edge(id(fn), id(t))
        }
        if let base = t.viewBase {
            addTensor(base, color: "darkolivegreen3")
            dot.edge(id(base), id(t), [("style", "dotted")])
        }
    }
}

/// torchviz's graph: node attributes, then a size that grows with the number of statements.
func makeDot(_ outputs: [Tensor], parameterNames: [ObjectIdentifier: String]) -> DotGraph {
    let dot = DotGraph()
    for (k, v) in [("style", "filled"), ("shape", "box"), ("align", "left"), ("fontsize", "10"),
                   ("ranksep", "0.1"), ("height", "0.2"), ("fontname", "monospace")] {
        dot.nodeAttributes.set(k, .str(v))
    }
    var drawer = GraphDrawer(dot: dot, parameterNames: parameterNames)
    for t in outputs { drawer.addTensor(t) }
    let content = Double(dot.body.items.count) * 0.15
    let size = content > 12 ? PythonFloat.repr(content) : "12"
    dot.graphAttributes.set("size", .str("\(size),\(size)"))
    return dot
}

func makeTorchviz(_ interp: Interpreter) throws(PyError) -> PyModule {
    _ = try interp.importModule("graphviz")  // defines Digraph's methods, as torchviz imports graphviz
    let m = PyModule(name: "torchviz")
    // show_attrs and show_saved are accepted, but the engine's nodes keep no record of their
    // saved values, so the graph comes without those boxes.
    m.define("make_dot", ["var", "params?", "show_attrs?", "show_saved?", "max_attr_chars?"]) { a throws(PyError) in
        var names: [ObjectIdentifier: String] = [:]
        if let p = a.optional("params"), !p.isNone {
            guard case .dict(let d) = p else { throw PyError.attributeError("'\(typeName(p))' object has no attribute 'values'") }
            for (k, v) in d.items {
                guard let t = tensorPayload(v) else { throw PyError(AssertionErrorClass, "") }
                names[ObjectIdentifier(t)] = try a.interp.str(k)
            }
        }
        let v = a["var"]
        let items: [Value]
        if case .tuple(let vs) = v { items = vs } else { items = [v] }
        var outputs: [Tensor] = []
        for item in items {
            guard let t = tensorPayload(item) else { throw PyError.attributeError("'\(typeName(item))' object has no attribute 'grad_fn'") }
            outputs.append(t)
        }
        return wrap(makeDot(outputs, parameterNames: names))
    }
    m.define("make_dot_from_trace", ["trace"]) { _ throws(PyError) in
        throw PyError(NotImplementedErrorClass, "This function has been moved to pytorch core and can be found here: https://pytorch.org/docs/stable/tensorboard.html")
    }
    return m
}

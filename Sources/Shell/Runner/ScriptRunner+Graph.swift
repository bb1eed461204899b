import Script

/// `%graph`: walks PyTorch's autograd API from Python's side (`grad_fn`, `name()`,
/// `next_functions`, `variable`), so it shows whatever graph the bindings build.
extension ScriptRunner {
    public func autogradGraph(of expression: String) throws(PythonErrorText) -> GraphTree {
        guard let value = try evaluate(CellSource(expression), filename: "<graph>", write: { _ in }) else {
            throw PythonErrorText(traceback: "SyntaxError: %graph takes an expression", exceptionLine: "SyntaxError: %graph takes an expression")
        }
        let root = attribute(value, "grad_fn") ?? .none
        guard !root.isNone else {
            return GraphTree(label: "(no grad_fn: the tensor does not require grad)", children: [])
        }
        var walk = GraphWalk(runner: self)
        return walk.tree(root)
    }

    fileprivate func attribute(_ value: Value, _ name: String) -> Value? {
        try? interpreter.getAttribute(value, name)
    }

    /// `node.name()` without a C++ namespace (PyTorch names AccumulateGrad
    /// `torch::autograd::AccumulateGrad`; torchviz shows the bare name).
    fileprivate func label(of node: Value) -> String {
        if let method = attribute(node, "name"), let name = try? interpreter.call(method, []),
           case .str(let text) = name {
            return text.split(separator: ":").last.map(String.init) ?? text
        }
        return typeName(node)
    }

    fileprivate func nextFunctions(of node: Value) -> [Value] {
        guard let next = attribute(node, "next_functions"), let pairs = try? interpreter.toArray(next) else { return [] }
        return pairs.compactMap { pair in
            guard let function = (try? interpreter.toArray(pair))?.first, !function.isNone else { return nil }
            return function
        }
    }
}

private struct GraphWalk {
    let runner: ScriptRunner
    var seen: Set<ObjectIdentifier> = []
    var remaining = 500

    mutating func tree(_ node: Value) -> GraphTree {
        var label = runner.label(of: node)
        if let variable = runner.attribute(node, "variable"), let shape = runner.shapeText(variable) {
            label += " " + shape
        }
        if case .instance(let object) = node {
            guard seen.insert(ObjectIdentifier(object)).inserted else {
                return GraphTree(label: label + " (shown above)", children: [])
            }
        }
        remaining -= 1
        guard remaining > 0 else { return GraphTree(label: label + " …", children: []) }
        return GraphTree(label: label, children: runner.nextFunctions(of: node).map { tree($0) })
    }
}

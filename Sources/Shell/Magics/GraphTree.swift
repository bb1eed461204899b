/// `%graph loss`: the autograd graph behind a tensor as a tree, the terminal's view of what
/// torchviz draws: grad_fn nodes by name, AccumulateGrad leaves with their parameter's
/// shape. A node reached again (the graph is a DAG) is marked rather than repeated.
public struct GraphTree: Equatable, Sendable {
    public var label: String
    public var children: [GraphTree]

    public init(label: String, children: [GraphTree]) {
        self.label = label
        self.children = children
    }

    public func render() -> String {
        var lines = [label]
        for (i, child) in children.enumerated() {
            child.append(to: &lines, prefix: "", last: i == children.count - 1)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func append(to lines: inout [String], prefix: String, last: Bool) {
        lines.append(prefix + (last ? "└── " : "├── ") + label)
        let inner = prefix + (last ? "    " : "│   ")
        for (i, child) in children.enumerated() {
            child.append(to: &lines, prefix: inner, last: i == children.count - 1)
        }
    }
}

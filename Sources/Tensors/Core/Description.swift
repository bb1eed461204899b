/// A plain rendering until the PyTorch-exact formatter (Format/) is wired in.
extension Tensor: CustomStringConvertible {
    public var description: String {
        let values = (try? scalars()) ?? []
        let text = values.map { s -> String in
            switch s {
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            case .double(let d): return String(d)
            }
        }.joined(separator: ", ")
        return "tensor([\(text)], shape=\(shapeString(shape)), dtype=torch.\(dtype.name))"
    }
}

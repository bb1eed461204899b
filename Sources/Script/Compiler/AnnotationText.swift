// The text of an annotation, as ast.unparse writes the common ones: the value of an annotation
// naming something Flint's libraries lack (`np.typing.NDArray[np.float32]`), so that defining
// the function still works.

extension Expr {
    var annotationText: String {
        switch self {
        case .name(let n, _): return n
        case .attribute(let o, let n, _): return o.annotationText + "." + n
        case .item(let o, let key, _):
            if case .tuple(let items) = key, !items.isEmpty { return o.annotationText + "[" + items.map { $0.annotationText }.joined(separator: ", ") + "]" }
            return o.annotationText + "[" + key.annotationText + "]"
        case .binary(let op, let l, let r, _): return l.annotationText + " \(op.rawValue) " + r.annotationText
        case .list(let items): return "[" + items.map { $0.annotationText }.joined(separator: ", ") + "]"
        case .tuple(let items): return "(" + items.map { $0.annotationText }.joined(separator: ", ") + (items.count == 1 ? ",)" : ")")
        case .constant(let v):
            switch v {
            case .none: return "None"
            case .ellipsis: return "..."
            case .str(let s): return stringRepr(s)
            case .bool(let b): return b ? "True" : "False"
            case .int(let i): return String(i)
            default: return "..."
            }
        default: return "..."
        }
    }
}

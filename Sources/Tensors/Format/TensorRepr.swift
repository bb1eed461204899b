/// `repr(tensor)` exactly as PyTorch 2.15 writes it (`torch/_tensor_str.py`).
///
/// - Parameters:
///   - shape: the sizes; `[]` for a 0-dim tensor.
///   - elements: all elements in row-major order, with their dtype.
///   - suffixes: autograd suffixes in order, e.g. `["requires_grad=True"]` or
///     `["grad_fn=<AddBackward0>"]`; size and dtype suffixes are added here.
///   - options: `torch.set_printoptions` state.
///   - prefix: `tensor(`; continuation lines are indented by its length.
///   - defaultDtypeName: `torch.get_default_dtype()` without `torch.`.
/// Returns a description of the mismatch instead if `shape` and `elements` disagree.
public func tensorRepr(shape: [Int], elements: TensorElements, suffixes: [String] = [],
                       options: PrintOptions = PrintOptions.current, prefix: String = "tensor(",
                       defaultDtypeName: String = "float32") -> String {
    let numel = shape.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    guard shape.allSatisfy({ $0 >= 0 }), numel == elements.count else {
        return "<tensor of shape \(shape) with \(elements.count) elements>"
    }
    let indent = prefix.count
    let dtypeName = elements.dtypeName
    var allSuffixes: [String] = []
    let body: String
    if numel == 0 {
        if shape.count != 1 { allSuffixes.append("size=" + pythonTuple(shape)) }
        if dtypeName != defaultDtypeName { allSuffixes.append("dtype=torch." + dtypeName) }
        body = "[]"
    } else {
        if options.edgeitems == 0 { allSuffixes.append("size=" + pythonTuple(shape)) }
        if ![defaultDtypeName, "int64", "bool"].contains(dtypeName) {
            allSuffixes.append("dtype=torch." + dtypeName)
        }
        body = TensorBody(shape: shape, scalars: elements.scalars, summarize: numel > options.threshold,
                          options: options).render(indent: indent)
    }
    return addSuffixes(prefix + body, allSuffixes + suffixes, indent: indent, linewidth: options.linewidth)
}

/// `torch.Size([2, 3])`.
public func torchSizeRepr(_ shape: [Int]) -> String {
    "torch.Size([" + shape.map(String.init).joined(separator: ", ") + "])"
}

/// Python's tuple spelling: `(0, 3)`, `(5,)`, `()`.
func pythonTuple(_ values: [Int]) -> String {
    values.count == 1 ? "(\(values[0]),)" : "(" + values.map(String.init).joined(separator: ", ") + ")"
}

/// `_add_suffixes`: a suffix stays on the last line while it fits in `linewidth`.
private func addSuffixes(_ text: String, _ suffixes: [String], indent: Int, linewidth: Int) -> String {
    var out = text
    var lastLineLength: Int
    if let newline = text.lastIndex(of: "\n") {
        lastLineLength = text.distance(from: newline, to: text.endIndex) + 1
    } else {
        lastLineLength = text.count + 2
    }
    for suffix in suffixes {
        if lastLineLength + suffix.count + 2 > linewidth {
            out += ",\n" + String(repeating: " ", count: indent) + suffix
            lastLineLength = indent + suffix.count
        } else {
            out += ", " + suffix
            lastLineLength += suffix.count + 2
        }
    }
    return out + ")"
}

/// The bracketed body: nesting, summarisation with `...`, and line wrapping.
private struct TensorBody {
    let shape: [Int]
    let strides: [Int]
    let scalars: Scalars
    let options: PrintOptions
    let summarize: Bool
    let edge: Int
    let formatter: ElementFormatter

    init(shape: [Int], scalars: Scalars, summarize: Bool, options: PrintOptions) {
        self.shape = shape
        self.scalars = scalars
        self.options = options
        var strides = [Int](repeating: 1, count: shape.count)
        for d in stride(from: shape.count - 2, through: 0, by: -1) { strides[d] = strides[d + 1] * shape[d + 1] }
        self.strides = strides
        self.summarize = summarize
        edge = max(options.edgeitems, 0)
        var shown: [Int] = []
        if summarize {
            Self.collectSummarized(shape: shape, strides: strides, edge: edge, dim: 0, offset: 0, into: &shown)
        }
        formatter = ElementFormatter(summarize ? scalars.picking(shown) : scalars, options: options)
    }

    /// `get_summarized_data`: the flat indices the formatter sees when summarising.
    private static func collectSummarized(shape: [Int], strides: [Int], edge: Int, dim: Int, offset: Int,
                                          into shown: inout [Int]) {
        guard dim < shape.count else { shown.append(offset); return }
        let size = shape[dim]
        if dim == shape.count - 1 {
            // `self[:e]` then `self[-e:]`; with e = 0 the latter is the whole row, as in Python.
            let indices = size > 2 * edge ? Array(0..<edge) + (edge == 0 ? Array(0..<size) : Array((size - edge)..<size))
                                          : Array(0..<size)
            shown += indices.map { offset + $0 * strides[dim] }
            return
        }
        if edge == 0 && dim == 0 { return }  // `new_empty`: nothing shown
        for i in edgeIndices(size, edge: edge) {
            collectSummarized(shape: shape, strides: strides, edge: edge, dim: dim + 1,
                              offset: offset + i * strides[dim], into: &shown)
        }
    }

    private static func edgeIndices(_ size: Int, edge: Int) -> [Int] {
        size > 2 * edge ? Array(0..<edge) + Array((size - edge)..<size) : Array(0..<size)
    }

    func render(indent: Int) -> String {
        shape.isEmpty ? formatter.format(scalars, at: 0) : render(dim: 0, offset: 0, indent: indent)
    }

    private func render(dim: Int, offset: Int, indent: Int) -> String {
        let size = shape[dim]
        let elided = summarize && size > 2 * edge
        let head = elided ? Array(0..<edge) : Array(0..<size)
        let tail = elided ? Array((size - edge)..<size) : []
        if dim == shape.count - 1 {
            return renderRow(head: head, tail: tail, elided: elided, offset: offset, stride: strides[dim], indent: indent)
        }
        var slices = head.map { render(dim: dim + 1, offset: offset + $0 * strides[dim], indent: indent + 1) }
        if elided {
            slices.append("...")
            slices += tail.map { render(dim: dim + 1, offset: offset + $0 * strides[dim], indent: indent + 1) }
        }
        let separator = "," + String(repeating: "\n", count: shape.count - dim - 1)
            + String(repeating: " ", count: indent + 1)
        return "[" + slices.joined(separator: separator) + "]"
    }

    private func renderRow(head: [Int], tail: [Int], elided: Bool, offset: Int, stride: Int, indent: Int) -> String {
        var items: [String]
        if summarize && edge == 0 {
            items = ["..."]
        } else {
            items = head.map { formatter.format(scalars, at: offset + $0 * stride) }
            if elided {
                items.append(" ...")
                items += tail.map { formatter.format(scalars, at: offset + $0 * stride) }
            }
        }
        let perLine = max(1, Int(floorDivide(options.linewidth - indent, formatter.width + 2)))
        var lines: [String] = []
        var start = 0
        while start < items.count {
            let end = min(start + perLine, items.count)
            lines.append(items[start..<end].joined(separator: ", "))
            start = end
        }
        return "[" + lines.joined(separator: ",\n" + String(repeating: " ", count: indent + 1)) + "]"
    }
}

private func floorDivide(_ a: Int, _ b: Int) -> Int {
    let q = a / b
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q
}

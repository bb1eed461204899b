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
    let options = options.sanitized
    guard let layout = RowMajor(shape: shape, count: elements.count) else {
        return "<tensor of shape \(shape) with \(elements.count) elements>"
    }
    let numel = elements.count
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
        body = TensorBody(layout: layout, elements: elements, summarize: numel > options.threshold,
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
    let elements: TensorElements
    let options: PrintOptions
    let summarize: Bool
    let edge: Int
    let formatter: ElementFormatter

    init(layout: RowMajor, elements: TensorElements, summarize: Bool, options: PrintOptions) {
        shape = layout.shape
        strides = layout.strides
        self.elements = elements
        self.options = options
        self.summarize = summarize
        edge = max(options.edgeitems, 0)
        guard summarize else {
            formatter = ElementFormatter(elements.scalars(), options: options)
            return
        }
        // `get_summarized_data` shows nothing at all for edgeitems = 0 beyond one dimension.
        let shown = edge == 0 && shape.count >= 2 ? [] : layout.summarizedIndices(edge: edge)
        formatter = ElementFormatter(elements.scalars(at: shown), options: options)
    }

    func render(indent: Int) -> String {
        shape.isEmpty ? formatter.format(elements.value(at: 0)) : render(dim: 0, offset: 0, indent: indent)
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
            items = head.map { formatter.format(elements.value(at: offset + $0 * stride)) }
            if elided {
                items.append(" ...")
                items += tail.map { formatter.format(elements.value(at: offset + $0 * stride)) }
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

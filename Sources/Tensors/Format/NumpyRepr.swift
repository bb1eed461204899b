/// NumPy 2's `repr(array)` and `str(array)` (`array_repr`, `array_str`, `_formatArray`) and the
/// `repr`/`str` of NumPy scalars, for the dtypes Flint has.
public struct NumpyPrintOptions: Sendable, Equatable {
    public var precision = 8
    public var threshold = 1000
    public var edgeitems = 3
    public var linewidth = 75
    /// `suppress=True`: never switch to scientific notation for small values or wide ranges.
    public var suppress = false

    public init(precision: Int = 8, threshold: Int = 1000, edgeitems: Int = 3, linewidth: Int = 75,
                suppress: Bool = false) {
        self.precision = precision
        self.threshold = threshold
        self.edgeitems = edgeitems
        self.linewidth = linewidth
        self.suppress = suppress
    }

    /// Numbers clamped so the layout arithmetic cannot overflow.
    var sanitized: NumpyPrintOptions {
        NumpyPrintOptions(precision: min(max(precision, 0), 100), threshold: threshold,
                          edgeitems: min(max(edgeitems, 0), 1 << 40),
                          linewidth: min(max(linewidth, -(1 << 40)), 1 << 40), suppress: suppress)
    }

    /// `np.set_printoptions` state for the process (one interpreter thread).
    public nonisolated(unsafe) static var current = NumpyPrintOptions()
}

/// `repr(ndarray)`: `array([1.5, 2. ])`, `array([1, 2], dtype=int32)`, `array([], shape=(0, 3), dtype=float64)`.
public func numpyRepr(shape: [Int], elements: TensorElements,
                      options: NumpyPrintOptions = NumpyPrintOptions.current) -> String {
    let options = options.sanitized
    guard let layout = NumpyLayout(shape: shape, elements: elements, options: options) else {
        return "<array of shape \(shape) with \(elements.count) elements>"
    }
    let prefix = "array("
    let numel = elements.count
    let body = numel == 0 ? "[]" : layout.render(separator: ", ", prefixLength: prefix.count,
                                                 linewidth: options.linewidth - 1)
    var extras: [String] = []
    if (numel == 0 && shape != [0]) || numel > options.threshold { extras.append("shape=" + pythonTuple(shape)) }
    let dtype = numpyDtypeName(elements)
    if !["float64", "int64", "bool"].contains(dtype) || numel == 0 { extras.append("dtype=" + dtype) }
    guard !extras.isEmpty else { return prefix + body + ")" }
    let text = prefix + body + ","
    let extra = extras.joined(separator: ", ") + ")"
    let lastLine = text.split(separator: "\n", omittingEmptySubsequences: false).last?.count ?? 0
    let spacer = lastLine + extra.count + 1 > options.linewidth ? "\n" + String(repeating: " ", count: prefix.count) : " "
    return text + spacer + extra
}

/// `str(ndarray)` / `print(ndarray)`: `[1 2 3]`, `[[ True  True]]`; a 0-dim array prints as its scalar.
public func numpyStr(shape: [Int], elements: TensorElements,
                     options: NumpyPrintOptions = NumpyPrintOptions.current) -> String {
    let options = options.sanitized
    guard let layout = NumpyLayout(shape: shape, elements: elements, options: options) else {
        return "<array of shape \(shape) with \(elements.count) elements>"
    }
    if shape.isEmpty { return numpyScalarStr(elements) }
    return elements.count == 0 ? "[]" : layout.render(separator: " ", prefixLength: 0, linewidth: options.linewidth)
}

/// `str(np.float64(81.0))` = `81.0`: the first element as a NumPy scalar.
public func numpyScalarStr(_ element: TensorElements) -> String {
    switch element {
    case .float32(let v): v.first.map(float32ScalarStr) ?? ""
    case .float64(let v): v.first.map(PythonFloat.repr) ?? ""
    case .int64(let v): v.first.map { String($0) } ?? ""
    case .int32(let v): v.first.map { String($0) } ?? ""
    case .uint8(let v): v.first.map { String($0) } ?? ""
    case .bool(let v): v.first.map { $0 ? "True" : "False" } ?? ""
    }
}

/// `repr(np.float64(81.0))` = `np.float64(81.0)`; booleans are `np.True_` / `np.False_`.
public func numpyScalarRepr(_ element: TensorElements) -> String {
    if case .bool(let v) = element { return v.first == true ? "np.True_" : "np.False_" }
    return "np." + numpyDtypeName(element) + "(" + numpyScalarStr(element) + ")"
}

/// float32 scalars print like Python floats with float32's shortest digits, but switch to
/// exponent form from 1e6 (float32 has 6 reliable digits) instead of 1e16.
private func float32ScalarStr(_ value: Float) -> String {
    if let special = PythonFloat.nonFinite(Double(value)) { return special }
    let digits = ShortestDigits(value)
    let magnitude = Double(value.magnitude)
    if value == 0 || (magnitude >= 1e-4 && magnitude < 1e6) {
        let text = digits.positional()
        return text.hasSuffix(".") ? text + "0" : text
    }
    return digits.pythonRepr(exponentForm: true)
}

func numpyDtypeName(_ elements: TensorElements) -> String { elements.dtypeName }

/// Nesting, summarisation and line filling of `_formatArray`.
private struct NumpyLayout {
    let shape: [Int]
    let strides: [Int]
    let elements: TensorElements
    let summarize: Bool
    let edge: Int
    let formatter: NumpyFormatter

    init?(shape: [Int], elements: TensorElements, options: NumpyPrintOptions) {
        guard let layout = RowMajor(shape: shape, count: elements.count) else { return nil }
        self.shape = shape
        strides = layout.strides
        self.elements = elements
        summarize = elements.count > options.threshold
        edge = max(options.edgeitems, 0)
        var isFloat32 = false
        if case .float32 = elements { isFloat32 = true }
        formatter = NumpyFormatter(elements.scalars(at: summarize ? layout.summarizedIndices(edge: edge) : nil),
                                   isFloat32: isFloat32, zeroDim: shape.isEmpty,
                                   precision: options.precision, suppress: options.suppress)
    }

    func render(separator: String, prefixLength: Int, linewidth: Int) -> String {
        let hanging = String(repeating: " ", count: prefixLength + 1)
        return render(dim: 0, offset: 0, hanging: hanging, width: linewidth, separator: separator)
    }

    private func render(dim: Int, offset: Int, hanging: String, width: Int, separator: String) -> String {
        guard dim < shape.count else { return formatter.format(elements.value(at: offset)) }
        let size = shape[dim]
        let elided = summarize && 2 * edge < size
        // The last entry is always shown, even with edgeitems = 0.
        let indices = elided ? Array(0..<edge) + Array((size - max(edge, 1))..<size) : Array(0..<size)
        let leading = elided ? edge : 0
        let nextHanging = hanging + " "
        func child(_ i: Int) -> String {
            render(dim: dim + 1, offset: offset + i * strides[dim], hanging: nextHanging, width: width - 1,
                   separator: separator)
        }
        var s = ""
        if dim == shape.count - 1 {
            let elementWidth = width - 1  // room for the "," or "]" after each word
            var line = hanging
            func extend(_ word: String) {
                if line.count + word.count > elementWidth && line.count > hanging.count {
                    s += String(line.reversed().drop { $0 == " " }.reversed()) + "\n"
                    line = hanging
                }
                line += word
            }
            for (position, i) in indices.enumerated() {
                if elided && position == leading {
                    extend("...")
                    line += separator
                }
                extend(child(i))
                if position < indices.count - 1 { line += separator }
            }
            s += line
        } else {
            let lineSeparator = String(separator.reversed().drop { $0 == " " }.reversed())
                + String(repeating: "\n", count: shape.count - dim - 1)
            var parts: [String] = indices.map { hanging + child($0) }
            if elided { parts.insert(hanging + "...", at: leading) }
            s = parts.joined(separator: lineSeparator)
        }
        return "[" + s.dropFirst(hanging.count) + "]"
    }
}

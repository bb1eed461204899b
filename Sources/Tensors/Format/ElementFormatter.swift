/// PyTorch's `_Formatter`: one per tensor, built over the displayed elements, deciding between
/// integer-valued, fixed and scientific notation and the common column width.
struct ElementFormatter {
    private enum Mode { case integer, boolean, intValuedFloat, fixed, scientific }

    private let mode: Mode
    private let precision: Int
    let width: Int

    init(_ scalars: Scalars, options: PrintOptions) {
        precision = options.precision
        switch scalars {
        case .integer(let values):
            mode = .integer
            width = values.reduce(1) { max($0, String($1).count) }
        case .boolean(let values):
            mode = .boolean
            width = values.contains(false) ? 5 : (values.isEmpty ? 1 : 4)
        case .floating(let values):
            let shown = values.filter { $0.isFinite && $0 != 0 }
            guard let first = shown.first else {
                // No finite non-zero value: integer style whatever the options say.
                mode = .intValuedFloat
                width = 1
                return
            }
            var smallest = first.magnitude, largest = first.magnitude, integral = true
            for v in shown {
                smallest = min(smallest, v.magnitude)
                largest = max(largest, v.magnitude)
                if integral && v != v.rounded(.up) { integral = false }
            }
            let scientific = options.sciMode
                ?? (largest / smallest > 1000 || largest > 1.0e8 || smallest < 1.0e-4)
            let chosen: Mode = scientific ? .scientific : (integral ? .intValuedFloat : .fixed)
            let p = precision
            mode = chosen
            width = shown.reduce(1) { current, v in
                switch chosen {
                case .scientific: max(current, PythonFloat.scientific(v, precision: p).count)
                case .intValuedFloat: max(current, PythonFloat.fixed(v, precision: 0).count + 1)
                default: max(current, PythonFloat.fixed(v, precision: p).count)
                }
            }
        }
    }

    /// One element, left-padded to the common width (never truncated).
    func format(_ value: FormatValue) -> String {
        let text: String
        switch value {
        case .integer(let v): text = String(v)
        case .boolean(let v): text = v ? "True" : "False"
        case .floating(let v): text = format(v)
        }
        return text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
    }

    private func format(_ value: Double) -> String {
        switch mode {
        case .scientific: PythonFloat.scientific(value, precision: precision)
        case .intValuedFloat: PythonFloat.fixed(value, precision: 0) + (value.isFinite ? "." : "")
        default: PythonFloat.fixed(value, precision: precision)
        }
    }
}

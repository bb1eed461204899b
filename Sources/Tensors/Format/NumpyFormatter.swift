/// NumPy 2's element formatters (`numpy/_core/arrayprint.py`: `FloatingFormat` with the default
/// floatmode 'maxprec', `IntegerFormat`, `BoolFormat`), built over the displayed elements.
struct NumpyFormatter {
    private enum Mode {
        case integer
        case boolean(zeroDim: Bool)
        /// Positional: shortest digits, at most `precision` after the point, aligned on the point.
        case positional(padLeft: Int, padRight: Int)
        /// Scientific: every value with `digits` mantissa decimals and `exponentDigits` digits.
        case scientific(digits: Int, padLeft: Int, exponentDigits: Int)
    }

    private let mode: Mode
    private let precision: Int
    private let isFloat32: Bool
    private let width: Int

    /// `values` are the displayed elements; float32 elements must be passed as `isFloat32`
    /// so that their shortest digits are float32's.
    init(_ scalars: Scalars, isFloat32: Bool, zeroDim: Bool, precision: Int, suppress: Bool) {
        self.precision = precision
        self.isFloat32 = isFloat32
        switch scalars {
        case .integer(let values):
            mode = .integer
            width = values.reduce(0) { max($0, String($1).count) }
        case .boolean:
            mode = .boolean(zeroDim: zeroDim)
            width = 0
        case .floating(let values):
            width = 0
            let finite = values.filter(\.isFinite)
            let nonZero = finite.filter { $0 != 0 }.map(\.magnitude)
            var scientific = false
            if let largest = nonZero.max(), let smallest = nonZero.min() {
                // float32 has 6 reliable digits, so it switches at 1e6; float64 at 1e8.
                let cutoff = isFloat32 ? 1.0e6 : 1.0e8
                scientific = largest >= cutoff || (!suppress && (smallest < 0.0001 || largest / smallest > 1000))
            }
            var padLeft = 0, padRight = 0
            if scientific {
                let parts = finite.map { Self.scientificParts($0, isFloat32: isFloat32, precision: precision) }
                let digits = parts.map(\.fraction.count).max() ?? 0
                let exponentDigits = parts.map(\.exponentDigits).max() ?? 2
                padLeft = parts.map(\.integer.count).max() ?? 0
                padRight = exponentDigits + 2 + digits
                padLeft = Self.widenForNonFinite(values, padLeft: padLeft, padRight: padRight)
                mode = .scientific(digits: digits, padLeft: padLeft, exponentDigits: exponentDigits)
            } else {
                for v in finite {
                    let (integer, fraction) = Self.positionalParts(v, isFloat32: isFloat32, precision: precision)
                    padLeft = max(padLeft, integer.count)
                    padRight = max(padRight, fraction.count)
                }
                padLeft = Self.widenForNonFinite(values, padLeft: padLeft, padRight: padRight)
                mode = .positional(padLeft: padLeft, padRight: padRight)
            }
        }
    }

    /// `nan` and `inf` are right-aligned in the full column, which may need more room.
    private static func widenForNonFinite(_ values: [Double], padLeft: Int, padRight: Int) -> Int {
        guard values.contains(where: { !$0.isFinite }) else { return padLeft }
        let negativeInfinity = values.contains { $0.isInfinite && $0 < 0 }
        let offset = padRight + 1
        return max(padLeft, 3 - offset, 3 + (negativeInfinity ? 1 : 0) - offset)
    }

    func format(_ value: FormatValue) -> String {
        switch (value, mode) {
        case (.integer(let v), _):
            return leftPad(String(v), width)
        case (.boolean(let v), .boolean(let zeroDim)):
            return v ? (zeroDim ? "True" : " True") : "False"
        case (.floating(let v), _):
            return format(v)
        default:
            return ""
        }
    }

    private func format(_ value: Double) -> String {
        switch mode {
        case .positional(let padLeft, let padRight):
            guard value.isFinite else { return leftPad(PythonFloat.nonFinite(value) ?? "", padLeft + padRight + 1) }
            let (integer, fraction) = Self.positionalParts(value, isFloat32: isFloat32, precision: precision)
            return leftPad(integer, padLeft) + "." + fraction
                + String(repeating: " ", count: max(0, padRight - fraction.count))
        case .scientific(let digits, let padLeft, let exponentDigits):
            guard value.isFinite else {
                return leftPad(PythonFloat.nonFinite(value) ?? "", padLeft + exponentDigits + 3 + digits)
            }
            // Every value gets exactly `digits` decimals of its exact value (Dragon4 with
            // min_digits = precision), which PythonFloat.scientific computes.
            let text = PythonFloat.scientific(value, precision: digits)
            let mantissa = text.prefix { $0 != "e" }
            let exponent = Int(text.drop { $0 != "e" }.dropFirst()) ?? 0
            var m = String(mantissa)
            if digits == 0 { m += "." }
            let (integer, fraction) = Self.split(m)
            return leftPad(integer, padLeft) + "." + fraction
                + ShortestDigits.exponent(exponent, minimumDigits: exponentDigits)
        default:
            return ""
        }
    }

    /// Integer and fraction digits of `value` with at most `precision` decimals: the shortest
    /// round-trip digits when they fit, else the exact value rounded; trailing zeros dropped.
    static func positionalParts(_ value: Double, isFloat32: Bool, precision: Int) -> (String, String) {
        let shortest = isFloat32 ? ShortestDigits(Float(value)) : ShortestDigits(value)
        let decimals = shortest.isZero ? 0 : shortest.digits.count - shortest.pointPosition
        var text: String
        if decimals <= precision {
            text = shortest.positional()
        } else {
            text = PythonFloat.fixed(value, precision: precision)
            if !text.contains(".") { text += "." }
            while text.hasSuffix("0") { text.removeLast() }
        }
        return split(text)
    }

    /// Mantissa integer part, fraction digits and exponent digits of the first pass
    /// (shortest digits capped at `precision` decimals, trailing zeros dropped).
    static func scientificParts(_ value: Double, isFloat32: Bool, precision: Int)
        -> (integer: String, fraction: String, exponentDigits: Int) {
        let shortest = isFloat32 ? ShortestDigits(Float(value)) : ShortestDigits(value)
        var mantissa: String
        var exponent: Int
        if shortest.digits.count - 1 <= precision {
            let digits = String(decoding: shortest.digits, as: UTF8.self)
            mantissa = (shortest.negative ? "-" : "") + digits.prefix(1) + "." + digits.dropFirst()
            exponent = shortest.isZero ? 0 : shortest.pointPosition - 1
        } else {
            let text = PythonFloat.scientific(value, precision: precision)
            mantissa = String(text.prefix { $0 != "e" })
            exponent = Int(text.drop { $0 != "e" }.dropFirst()) ?? 0
            while mantissa.hasSuffix("0") { mantissa.removeLast() }
        }
        let (integer, fraction) = split(mantissa)
        return (integer, fraction, max(2, String(exponent.magnitude).count))
    }

    private static func split(_ text: String) -> (String, String) {
        guard let point = text.firstIndex(of: ".") else { return (text, "") }
        return (String(text[..<point]), String(text[text.index(after: point)...]))
    }
}

func leftPad(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : String(repeating: " ", count: width - text.count) + text
}

extension ShortestDigits {
    /// Positional spelling with a point and no trailing zeros: `1.`, `0.001`, `-12.5`.
    func positional() -> String {
        let text = String(decoding: digits, as: UTF8.self)
        var out = negative ? "-" : ""
        if isZero {
            out += "0."
        } else if pointPosition <= 0 {
            out += "0." + String(repeating: "0", count: -pointPosition) + text
        } else if pointPosition >= digits.count {
            out += text + String(repeating: "0", count: pointPosition - digits.count) + "."
        } else {
            out += text.prefix(pointPosition) + "." + text.dropFirst(pointPosition)
        }
        return out
    }
}

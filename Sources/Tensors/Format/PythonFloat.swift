#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Python's float formatting: `format(v, ".4f")`, `format(v, ".4e")` and `repr(v)`.
/// C's printf rounds the exact binary value half-to-even like Python's `format`; only the
/// spelling of nan and inf differs (C may print `-nan`), so those are handled here first.
public enum PythonFloat {
    /// `format(v, ".{precision}f")`.
    public static func fixed(_ value: Double, precision: Int) -> String {
        nonFinite(value) ?? printf(value, precision: precision, conversion: "f")
    }

    /// `format(v, ".{precision}e")`: at least two exponent digits, as in C.
    public static func scientific(_ value: Double, precision: Int) -> String {
        nonFinite(value) ?? printf(value, precision: precision, conversion: "e")
    }

    /// `repr(v)` / `str(v)`: the shortest string that reads back as `v`, in positional form
    /// for 1e-4 <= |v| < 1e16 and in exponent form otherwise.
    public static func repr(_ value: Double) -> String {
        if let special = nonFinite(value) { return special }
        return ShortestDigits(value).pythonRepr()
    }

    static func nonFinite(_ value: Double) -> String? {
        if value.isNaN { return "nan" }
        if value.isInfinite { return value < 0 ? "-inf" : "inf" }
        return nil
    }

    private static func printf(_ value: Double, precision: Int, conversion: Character) -> String {
        let precision = min(max(precision, 0), 400)
        let format = "%.\(precision)\(conversion)"
        // Big enough for %.400f of the largest double (309 integer digits).
        var buffer = [CChar](repeating: 0, count: 760)
        let written = buffer.withUnsafeMutableBufferPointer { out in
            withVaList([value]) { vsnprintf(out.baseAddress, out.count, format, $0) }
        }
        guard written > 0 else { return "" }
        // A locale with a decimal comma (LC_NUMERIC set by someone) must not leak into output.
        let bytes = buffer.prefix(Int(written)).map { $0 == 0x2C ? UInt8(ascii: ".") : UInt8(bitPattern: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// The shortest round-trip decimal digits of a finite value: value = 0.DIGITS × 10^pointPosition,
/// with the sign separate. Swift's `description` already finds the shortest, closest digits
/// (for Float too, which NumPy's float32 printing needs); this only re-reads its spelling.
struct ShortestDigits {
    var negative: Bool
    var digits: [UInt8]  // ASCII digits, no leading or trailing zeros ("0" for zero)
    var pointPosition: Int

    init<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) {
        negative = value.sign == .minus
        let text = value.magnitude.description
        var mantissa = Substring(text)
        var exponent = 0
        if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
            mantissa = text[..<e]
            exponent = Int(text[text.index(after: e)...]) ?? 0
        }
        let integerCount = mantissa.firstIndex(of: ".").map { mantissa.distance(from: mantissa.startIndex, to: $0) }
            ?? mantissa.count
        var all = Array(mantissa.utf8.filter { $0 != UInt8(ascii: ".") })
        var position = integerCount + exponent
        while all.count > 1, all.first == UInt8(ascii: "0") {
            all.removeFirst()
            position -= 1
        }
        while all.count > 1, all.last == UInt8(ascii: "0") { all.removeLast() }
        if all == [UInt8(ascii: "0")] { position = 1 }
        digits = all
        pointPosition = position
    }

    var isZero: Bool { digits == [UInt8(ascii: "0")] }

    /// Python's `repr` spelling (also NumPy's scalar `str`); `exponentForm` forces `1.5e+06`.
    func pythonRepr(exponentForm: Bool = false) -> String {
        var out = negative ? "-" : ""
        let text = String(decoding: digits, as: UTF8.self)
        let count = digits.count
        if isZero {
            out += "0.0"
        } else if !exponentForm && pointPosition > -4 && pointPosition <= 16 {
            if pointPosition <= 0 {
                out += "0." + String(repeating: "0", count: -pointPosition) + text
            } else if pointPosition >= count {
                out += text + String(repeating: "0", count: pointPosition - count) + ".0"
            } else {
                out += text.prefix(pointPosition) + "." + text.dropFirst(pointPosition)
            }
        } else {
            out += text.prefix(1)
            if count > 1 { out += "." + text.dropFirst() }
            out += Self.exponent(pointPosition - 1, minimumDigits: 2)
        }
        return out
    }

    /// `e+05`, `e-100`: sign always, at least `minimumDigits` digits.
    static func exponent(_ value: Int, minimumDigits: Int) -> String {
        let magnitude = String(value.magnitude)
        let padding = String(repeating: "0", count: max(0, minimumDigits - magnitude.count))
        return "e" + (value < 0 ? "-" : "+") + padding + magnitude
    }
}

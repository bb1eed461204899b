#if canImport(Glibc)
import Glibc
#endif

/// `float.hex()` and `float.fromhex(s)`, in CPython's format: thirteen hex digits of fraction,
/// `0x0.0p+0` for zero, subnormals as `0x0.…p-1022`.
func installFloatHex() {
    FloatType.define("hex", ["self"]) { a throws(PyError) in .str(floatHex(try a.double(0))) }
    FloatType.defineClassMethod("fromhex", ["cls", "string"]) { a throws(PyError) in .float(try floatFromHex(try a.string(1))) }
}

func floatHex(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    let sign = d.sign == .minus ? "-" : ""
    if d == 0 { return sign + "0x0.0p+0" }
    let fraction = String(d.significandBitPattern, radix: 16)
    let digits = String(repeating: "0", count: 13 - fraction.count) + fraction
    let exponent = d.isSubnormal ? -1022 : Int(d.exponent)
    return "\(sign)0x\(d.isSubnormal ? 0 : 1).\(digits)p\(exponent >= 0 ? "+" : "")\(exponent)"
}

/// CPython's grammar: optional sign, optional 0x, hex digits with an optional point, an
/// optional binary exponent; or inf/infinity/nan. The C library rounds the rest correctly.
func floatFromHex(_ text: String) throws(PyError) -> Double {
    let invalid = PyError.valueError("invalid hexadecimal floating-point string")
    var s = Substring(text.trimmingPythonWhitespace())
    var negative = false
    if let c = s.first, c == "+" || c == "-" { negative = c == "-"; s = s.dropFirst() }
    switch s.lowercased() {
    case "inf", "infinity": return negative ? -.infinity : .infinity
    case "nan": return .nan
    default: break
    }
    if s.lowercased().hasPrefix("0x") { s = s.dropFirst(2) }
    let parts = s.lowercased().split(separator: "p", maxSplits: 1, omittingEmptySubsequences: false)
    let mantissa = parts[0]
    let hexDigits = mantissa.filter { $0 != "." }
    guard !hexDigits.isEmpty, mantissa.filter({ $0 == "." }).count <= 1,
          hexDigits.allSatisfy({ $0.isASCII && $0.isHexDigit }) else { throw invalid }
    if parts.count == 2 {
        var e = parts[1]
        if let c = e.first, c == "+" || c == "-" { e = e.dropFirst() }
        guard !e.isEmpty, e.allSatisfy(\.isASCII), e.allSatisfy(\.isNumber) else { throw invalid }
    }
    let value = strtod("0x" + s, nil)
    if value.isInfinite { throw PyError.overflowError("hexadecimal value too large to represent as a float") }
    return negative ? -value : value
}

private extension String {
    func trimmingPythonWhitespace() -> Substring {
        let ws: Set<Character> = [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"]
        var s = Substring(self)
        while let c = s.first, ws.contains(c) { s = s.dropFirst() }
        while let c = s.last, ws.contains(c) { s = s.dropLast() }
        return s
    }
}

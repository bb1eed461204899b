// format() specs ({x:>8.3f}), printf-style `%` formatting, and str.format templates.

#if canImport(Glibc)
import Glibc
#endif

/// C's snprintf for one double (glibc rounds exactly, as CPython does).
func cFormat(_ format: String, _ value: Double) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let n = withVaList([value]) { args in vsnprintf(&buffer, 512, format, args) }
    if n >= 512 {
        buffer = [CChar](repeating: 0, count: Int(n) + 1)
        _ = withVaList([value]) { args in vsnprintf(&buffer, Int(n) + 1, format, args) }
    }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}

struct FormatSpec {
    var fill: Character = " "
    var align: Character?
    var sign: Character = "-"
    var alternate = false
    var zeroPad = false
    var width = 0
    var grouping: Character?
    var precision: Int?
    var type: Character?

    init(_ spec: String) throws(PyError) {
        var chars = Array(spec)[...]
        if chars.count >= 2, "<>=^".contains(chars[chars.startIndex + 1]) {
            fill = chars.removeFirst(); align = chars.removeFirst()
        } else if let c = chars.first, "<>=^".contains(c) {
            align = chars.removeFirst()
        }
        if let c = chars.first, "+- ".contains(c) { sign = chars.removeFirst() }
        if chars.first == "z" { chars.removeFirst() }
        if chars.first == "#" { alternate = true; chars.removeFirst() }
        if chars.first == "0" { zeroPad = true; chars.removeFirst() }
        var w = ""
        while let c = chars.first, c.isASCII, c.isNumber { w.append(chars.removeFirst()) }
        width = Int(w) ?? 0
        if let c = chars.first, c == "," || c == "_" { grouping = chars.removeFirst() }
        if chars.first == "." {
            chars.removeFirst()
            var p = ""
            while let c = chars.first, c.isASCII, c.isNumber { p.append(chars.removeFirst()) }
            guard let pv = Int(p) else { throw PyError.valueError("Format specifier missing precision") }
            precision = pv
        }
        if let c = chars.first { type = chars.removeFirst() }
        if !chars.isEmpty { throw PyError.valueError("Invalid format specifier '\(spec)'") }
    }

    /// Pads `body` (sign already split off for `=` alignment) to the width.
    func pad(_ body: String, sign signText: String = "", defaultAlign: Character) -> String {
        let a: Character = align ?? (zeroPad ? "=" : defaultAlign)
        let f: Character = align == nil && zeroPad ? "0" : fill
        let total = signText.count + body.count
        guard width > total else { return signText + body }
        let padding = width - total
        switch a {
        case "<": return signText + body + String(repeating: f, count: padding)
        case "^": return String(repeating: f, count: padding / 2) + signText + body + String(repeating: f, count: padding - padding / 2)
        case "=": return signText + String(repeating: f, count: padding) + body
        default: return String(repeating: f, count: padding) + signText + body
        }
    }
}

func groupDigits(_ digits: String, _ sep: Character, every: Int = 3) -> String {
    let parts = digits.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
    let intPart = Array(parts.first ?? "")
    var out = ""
    for (k, c) in intPart.enumerated() {
        if k > 0 && (intPart.count - k) % every == 0 { out.append(sep) }
        out.append(c)
    }
    return parts.count > 1 ? out + "." + parts[1] : out
}

extension Interpreter {
    /// format(value, spec)
    public func format(_ v: Value, _ spec: String) throws(PyError) -> String {
        switch v {
        case .instance(let i):
            if let (m, owner) = i.cls.lookupWithOwner("__format__"), owner !== ObjectClass {
                let r = try call(bind(m, to: v, owner: i.cls), [.str(spec)])
                guard case .str(let s) = r else { throw PyError.typeError("__format__ must return a str, not \(typeName(r))") }
                return s
            }
            if spec.isEmpty { return try str(v) }
            throw PyError.typeError("unsupported format string passed to \(i.cls.name).__format__")
        case .str(let s):
            if spec.isEmpty { return s }
            let f = try FormatSpec(spec)
            if let t = f.type, t != "s" { throw PyError.valueError("Unknown format code '\(t)' for object of type 'str'") }
            var body = s
            if let p = f.precision { body = String(body.prefix(p)) }
            return f.pad(body, defaultAlign: "<")
        case .int(let i):
            if spec.isEmpty { return String(i) }
            return try formatInt(BigInt(i), spec, typeLabel: "int")
        case .bigInt(let b):
            return try formatInt(b, spec, typeLabel: "int")
        case .bool(let b):
            if spec.isEmpty { return b ? "True" : "False" }
            return try formatInt(BigInt(b ? 1 : 0), spec, typeLabel: "bool")
        case .float(let d):
            return try formatFloat(d, spec)
        default:
            if spec.isEmpty { return try str(v) }
            throw PyError.typeError("unsupported format string passed to \(typeName(v)).__format__")
        }
    }

    private func formatInt(_ i: BigInt, _ spec: String, typeLabel: String) throws(PyError) -> String {
        if spec.isEmpty { return try decimalString(i) }
        let f = try FormatSpec(spec)
        if let t = f.type, "eEfFgG%".contains(t) { return try formatFloat(try floatValue(i), spec) }
        if f.precision != nil { throw PyError.valueError("Precision not allowed in integer format specifier") }
        var body: String, prefix = ""
        let mag = i.magnitudeValue
        switch f.type {
        case nil, "d", "n": body = try decimalString(mag)
        case "x": prefix = "0x"; body = mag.toString(radix: 16)
        case "X": prefix = "0X"; body = mag.toString(radix: 16, uppercase: true)
        case "o": prefix = "0o"; body = mag.toString(radix: 8)
        case "b": prefix = "0b"; body = mag.toString(radix: 2)
        case "c":
            guard let c = i.asInt else { throw PyError.overflowError("Python int too large to convert to C long") }
            guard (0...0x10ffff).contains(c) else { throw PyError.overflowError("%c arg not in range(0x110000)") }
            body = Unicode.Scalar(UInt32(c)).map { String($0) } ?? ""
        default: throw PyError.valueError("Unknown format code '\(f.type ?? " ")' for object of type '\(typeLabel)'")
        }
        if let g = f.grouping { body = groupDigits(body, g, every: prefix.isEmpty ? 3 : 4) }
        // The base prefix stays with the sign, ahead of any zero padding: format(255, '#06x') is 0x00ff.
        let signText = (i.negative ? "-" : f.sign == "+" ? "+" : f.sign == " " ? " " : "") + (f.alternate ? prefix : "")
        return f.pad(body, sign: signText, defaultAlign: ">")
    }

    func formatFloat(_ d: Double, _ spec: String) throws(PyError) -> String {
        if spec.isEmpty { return floatRepr(d) }
        let f = try FormatSpec(spec)
        var body: String
        let mag = d.magnitude
        let flag = f.alternate ? "#" : ""
        switch f.type {
        case "f", "F", "e", "E", "g", "G":
            let t = f.type ?? "f"
            body = cFormat("%\(flag).\(f.precision ?? 6)\(t)", mag)
        case "%":
            body = cFormat("%\(flag).\(f.precision ?? 6)f", mag * 100) + "%"
        case nil:
            if let p = f.precision {
                body = cFormat("%\(flag).\(max(p, 1))g", mag)
                if mag.isFinite && !body.contains(".") && !body.contains("e") { body += ".0" }
            } else {
                body = floatRepr(mag)
            }
        case "n":
            body = cFormat("%\(flag).\(f.precision ?? 6)g", mag)
        default:
            throw PyError.valueError("Unknown format code '\(f.type ?? " ")' for object of type 'float'")
        }
        if let g = f.grouping { body = groupDigits(body, g) }
        let negative = d.sign == .minus && !d.isNaN
        let signText = negative ? "-" : f.sign == "+" ? "+" : f.sign == " " ? " " : ""
        return f.pad(body, sign: signText, defaultAlign: ">")
    }

    /// `template % values`
    func percentFormat(_ template: String, _ values: Value) throws(PyError) -> String {
        var args: [Value]
        if case .tuple(let t) = values.builtinValue { args = t } else { args = [values] }
        var mapping: PyDict?
        if case .dict(let d) = values.builtinValue { mapping = d }
        var out = ""
        var chars = Array(template)[...]
        var used = 0
        func nextArg() throws(PyError) -> Value {
            guard used < args.count else { throw PyError.typeError("not enough arguments for format string") }
            used += 1
            return args[used - 1]
        }
        while let c = chars.popFirst() {
            guard c == "%" else { out.append(c); continue }
            var value: Value?
            if chars.first == "(" {
                chars.removeFirst()
                var key = ""
                while let k = chars.popFirst(), k != ")" { key.append(k) }
                guard let m = mapping else { throw PyError.typeError("format requires a mapping") }
                guard let v = m.get(key) else { throw PyError.keyError(.str(key)) }
                value = v
            }
            var flags = ""
            while let k = chars.first, "-+ #0".contains(k) { flags.append(k); chars.removeFirst() }
            var width = ""
            if chars.first == "*" { chars.removeFirst(); width = String(try toIndex(try nextArg())) }
            while let k = chars.first, k.isASCII, k.isNumber { width.append(k); chars.removeFirst() }
            var precision: Int?
            if chars.first == "." {
                chars.removeFirst()
                var p = ""
                while let k = chars.first, k.isASCII, k.isNumber { p.append(k); chars.removeFirst() }
                precision = Int(p) ?? 0
            }
            guard let conv = chars.popFirst() else { throw PyError.valueError("incomplete format") }
            if conv == "%" { out.append("%"); continue }
            let v: Value
            if let value { v = value } else { v = try nextArg() }
            var spec = ""
            spec += flags.contains("-") ? "<" : ">"
            if flags.contains("+") { spec += "+" } else if flags.contains(" ") { spec += " " }
            if flags.contains("#") { spec += "#" }
            if flags.contains("0") && !flags.contains("-") { spec = spec.replacingFirst(">", with: "0=") }
            spec += width
            if let p = precision { spec += ".\(p)" }
            switch conv {
            case "s": out += try format(.str(try str(v)), spec.replacingFirst("0=", with: ">"))
            case "r", "a": out += try format(.str(try repr(v)), spec.replacingFirst("0=", with: ">"))
            case "d", "i", "u":
                let n: Value
                switch v.builtinValue {
                case .float(let d): n = try integer(d.rounded(.towardZero))
                case .int, .bool, .bigInt: n = v.builtinValue
                default:
                    throw PyError.typeError("%\(conv) format: a real number is required, not \(typeName(v))")
                }
                out += try format(n, spec.replacingOccurrencesOfPrecision() + "d")
            case "x", "X", "o":
                out += try format(.integer(try integerIndex(v)), spec + String(conv))
            case "f", "F", "e", "E", "g", "G":
                out += try formatFloat(try toDouble(v), spec + (precision == nil ? ".6" : "") + String(conv))
            case "c":
                if case .str(let s) = v { out += s } else if case .bigInt = v {
                    throw PyError.overflowError("%c arg not in range(0x110000)")
                } else { out += try format(.int(try toIndex(v)), "c") }
            default:
                throw PyError.valueError("unsupported format character '\(conv)' (0x\(String(conv.unicodeScalars.first?.value ?? 0, radix: 16)))")
            }
        }
        if mapping == nil && used < args.count {
            throw PyError.typeError("not all arguments converted during string formatting")
        }
        return out
    }

    /// str.format(*args, **kwargs)
    func strFormat(_ template: String, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> String {
        var out = ""
        var chars = Array(template)[...]
        var auto = 0
        while let c = chars.popFirst() {
            if c == "}" {
                if chars.first == "}" { chars.removeFirst(); out.append("}"); continue }
                throw PyError.valueError("Single '}' encountered in format string")
            }
            guard c == "{" else { out.append(c); continue }
            if chars.first == "{" { chars.removeFirst(); out.append("{"); continue }
            var field = ""
            var depth = 0
            while let k = chars.popFirst() {
                if k == "{" { depth += 1 } else if k == "}" { if depth == 0 { break }; depth -= 1 }
                field.append(k)
            }
            var spec = ""
            var conversion: Character?
            if let colon = field.firstIndex(of: ":") {
                spec = String(field[field.index(after: colon)...])
                field = String(field[..<colon])
            }
            if let bang = field.firstIndex(of: "!") {
                conversion = field[field.index(after: bang)...].first
                field = String(field[..<bang])
            }
            if spec.contains("{") { spec = try strFormat(spec, args, kwargs) }
            var head = field.prefix { $0 != "." && $0 != "[" }
            var rest = field.dropFirst(head.count)
            var v: Value
            if head.isEmpty {
                guard auto < args.count else { throw PyError.indexError("Replacement index \(auto) out of range for positional args tuple") }
                v = args[auto]; auto += 1
            } else if let n = Int(head) {
                guard n < args.count else { throw PyError.indexError("Replacement index \(n) out of range for positional args tuple") }
                v = args[n]
            } else {
                guard let kv = kwargs.first(where: { $0.0 == String(head) }) else { throw PyError.keyError(.str(String(head))) }
                v = kv.1
            }
            while let k = rest.first {
                rest.removeFirst()
                head = rest.prefix { $0 != "." && $0 != "[" && $0 != "]" }
                rest = rest.dropFirst(head.count)
                if k == "." { v = try getAttribute(v, String(head)) } else if k == "[" {
                    rest = rest.dropFirst()
                    v = try getItem(v, Int(head).map { .int($0) } ?? .str(String(head)))
                }
            }
            if conversion == "r" { v = .str(try repr(v)) } else if conversion == "s" { v = .str(try str(v)) }
            out += try format(v, spec)
        }
        return out
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let r = range(of: target) else { return self }
        var s = self
        s.replaceSubrange(r, with: replacement)
        return s
    }
    /// `%5.3d` means zero-padding to 3 digits in C; approximated by dropping the precision.
    func replacingOccurrencesOfPrecision() -> String {
        guard let dot = firstIndex(of: ".") else { return self }
        return String(self[..<dot])
    }

    func range(of target: String) -> Range<String.Index>? {
        guard !target.isEmpty else { return nil }
        var i = startIndex
        while i < endIndex {
            if self[i...].hasPrefix(target) { return i..<(index(i, offsetBy: target.count)) }
            i = index(after: i)
        }
        return nil
    }
}

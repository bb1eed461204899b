// repr() and str() exactly as CPython 3.11 prints them.

extension Interpreter {
    public func repr(_ v: Value) throws(PyError) -> String {
        if stackAddress() < stackLimit { throw PyError(RecursionErrorClass, "maximum recursion depth exceeded while getting the repr of an object") }
        switch v {
        case .list(let l):
            // A list containing itself prints as [...], as in CPython.
            let id = ObjectIdentifier(l)
            if reprActive.contains(id) { return "[...]" }
            reprActive.insert(id)
            defer { reprActive.remove(id) }
            return "[" + (try l.items.map { (x: Value) throws(PyError) in try repr(x) }).joined(separator: ", ") + "]"
        case .tuple(let t):
            let parts = try t.map { (x: Value) throws(PyError) in try repr(x) }
            return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
        case .dict(let d):
            let id = ObjectIdentifier(d)
            if reprActive.contains(id) { return "{...}" }
            reprActive.insert(id)
            defer { reprActive.remove(id) }
            var parts: [String] = []
            for (k, x) in d.items { parts.append(try repr(k) + ": " + (try repr(x))) }
            return "{" + parts.joined(separator: ", ") + "}"
        case .set(let s):
            let inner = try s.displayOrder.map { (x: Value) throws(PyError) in try repr(x) }.joined(separator: ", ")
            if s.frozen { return s.count == 0 ? "frozenset()" : "frozenset({\(inner)})" }
            return s.count == 0 ? "set()" : "{\(inner)}"
        case .instance(let i):
            if let (m, owner) = i.cls.lookupWithOwner("__repr__"), owner !== ObjectClass {
                let r = try call(bind(m, to: v, owner: i.cls), [])
                guard case .str(let s) = r else { throw PyError.typeError("__repr__ returned non-string (type \(typeName(r)))") }
                return s
            }
            return "<\(i.cls.qualifiedName) object at \(address(v))>"
        case .slice(let s):
            return "slice(\(try repr(s.start)), \(try repr(s.stop)), \(try repr(s.step)))"
        case .iterator(let it):
            if let view = it.view { return "\(it.typeName)(\(try repr(.list(PyList(view)))))" }
            if let g = it.generator { return "<generator object \(g.qualifiedName) at \(address(v))>" }
            return "<\(it.typeName) object at \(address(v))>"
        default:
            return try reprNoInterp(v)
        }
    }

    public func str(_ v: Value) throws(PyError) -> String {
        switch v {
        case .str(let s): return s
        case .instance(let i):
            if let (m, owner) = i.cls.lookupWithOwner("__str__"), owner !== ObjectClass {
                let r = try call(bind(m, to: v, owner: i.cls), [])
                guard case .str(let s) = r else { throw PyError.typeError("__str__ returned non-string (type \(typeName(r)))") }
                return s
            }
            return try repr(v)
        default:
            return try repr(v)
        }
    }
}

/// A stable fake address for default reprs.
func address(_ v: Value) -> String {
    let id: ObjectIdentifier?
    switch v {
    case .instance(let o): id = ObjectIdentifier(o)
    case .function(let o): id = ObjectIdentifier(o)
    case .iterator(let o): id = ObjectIdentifier(o)
    case .builtin(let o): id = ObjectIdentifier(o)
    case .property(let o): id = ObjectIdentifier(o)
    default: id = nil
    }
    let n = id.map { UInt(bitPattern: $0) } ?? 0
    return "0x" + String(repeating: "0", count: max(0, 12 - String(n, radix: 16).count)) + String(n, radix: 16)
}

/// repr() of values that need no interpreter (no user-defined __repr__ involved).
func reprNoInterp(_ v: Value) throws(PyError) -> String {
    switch v {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .int(let i): return String(i)
    case .bigInt(let b): return try decimalString(b)
    case .float(let d): return floatRepr(d)
    case .str(let s): return stringRepr(s)
    case .tuple(let t):
        let parts = try t.map { (x: Value) throws(PyError) in try reprNoInterp(x) }
        return parts.count == 1 ? "(\(parts[0]),)" : "(" + parts.joined(separator: ", ") + ")"
    case .function(let f): return "<function \(f.code.qualifiedName) at \(address(v))>"
    case .builtin(let b):
        if let q = b.qualifier { return "<method '\(b.name)' of '\(q)' objects>" }
        return "<built-in function \(b.name)>"
    case .boundMethod(let m):
        let fname: String
        switch m.function {
        case .function(let f): fname = f.code.qualifiedName
        case .builtin(let b): fname = b.name
        default: fname = "?"
        }
        if case .builtin(let b) = m.function {
            return "<built-in method \(b.name) of \(typeName(m.receiver)) object at \(address(m.receiver))>"
        }
        return "<bound method \(fname) of \((try? reprNoInterp(m.receiver)) ?? "?")>"
    case .cls(let c): return "<class '\(c.qualifiedName)'>"
    case .instance(let i): return "<\(i.cls.qualifiedName) object at \(address(v))>"
    case .module(let m): return "<module '\(m.name)'>"
    case .range(let r): return r.step == 1 ? "range(\(r.start), \(r.stop))" : "range(\(r.start), \(r.stop), \(r.step))"
    case .property: return "<property object at \(address(v))>"
    case .staticMethod: return "<staticmethod object>"
    case .classMethod: return "<classmethod object>"
    case .superObject: return "<super object>"
    case .ellipsis: return "Ellipsis"
    case .notImplemented: return "NotImplemented"
    case .list, .dict, .set, .slice, .iterator: return "<\(typeName(v)) object>"
    }
}

/// Python's repr of a str: single quotes unless the text has ' and no ".
func stringRepr(_ s: String) -> String {
    let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
    var out = String(quote)
    for u in s.unicodeScalars {
        switch u {
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if Character(u) == quote { out += "\\\(quote)" }
            else if u.value < 0x20 || u.value == 0x7f { out += "\\x" + hex2(u.value) }
            else if u.value >= 0x80 && u.value < 0xa0 { out += "\\x" + hex2(u.value) }
            else { out.unicodeScalars.append(u) }
        }
    }
    out.append(quote)
    return out
}

/// Python's float repr: shortest round-trip digits, exponent form below 1e-4 and from 1e16.
func floatRepr(_ d: Double) -> String {
    if d.isNaN { return "nan" }
    if d.isInfinite { return d < 0 ? "-inf" : "inf" }
    if d == 0 { return d.sign == .minus ? "-0.0" : "0.0" }
    let (negative, digits, exponent) = shortestDigits(d)
    var out = negative ? "-" : ""
    if exponent < -4 || exponent >= 16 {
        out += String(digits.first ?? "0")
        if digits.count > 1 { out += "." + digits.dropFirst() }
        out += exponent < 0 ? "e-" : "e+"
        let e = abs(exponent)
        out += e < 10 ? "0\(e)" : "\(e)"
    } else if exponent < 0 {
        out += "0." + String(repeating: "0", count: -exponent - 1) + digits
    } else if digits.count > exponent + 1 {
        out += digits.prefix(exponent + 1) + "." + digits.dropFirst(exponent + 1)
    } else {
        out += digits + String(repeating: "0", count: exponent + 1 - digits.count) + ".0"
    }
    return out
}

/// Shortest round-trip decimal digits of |d| and the decimal exponent of the first digit.
func shortestDigits(_ d: Double) -> (Bool, String, Int) {
    let text = "\(d.magnitude)"          // Swift prints the shortest round-trip representation
    var mantissa = Substring(text)
    var exp = 0
    if let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) {
        mantissa = text[..<e]
        exp = Int(text[text.index(after: e)...]) ?? 0
    }
    let parts = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let intPart = parts.first.map(String.init) ?? "0"
    let fracPart = parts.count > 1 ? String(parts[1]) : ""
    var digits = intPart + fracPart
    var pointPos = intPart.count + exp       // digits before the decimal point
    while digits.hasPrefix("0") && digits.count > 1 { digits.removeFirst(); pointPos -= 1 }
    while digits.hasSuffix("0") && digits.count > 1 { digits.removeLast() }
    return (d.sign == .minus, digits, pointPos - 1)
}

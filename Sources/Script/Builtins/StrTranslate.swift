// str.expandtabs, maketrans, translate, rpartition, removeprefix, removesuffix and casefold, as
// CPython 3.11.

func installStrTranslation() {
    let t = StrType
    t.define("rpartition", ["self", "sep"]) { a throws(PyError) in
        guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor 'rpartition' requires a 'str' object") }
        let sep = try a.string(1)
        if sep.isEmpty { throw PyError.valueError("empty separator") }
        let hay = Array(s.unicodeScalars), needle = Array(sep.unicodeScalars)
        var k = hay.count - needle.count
        while k >= 0 && Array(hay[k..<(k + needle.count)]) != needle { k -= 1 }
        guard k >= 0 else { return .tuple([.str(""), .str(""), .str(s)]) }
        func text(_ part: ArraySlice<Unicode.Scalar>) -> Value { .str(String(String.UnicodeScalarView(part))) }
        return .tuple([text(hay[..<k]), .str(sep), text(hay[(k + needle.count)...])])
    }
    for (name, prefix) in [("removeprefix", true), ("removesuffix", false)] {
        t.define(name, ["self", prefix ? "prefix" : "suffix"]) { a throws(PyError) in
            guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor '\(name)' requires a 'str' object") }
            let affix = try a.string(1)
            let scalars = s.unicodeScalars, cut = affix.unicodeScalars.count
            guard !affix.isEmpty else { return .str(s) }
            if prefix, scalars.starts(with: affix.unicodeScalars) { return .str(String(scalars.dropFirst(cut))) }
            if !prefix, scalars.reversed().starts(with: affix.unicodeScalars.reversed()) { return .str(String(scalars.dropLast(cut))) }
            return .str(s)
        }
    }
    t.define("casefold", ["self"]) { a throws(PyError) in
        guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor 'casefold' requires a 'str' object") }
        return .str(String(s.lowercased().flatMap { $0 == "ß" ? ["s", "s"] : [$0] }))
    }
    t.define("expandtabs", ["self", "tabsize?"]) { a throws(PyError) in
        guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor 'expandtabs' requires a 'str' object") }
        let size = try a.optional("tabsize").map { (v: Value) throws(PyError) in try a.interp.toIndex(v) } ?? 8
        // CPython reads the size as a C int, and fails to allocate what no memory holds.
        guard size <= Int(Int32.max) else { throw PyError.overflowError("Python int too large to convert to C int") }
        var out = String.UnicodeScalarView()
        var column = 0
        for u in s.unicodeScalars {
            switch u {
            case "\t":
                guard size > 0 else { continue }
                let spaces = size - column % size
                try a.interp.checkSize(column, 1, limit: (1 << 31) - spaces)
                out.append(contentsOf: repeatElement(" ", count: spaces))
                column += spaces
            case "\n", "\r":
                out.append(u)
                column = 0
            default:
                out.append(u)
                column += 1
            }
        }
        return .str(String(out))
    }
    t.defineStatic("maketrans", ["x", "y?", "z?"]) { a throws(PyError) in
        let table = PyDict()
        guard let y = a.optional("y") else {
            guard case .dict(let d) = a[0].builtinValue else {
                throw PyError.typeError("if you give only one argument to maketrans it must be a dict")
            }
            for (k, v) in d.items {
                switch k {
                case .int, .bool: try table.set(k, v)
                case .str(let s):
                    guard s.unicodeScalars.count == 1, let u = s.unicodeScalars.first else {
                        throw PyError.valueError("string keys in translate table must be of length 1")
                    }
                    try table.set(.int(Int(u.value)), v)
                default: throw PyError.typeError("keys in translate table must be strings or integers")
                }
            }
            return .dict(table)
        }
        guard case .str(let from) = a[0].builtinValue else {
            throw PyError.typeError("maketrans() argument 1 must be str, not \(typeName(a[0]))")
        }
        guard case .str(let to) = y.builtinValue else { throw PyError.typeError("maketrans() argument 2 must be str, not \(typeName(y))") }
        let source = Array(from.unicodeScalars), target = Array(to.unicodeScalars)
        guard source.count == target.count else {
            throw PyError.valueError("the first two maketrans arguments must have equal length")
        }
        for (u, v) in zip(source, target) { try table.set(.int(Int(u.value)), .int(Int(v.value))) }
        if let z = a.optional("z") {
            guard case .str(let deleted) = z.builtinValue else { throw PyError.typeError("maketrans() argument 3 must be str, not \(typeName(z))") }
            for u in deleted.unicodeScalars { try table.set(.int(Int(u.value)), .none) }
        }
        return .dict(table)
    }
    t.define("translate", ["self", "table"]) { a throws(PyError) in
        guard case .str(let s) = a[0] else { throw PyError.typeError("descriptor 'translate' requires a 'str' object") }
        let table = a[1]
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let mapped: Value
            do throws(PyError) {
                mapped = try a.interp.getItem(table, .int(Int(u.value)))
            } catch {
                guard error.exceptionClass.isSubclass(of: LookupErrorClass) else { throw error }
                out.append(u)
                continue
            }
            switch mapped.builtinValue {
            case .none: continue
            case .str(let r): out.append(contentsOf: r.unicodeScalars)
            case .int(let code):
                guard code >= 0 && code <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(code)) else {
                    throw PyError.valueError("character mapping must be in range(0x110000)")
                }
                out.append(scalar)
            default: throw PyError.typeError("character mapping must return integer, None or str")
            }
        }
        return .str(String(out))
    }
}

// Signatures as `inspect.signature` prints them, for `help(obj)` and `obj?`.

extension Interpreter {
    /// `(input, other, *, alpha=1)` for a native or Python function; a bound method or a class
    /// (through its `__init__`, or a native `__new__`) leaves out the receiver, as inspect does.
    public func signature(of value: Value) -> String? {
        guard let parts = parameters(of: value) else { return nil }
        return "(" + parts.joined(separator: ", ") + ")"
    }

    private func parameters(of value: Value) -> [String]? {
        switch value {
        case .builtin(let b): return b.spec.parameters(reprForSignature)
        case .function(let f): return parameters(of: f)
        case .staticMethod(let inner), .classMethod(let inner): return parameters(of: inner)
        case .boundMethod(let m): return parameters(of: m.function).map { Array($0.dropFirst()) }
        case .cls(let c):
            for name in ["__init__", "__new__"] {
                guard let (found, owner) = c.lookupWithOwner(name), owner !== ObjectClass else { continue }
                switch found {
                case .function, .builtin, .staticMethod: return parameters(of: found).map { Array($0.dropFirst()) }
                default: continue
                }
            }
            return nil
        default: return nil
        }
    }

    private func parameters(of f: PyFunction) -> [String] {
        let code = f.code
        var parts: [String] = []
        let firstDefault = code.positionalCount - f.defaults.count
        var position = 0
        var starred = code.params.contains { $0.kind == .varArgs }
        for p in code.params {
            switch p.kind {
            case .normal:
                let k = position - firstDefault
                let d = k >= 0 && k < f.defaults.count ? f.defaults[k] : nil
                parts.append(d.map { "\(p.name)=\(reprForSignature($0))" } ?? p.name)
                position += 1
            case .varArgs:
                parts.append("*" + p.name)
            case .keywordOnly:
                if !starred { parts.append("*"); starred = true }
                parts.append(f.keywordDefaults[p.name].map { "\(p.name)=\(reprForSignature($0))" } ?? p.name)
            case .varKeywords:
                parts.append("**" + p.name)
            }
        }
        return parts
    }

    private func reprForSignature(_ v: Value) -> String { (try? repr(v)) ?? "..." }
}

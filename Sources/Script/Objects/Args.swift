// Native callables and the binding of Python call arguments to their parameter specs.

/// A parsed parameter list: "x" required, "x?" optional, "*args", "**kwargs", "*" (keyword-only marker).
final class ParamSpec {
    var names: [String] = []
    var required: [Bool] = []
    var defaults: [Value?] = []
    var positionalCount = 0          // parameters that may be given positionally
    var varArgs: String?
    var varKeywords: String?

    init(_ params: [String], defaults given: [String: Value] = [:]) {
        var keywordOnly = false
        for p in params {
            if p == "*" { keywordOnly = true; continue }
            if p.hasPrefix("**") { varKeywords = String(p.dropFirst(2)); continue }
            if p.hasPrefix("*") { varArgs = String(p.dropFirst()); keywordOnly = true; continue }
            let optional = p.hasSuffix("?")
            let name = optional ? String(p.dropLast()) : p
            names.append(name)
            defaults.append(given[name])
            required.append(!optional && given[name] == nil)
            if !keywordOnly { positionalCount += 1 }
        }
    }

    func index(of name: String) -> Int? { names.firstIndex(of: name) }

    /// The parameter list as `inspect.signature` prints it: `(input, dim=None, *, dtype=None)`.
    func signature(_ repr: (Value) -> String) -> String { "(" + parameters(repr).joined(separator: ", ") + ")" }

    /// The entries of `signature`.
    func parameters(_ repr: (Value) -> String) -> [String] {
        var parts: [String] = []
        for (i, name) in names.enumerated() {
            if i == positionalCount { parts.append(varArgs.map { "*\($0)" } ?? "*") }
            if let d = defaults[i] { parts.append("\(name)=\(repr(d))") } else if required[i] { parts.append(name) } else { parts.append("\(name)=None") }
        }
        if positionalCount == names.count, let v = varArgs { parts.append("*\(v)") }
        if let k = varKeywords { parts.append("**\(k)") }
        return parts
    }
}

/// Arguments of a native call, bound to the callee's parameter spec.
public struct Args {
    public let interp: Interpreter
    let spec: ParamSpec
    public let functionName: String
    var bound: [Value?]
    /// Extra positional arguments (the `*args` parameter).
    public var positional: [Value]
    /// Extra keyword arguments (the `**kwargs` parameter), in call order.
    public var keywords: [(String, Value)]
    /// The receiver as passed, when `self` (parameter 0) was replaced by the builtin value it holds.
    var receiver: Value?

    /// Parameter `i` in declaration order; past the named parameters, the `*args` values.
    public subscript(i: Int) -> Value {
        if i < bound.count { return bound[i] ?? .none }
        let j = i - bound.count
        return j < positional.count ? positional[j] : .none
    }
    /// The named parameter (given positionally or by keyword).
    public subscript(name: String) -> Value {
        guard let i = spec.index(of: name) else { return .none }
        return bound[i] ?? .none
    }
    /// The parameter's value, or nil when an optional parameter was not given.
    public func optional(_ name: String) -> Value? {
        guard let i = spec.index(of: name) else { return nil }
        return bound[i]
    }
    public var count: Int { bound.count + positional.count }

    public func int(_ name: String) throws(PyError) -> Int { try interp.toIndex(self[name]) }
    public func int(_ i: Int) throws(PyError) -> Int { try interp.toIndex(self[i]) }
    public func double(_ name: String) throws(PyError) -> Double { try interp.toDouble(self[name]) }
    public func double(_ i: Int) throws(PyError) -> Double { try interp.toDouble(self[i]) }
    public func string(_ name: String) throws(PyError) -> String { try Self.string(self[name]) }
    public func string(_ i: Int) throws(PyError) -> String { try Self.string(self[i]) }
    public func bool(_ name: String) throws(PyError) -> Bool { try interp.truthy(self[name]) }
    public func bool(_ i: Int) throws(PyError) -> Bool { try interp.truthy(self[i]) }

    private static func string(_ v: Value) throws(PyError) -> String {
        guard case .str(let s) = v.builtinValue else { throw PyError.typeError("expected str, got \(typeName(v))") }
        return s
    }
}

/// A function implemented in Swift.
public final class PyBuiltin {
    public let name: String
    let qualifier: String?
    let spec: ParamSpec
    let body: (Args) throws(PyError) -> Value
    /// The docstring (`__doc__`), attached after definition by whoever documents the builtin.
    public var doc: String?
    /// A method of a builtin type: called on an instance of a subclass, it works on the instance's `baseValue`.
    var unwrapsSelf = false

    public init(name: String, params: [String], defaults: [String: Value] = [:], qualifier: String? = nil,
                _ body: @escaping (Args) throws(PyError) -> Value) {
        self.name = name
        self.qualifier = qualifier
        self.spec = ParamSpec(params, defaults: defaults)
        self.body = body
    }

    func call(_ interp: Interpreter, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Value {
        try body(try bind(interp, args, kwargs))
    }

    func bind(_ interp: Interpreter, _ args: [Value], _ kwargs: [(String, Value)]) throws(PyError) -> Args {
        let n = spec.names.count
        var bound = [Value?](repeating: nil, count: n)
        var extra: [Value] = []
        let direct = min(args.count, spec.positionalCount)
        for i in 0..<direct { bound[i] = args[i] }
        if args.count > spec.positionalCount {
            guard spec.varArgs != nil else {
                let takes = spec.positionalCount
                throw PyError.typeError("\(name)() takes \(takes) positional argument\(takes == 1 ? "" : "s") but \(args.count) \(args.count == 1 ? "was" : "were") given")
            }
            extra = Array(args[spec.positionalCount...])
        }
        var extraKw: [(String, Value)] = []
        for (k, v) in kwargs {
            if let i = spec.index(of: k) {
                if bound[i] != nil { throw PyError.typeError("\(name)() got multiple values for argument '\(k)'") }
                bound[i] = v
            } else if spec.varKeywords != nil {
                extraKw.append((k, v))
            } else {
                throw PyError.typeError("\(name)() got an unexpected keyword argument '\(k)'")
            }
        }
        for i in 0..<n where bound[i] == nil {
            if let d = spec.defaults[i] { bound[i] = d } else if spec.required[i] {
                let missing = (i..<n).filter { bound[$0] == nil && spec.required[$0] }.map { "'\(spec.names[$0])'" }
                throw PyError.typeError("\(name)() missing \(missing.count) required positional argument\(missing.count == 1 ? "" : "s"): \(joinedNames(missing))")
            }
        }
        var receiver: Value?
        if unwrapsSelf, n > 0, case .instance(let i)? = bound[0], let base = i.baseValue {
            receiver = bound[0]
            bound[0] = base
        }
        return Args(interp: interp, spec: spec, functionName: name, bound: bound, positional: extra, keywords: extraKw,
                    receiver: receiver)
    }
}

/// "'a'", "'a' and 'b'", "'a', 'b', and 'c'" as in CPython's argument errors.
func joinedNames(_ names: [String]) -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    case 2: return "\(names[0]) and \(names[1])"
    default: return names.dropLast().joined(separator: ", ") + ", and " + (names.last ?? "")
    }
}

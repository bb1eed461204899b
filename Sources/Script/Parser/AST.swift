// The abstract syntax tree produced by the Parser and consumed by the Compiler.

public enum BinaryOp: String {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**", matMul = "@"
    case lshift = "<<", rshift = ">>", bitAnd = "&", bitOr = "|", bitXor = "^"

    /// The operator's method, reflected method and in-place method names (literals: binary
    /// operators on objects look them up on every call).
    var dunder: (String, String, String) {
        switch self {
        case .add: return ("__add__", "__radd__", "__iadd__")
        case .sub: return ("__sub__", "__rsub__", "__isub__")
        case .mul: return ("__mul__", "__rmul__", "__imul__")
        case .div: return ("__truediv__", "__rtruediv__", "__itruediv__")
        case .floorDiv: return ("__floordiv__", "__rfloordiv__", "__ifloordiv__")
        case .mod: return ("__mod__", "__rmod__", "__imod__")
        case .pow: return ("__pow__", "__rpow__", "__ipow__")
        case .matMul: return ("__matmul__", "__rmatmul__", "__imatmul__")
        case .lshift: return ("__lshift__", "__rlshift__", "__ilshift__")
        case .rshift: return ("__rshift__", "__rrshift__", "__irshift__")
        case .bitAnd: return ("__and__", "__rand__", "__iand__")
        case .bitOr: return ("__or__", "__ror__", "__ior__")
        case .bitXor: return ("__xor__", "__rxor__", "__ixor__")
        }
    }
}

public enum UnaryOp { case neg, pos, invert, not }

public enum CompareOp: String {
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">=", `in` = "in", notIn = "not in", `is` = "is", isNot = "is not"
}

struct Position { var line: Int; var column: Int }

indirect enum Expr {
    case name(String, Position)
    case constant(Value)
    case fstring([FStringPart], Position)
    case binary(BinaryOp, Expr, Expr, Position)
    case unary(UnaryOp, Expr, Position)
    case and([Expr])
    case or([Expr])
    case compare(Expr, [(CompareOp, Expr)], Position)
    case call(Expr, [Argument], Position)
    case attribute(Expr, String, Position)
    case item(Expr, Expr, Position)
    case slice(Expr?, Expr?, Expr?)
    case list([Expr])
    case tuple([Expr])
    case set([Expr])
    case dict([(Expr?, Expr)])          // a nil key is a `**mapping` entry
    case starred(Expr)
    case ifElse(Expr, Expr, Expr)
    case lambda(FunctionDef)
    case comprehension(Comprehension)
    case yield(Expr?)
    case yieldFrom(Expr)
    case walrus(String, Expr, Position)

    var position: Position? {
        switch self {
        case .name(_, let p), .fstring(_, let p), .binary(_, _, _, let p), .unary(_, _, let p), .compare(_, _, let p),
             .call(_, _, let p), .attribute(_, _, let p), .item(_, _, let p), .walrus(_, _, let p): return p
        default: return nil
        }
    }
}

enum FStringPart {
    case literal(String)
    case field(Expr, conversion: Character?, spec: [FStringPart])
}

enum Argument {
    case positional(Expr)
    case star(Expr)
    case keyword(String, Expr)
    case doubleStar(Expr)
}

struct Parameter {
    enum Kind { case normal, varArgs, keywordOnly, varKeywords }
    var name: String
    var kind: Kind
    var defaultValue: Expr?
    var annotation: Expr?
}

/// A `def` or `lambda`; a reference type so the scope analysis can annotate it.
final class FunctionDef {
    let name: String
    let params: [Parameter]
    let body: [Stmt]
    let decorators: [Expr]
    let line: Int
    var scope: Scope?
    /// The `-> T` annotation.
    var returns: Expr?
    init(name: String, params: [Parameter], body: [Stmt], decorators: [Expr], line: Int) {
        self.name = name; self.params = params; self.body = body; self.decorators = decorators; self.line = line
    }
}

final class ClassDef {
    let name: String
    let bases: [Argument]
    let body: [Stmt]
    let decorators: [Expr]
    let line: Int
    var scope: Scope?
    init(name: String, bases: [Argument], body: [Stmt], decorators: [Expr], line: Int) {
        self.name = name; self.bases = bases; self.body = body; self.decorators = decorators; self.line = line
    }
}

struct ComprehensionFor {
    var target: Expr
    var iter: Expr
    var conditions: [Expr]
}

final class Comprehension {
    enum Kind { case list, set, dict, generator }
    let kind: Kind
    let element: Expr
    let value: Expr?          // dict comprehensions: element is the key
    let generators: [ComprehensionFor]
    let line: Int
    var scope: Scope?
    init(kind: Kind, element: Expr, value: Expr?, generators: [ComprehensionFor], line: Int) {
        self.kind = kind; self.element = element; self.value = value; self.generators = generators; self.line = line
    }
}

/// A `case` of a `match` statement.
struct MatchCase {
    var pattern: Pattern
    var guardExpr: Expr?
    var body: [Stmt]
}

/// The patterns of `match` (PEP 634).
indirect enum Pattern {
    case wildcard
    case capture(String)
    /// A literal or dotted name, compared with ==.
    case value(Expr)
    /// None, True or False, compared with `is`.
    case singleton(Value)
    case sequence([Pattern])
    /// `*name` (or `*_`) in a sequence pattern.
    case star(String?)
    case mapping([(Expr, Pattern)], rest: String?)
    case classPattern(Expr, [Pattern], [(String, Pattern)])
    case or([Pattern])
    case capturing(Pattern, String)

    /// The names the pattern binds, in order.
    var boundNames: [String] {
        switch self {
        case .wildcard, .value, .singleton: return []
        case .capture(let n): return [n]
        case .star(let n): return n.map { [$0] } ?? []
        case .sequence(let items), .or(let items): return items.flatMap { $0.boundNames }
        case .mapping(let entries, let rest): return entries.flatMap { $0.1.boundNames } + (rest.map { [$0] } ?? [])
        case .classPattern(_, let positional, let keywords): return positional.flatMap { $0.boundNames } + keywords.flatMap { $0.1.boundNames }
        case .capturing(let p, let n): return p.boundNames + [n]
        }
    }

    /// The expressions it evaluates (values, mapping keys, classes), for scope analysis.
    var expressions: [Expr] {
        switch self {
        case .wildcard, .capture, .singleton, .star: return []
        case .value(let e): return [e]
        case .sequence(let items), .or(let items): return items.flatMap { $0.expressions }
        case .mapping(let entries, _): return entries.flatMap { [$0.0] + $0.1.expressions }
        case .classPattern(let c, let positional, let keywords): return [c] + positional.flatMap { $0.expressions } + keywords.flatMap { $0.1.expressions }
        case .capturing(let p, _): return p.expressions
        }
    }
}

struct ExceptHandler {
    var type: Expr?
    var name: String?
    var body: [Stmt]
}

struct ImportName {
    var name: String       // dotted for `import a.b`
    var asName: String?
}

struct Stmt {
    indirect enum Kind {
        case expr(Expr)
        case assign([Expr], Expr)
        case augAssign(Expr, BinaryOp, Expr)
        case annAssign(Expr, annotation: Expr, Expr?)
        case ifElse([(Expr, [Stmt])], [Stmt]?)
        case whileLoop(Expr, [Stmt], [Stmt]?)
        case forLoop(Expr, Expr, [Stmt], [Stmt]?)
        case functionDef(FunctionDef)
        case classDef(ClassDef)
        case returnValue(Expr?)
        case pass, breakLoop, continueLoop
        case raise(Expr?, Expr?)
        case match(Expr, [MatchCase])
        case tryExcept([Stmt], [ExceptHandler], [Stmt]?, [Stmt]?)
        case with([(Expr, Expr?)], [Stmt])
        case importModules([ImportName])
        case importFrom(String, [ImportName], level: Int)   // names == [] means `*`
        case global([String])
        case nonlocal([String])
        case assert(Expr, Expr?)
        case delete([Expr])
    }
    var kind: Kind
    var line: Int
}

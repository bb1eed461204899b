// Functions written in Python: compiled code, the function object, and the activation frame.

typealias Eval = (Frame) throws(PyError) -> Value
typealias Exec = (Frame) throws(PyError) -> Flow

/// How a statement finished: normally, or by transferring control.
enum Flow { case normal, breakLoop, continueLoop, returned }

/// A compiled function body with its parameter layout.
final class Code {
    let name: String
    let qualifiedName: String
    let file: String
    let params: [Parameter]
    let positionalCount: Int            // parameters fillable positionally
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    let slotCount: Int
    /// Cell variables that are parameters: (cell index, parameter slot).
    let cellParams: [(Int, Int)]
    let cellVarCount: Int
    let isGenerator: Bool
    /// True when a positional call with exactly `positionalCount` arguments needs no further binding.
    let isSimple: Bool
    var body: Exec = { _ in .normal }

    init(name: String, qualifiedName: String, file: String, params: [Parameter], scope: Scope) {
        self.name = name
        self.qualifiedName = qualifiedName
        self.file = file
        self.params = params
        positionalCount = params.filter { $0.kind == .normal }.count
        varArgsSlot = params.firstIndex { $0.kind == .varArgs }
        varKeywordsSlot = params.firstIndex { $0.kind == .varKeywords }
        slotCount = scope.slotNames.count
        var cp: [(Int, Int)] = []
        for (ci, name) in scope.cellVars.enumerated() {
            if let pi = params.firstIndex(where: { $0.name == name }) { cp.append((ci, pi)) }
        }
        cellParams = cp
        cellVarCount = scope.cellVars.count
        isGenerator = scope.isGenerator
        isSimple = params.allSatisfy { $0.kind == .normal }
    }
}

public final class PyFunction {
    let code: Code
    let globals: PyModule
    /// Default values of the trailing positional parameters, and of keyword-only ones.
    var defaults: [Value]
    var keywordDefaults: [String: Value]
    let closure: [Cell]
    public var name: String
    public let attributes = PyDict()
    /// The class whose body defined this function (Python's `__class__` cell).
    weak var definingClass: PyClass?

    init(code: Code, globals: PyModule, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = code.name
    }
}

/// One activation of a function, class body or module: local slots, cells, current line.
final class Frame {
    let slots: UnsafeMutablePointer<Value?>
    let slotCount: Int
    var cells: [Cell]
    var line = 0
    var returnValue: Value = .none
    /// The class namespace while a class body runs.
    var namespace: PyDict?
    /// The running function (for zero-argument super()).
    var function: PyFunction?
    /// Values produced by `yield` (generators run eagerly).
    var yielded: [Value]?

    init(slotCount: Int, cells: [Cell] = []) {
        self.slotCount = slotCount
        slots = .allocate(capacity: max(slotCount, 1))
        slots.initialize(repeating: nil, count: slotCount)
        self.cells = cells
    }

    deinit {
        slots.deinitialize(count: slotCount)
        slots.deallocate()
    }
}

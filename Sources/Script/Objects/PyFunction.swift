// Functions written in Python: compiled code, the function object, and the activation frame.

typealias Eval = (Frame) throws(PyError) -> Value
typealias Exec = (Frame) throws(PyError) -> Flow

/// Closures kept in arrays are boxed in these non-generic structs: a closure stored in a generic
/// container directly would be re-abstracted and called through a thunk on every use.
struct EvalBox { let run: Eval }
struct ExecBox { let run: Exec }

/// How a statement finished: normally, or by transferring control.
enum Flow { case normal, breakLoop, continueLoop, returned }

/// A compiled function body with its parameter layout.
final class Code {
    let name: String
    let qualifiedName: String
    let file: String
    /// The `def` line (where tracebacks place a generator that has not started).
    let firstLine: Int
    let params: [Parameter]
    let positionalCount: Int            // parameters fillable positionally
    let varArgsSlot: Int?
    let varKeywordsSlot: Int?
    let slotCount: Int
    /// Cell variables that are parameters: (cell index, parameter slot).
    let cellParams: [(Int, Int)]
    let cellVarCount: Int
    let isGenerator: Bool
    let usesSuper: Bool
    /// The docstring: a string literal as the body's first statement.
    let doc: String?
    /// True when a positional call with exactly `positionalCount` arguments needs no further binding.
    let isSimple: Bool
    let body: Exec
    let pool: FramePool

    init(name: String, qualifiedName: String, file: String, firstLine: Int, params: [Parameter], scope: Scope,
         statements: [Stmt], body: @escaping Exec) {
        self.body = body
        self.firstLine = firstLine
        self.name = name
        self.qualifiedName = qualifiedName
        self.file = file
        self.params = params
        positionalCount = params.filter { $0.kind == .normal }.count
        varArgsSlot = params.firstIndex { $0.kind == .varArgs }
        varKeywordsSlot = params.firstIndex { $0.kind == .varKeywords }
        slotCount = scope.slotNames.count
        pool = FramePool(slotCount: scope.slotNames.count)
        var cp: [(Int, Int)] = []
        for (ci, name) in scope.cellVars.enumerated() {
            if let pi = params.firstIndex(where: { $0.name == name }) { cp.append((ci, pi)) }
        }
        cellParams = cp
        cellVarCount = scope.cellVars.count
        isGenerator = scope.isGenerator
        usesSuper = scope.usesSuper
        doc = docstring(of: statements)
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
    /// The class whose body defined this function (Python's `__class__` cell). Strong, as in
    /// CPython: a weak reference would give every class a side table and slow all its refcounting.
    var definingClass: PyClass?

    init(code: Code, globals: PyModule, defaults: [Value], keywordDefaults: [String: Value], closure: [Cell]) {
        self.code = code
        self.globals = globals
        self.defaults = defaults
        self.keywordDefaults = keywordDefaults
        self.closure = closure
        self.name = code.name
    }
}

struct FrameHeader {
    let slotCount: Int
    var line = 0
    var returnValue: Value = .none
    var cells: [Cell]
    /// The class namespace while a class body runs.
    var namespace: PyDict?
    /// The running function (for zero-argument super()).
    var function: PyFunction?
    /// The generator this frame's body runs in (its owner keeps it alive while the body runs).
    unowned(unsafe) var generator: GeneratorCore?
}

/// One activation of a function, class body or module: local slots, cells, current line.
/// A single allocation (header plus tail-allocated slots), accessed without exclusivity bookkeeping.
final class Frame: ManagedBuffer<FrameHeader, Value?> {
    static func make(slotCount: Int, cells: [Cell] = []) -> Frame {
        let buffer = Frame.create(minimumCapacity: slotCount) { _ in FrameHeader(slotCount: slotCount, cells: cells) }
        let frame = unsafeDowncast(buffer, to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: nil, count: slotCount) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { h, e in _ = e.deinitialize(count: h.pointee.slotCount) }
    }

    // Through pointers: `header` itself is a stored class property and would be access-checked.
    @inline(__always) var slots: UnsafeMutablePointer<Value?> { withUnsafeMutablePointerToElements { $0 } }
    @inline(__always) private var h: UnsafeMutablePointer<FrameHeader> { withUnsafeMutablePointerToHeader { $0 } }
    @inline(__always) var slotCount: Int { h.pointee.slotCount }
    @inline(__always) var line: Int { get { h.pointee.line } set { h.pointee.line = newValue } }
    @inline(__always) var returnValue: Value { get { h.pointee.returnValue } set { h.pointee.returnValue = newValue } }
    @inline(__always) var cells: [Cell] { get { h.pointee.cells } set { h.pointee.cells = newValue } }
    var namespace: PyDict? { get { h.pointee.namespace } set { h.pointee.namespace = newValue } }
    var function: PyFunction? { get { h.pointee.function } set { h.pointee.function = newValue } }
    var generator: GeneratorCore? { get { h.pointee.generator } set { h.pointee.generator = newValue } }
}

/// Recycled frames of one Code: calls reuse a finished frame instead of allocating.
final class FramePool {
    private static let capacity = 8
    private let frames: UnsafeMutablePointer<Frame>
    private let count: UnsafeMutablePointer<Int>
    let slotCount: Int

    init(slotCount: Int) {
        self.slotCount = slotCount
        frames = .allocate(capacity: Self.capacity)
        count = .allocate(capacity: 1)
        count.initialize(to: 0)
    }

    deinit {
        frames.deinitialize(count: count.pointee)
        frames.deallocate()
        count.deallocate()
    }

    @inline(__always) func take() -> Frame {
        let n = count.pointee
        if n == 0 { return Frame.make(slotCount: slotCount) }
        count.pointee = n - 1
        return (frames + n - 1).move()
    }

    /// Clears a frame nobody else references and keeps it for the next call.
    @inline(__always) func recycle(_ frame: Frame) {
        let n = count.pointee
        guard n < Self.capacity else { return }
        frame.reset()
        (frames + n).initialize(to: frame)
        count.pointee = n + 1
    }
}

extension Frame {
    func reset() {
        let s = slots
        for k in 0..<slotCount { s[k] = nil }
        withUnsafeMutablePointerToHeader { h in
            h.pointee.line = 0
            h.pointee.returnValue = .none
            if !h.pointee.cells.isEmpty { h.pointee.cells = [] }
            h.pointee.function = nil
            h.pointee.generator = nil
        }
    }
}

/// The docstring of a function, class or module body.
func docstring(of body: [Stmt]) -> String? {
    guard case .expr(.constant(.str(let s)))? = body.first?.kind else { return nil }
    return s
}

// The Python object model: a closed set of Swift types, dispatched with `switch`.

/// A Python value. Scalars are stored inline; containers and objects by reference.
public enum Value {
    case none
    case bool(Bool)
    case int(Int)
    /// An int beyond 64 bits; never holds a value that fits `.int` (see `Value.integer`).
    case bigInt(BigInt)
    case float(Double)
    case str(String)
    case list(PyList)
    case tuple([Value])
    case dict(PyDict)
    case set(PySet)
    case function(PyFunction)
    case builtin(PyBuiltin)
    case boundMethod(PyBoundMethod)
    case cls(PyClass)
    case instance(PyInstance)
    case module(PyModule)
    case slice(PySlice)
    case range(PyRange)
    case iterator(PyIterator)
    case property(PyProperty)
    indirect case staticMethod(Value)
    indirect case classMethod(Value)
    case superObject(PySuper)
    case ellipsis
    case notImplemented
}

extension Value {
    public var isNone: Bool { if case .none = self { return true }; return false }
}

/// A Python list: reference semantics over a Swift array.
public final class PyList {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }

    /// Frees nested lists iteratively: releasing a 100,000-deep list level by level would
    /// otherwise recurse once per level and overflow the stack.
    deinit {
        guard items.contains(where: { if case .list = $0 { return true } else { return false } }) else { return }
        var pending = items
        items = []
        while let value = pending.popLast() {
            guard case .list(var inner) = consume value else { continue }
            // Only a list nobody else holds dies here; take its items so its own deinit is flat.
            if isKnownUniquelyReferenced(&inner) {
                pending.append(contentsOf: inner.items)
                inner.items = []
            }
        }
    }
}

public final class PySlice {
    public let start: Value, stop: Value, step: Value
    public init(_ start: Value, _ stop: Value, _ step: Value) { self.start = start; self.stop = stop; self.step = step }
}

public final class PyRange {
    public let start: Int, stop: Int, step: Int
    public init(_ start: Int, _ stop: Int, _ step: Int) { self.start = start; self.stop = stop; self.step = step }
    /// The number of elements (saturating at Int.max for ranges wider than Int allows).
    public var count: Int {
        let span = step > 0 ? stop.subtractingReportingOverflow(start) : start.subtractingReportingOverflow(stop)
        if span.overflow { return Int.max }
        if span.partialValue <= 0 { return 0 }
        let stride = step == Int.min ? Int.max : Swift.abs(step)
        return (span.partialValue - 1) / stride + 1
    }
    public func element(_ i: Int) -> Int { start &+ i &* step }
}

/// A method bound to its receiver (`obj.method`).
public final class PyBoundMethod {
    public let receiver: Value
    public let function: Value
    public init(_ receiver: Value, _ function: Value) { self.receiver = receiver; self.function = function }
}

/// `property(fget, fset)` as created by `@property` or `PyClass.defineProperty`.
public final class PyProperty {
    public var getter: Value
    public var setter: Value
    public init(getter: Value, setter: Value = .none) { self.getter = getter; self.setter = setter }
}

/// `super()` bound to a class position in the receiver's MRO.
public final class PySuper {
    let startAfter: PyClass
    let receiver: Value
    init(startAfter: PyClass, receiver: Value) { self.startAfter = startAfter; self.receiver = receiver }
}

/// A variable box shared between a scope and the closures that capture it (and module globals).
/// Stored through a pointer so reads need no exclusivity bookkeeping.
final class Cell {
    let p: UnsafeMutablePointer<Value?>
    init(_ v: Value? = nil) { p = .allocate(capacity: 1); p.initialize(to: v) }
    deinit { p.deinitialize(count: 1); p.deallocate() }
    @inline(__always) var value: Value? {
        get { p.pointee }
        set { p.pointee = newValue }
    }
}

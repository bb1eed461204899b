// Classes and instances. Builtin types (int, list, ...), exception types, native binding classes
// and classes written in Python are all PyClass, so isinstance/subclassing work across them.

#if canImport(Glibc)
import Glibc
#endif

public final class PyClass: @unchecked Sendable {
    public let name: String
    public let module: String
    public private(set) var bases: [PyClass]
    public private(set) var mro: [PyClass] = []
    /// The class namespace (`__dict__`), in definition order.
    public let dict = PyDict()
    /// Set for builtin types whose values are not PyInstance (int, str, list, ...).
    let isBuiltinType: Bool
    /// The dotted name that error messages show for types a C extension defines
    /// (`numpy.ndarray`, `torch.Size`); classes written in Python show their bare name.
    public var extensionTypeName: String?
    /// The name of the type in error messages.
    public var messageName: String { extensionTypeName ?? name }

    deinit {
        cache.deinitialize(count: 1)
        cache.deallocate()
    }

    /// The attribute names instances may have when the class and all its Python bases define
    /// `__slots__` (nil: any, kept in the instance `__dict__`).
    let slotNames: Set<String>?

    public init(name: String, module: String, bases: [PyClass] = [], slots: [String]? = nil) {
        self.name = name
        self.module = module
        self.isBuiltinType = false
        self.bases = bases.isEmpty && name != "object" ? [ObjectClass] : bases
        var allowed = slots.map { Set($0) }
        for b in bases where !b.isBuiltinType {
            if let inherited = b.slotNames { allowed?.formUnion(inherited) } else { allowed = nil }
        }
        slotNames = allowed?.contains("__dict__") == true ? nil : allowed
        mro = Self.linearize(self)
    }

    init(builtinType name: String, bases: [PyClass]) {
        self.name = name
        self.module = "builtins"
        self.isBuiltinType = true
        self.slotNames = nil
        self.bases = bases
        mro = Self.linearize(self)
    }

    /// C3 linearization; falls back to depth-first order when the hierarchy is inconsistent.
    private static func linearize(_ c: PyClass) -> [PyClass] {
        var sequences = c.bases.map { $0.mro } + [c.bases]
        var result = [c]
        while true {
            sequences = sequences.filter { !$0.isEmpty }
            if sequences.isEmpty { return result }
            var candidate: PyClass?
            for seq in sequences {
                let head = seq[0]
                if !sequences.contains(where: { $0.dropFirst().contains { $0 === head } }) { candidate = head; break }
            }
            guard let next = candidate else { return result + c.bases.flatMap { $0.mro }.filter { b in !result.contains { $0 === b } } }
            result.append(next)
            sequences = sequences.map { $0.first === next ? Array($0.dropFirst()) : $0 }
        }
    }

    /// The class dict; assign through here (not `dict` directly) so lookup caches stay valid.
    public subscript(name: String) -> Value? {
        get { dict.get(name) }
        set {
            classEpoch.pointee &+= 1
            if let v = newValue { dict.set(name, v) } else { _ = try? dict.remove(.str(name)) }
        }
    }

    /// Memoised lookups and the class epoch they are valid for (behind a pointer: no exclusivity checks).
    private let cache: UnsafeMutablePointer<(entries: [String: Value?], epoch: Int, hasProperties: Bool?)> = {
        let p = UnsafeMutablePointer<(entries: [String: Value?], epoch: Int, hasProperties: Bool?)>.allocate(capacity: 1)
        p.initialize(to: ([:], -1, nil))
        return p
    }()

    /// Whether any class in the MRO defines a property; when none does, instance attributes can be
    /// read before (and instead of) the class lookup.
    var hasProperties: Bool {
        if cachesLookups, cache.pointee.epoch == classEpoch.pointee, let known = cache.pointee.hasProperties { return known }
        let found = mro.contains { c in c.dict.values.contains { if case .property = $0 { return true }; return false } }
        if cachesLookups {
            refreshCache()
            cache.pointee.hasProperties = found
        }
        return found
    }

    /// Empties the memo when any class changed since it was filled.
    private func refreshCache() {
        guard cache.pointee.epoch != classEpoch.pointee else { return }
        cache.pointee.entries.removeAll(keepingCapacity: true)
        cache.pointee.epoch = classEpoch.pointee
        cache.pointee.hasProperties = nil
    }
    /// Lookups are memoised only on the thread that created the class: builtin and binding classes
    /// may be shared by interpreters running on other threads, and the memo is not synchronised.
    private let ownerThread = pthread_self()
    var cachesLookups: Bool { !isBuiltinType && pthread_equal(ownerThread, pthread_self()) != 0 }
    /// The interpreter that ran the class statement (for calling its __hash__ and __eq__ on dict keys).
    unowned(unsafe) var interpreter: Interpreter?

    /// Builtin types' attributes, flattened once after their methods are installed (read-only after, so
    /// interpreters on other threads may share it).
    private(set) var frozenLookup: [String: Value]?

    func freezeLookups() {
        var table: [String: Value] = [:]
        for c in mro.reversed() { for (k, v) in c.dict.items { if case .str(let key) = k { table[key] = v } } }
        frozenLookup = table
    }

    /// Finds an attribute along the MRO (memoised until any class changes).
    public func lookup(_ name: String) -> Value? {
        if let table = frozenLookup { return table[name] }
        guard cachesLookups else {
            for c in mro { if let v = c.dict.get(name) { return v } }
            return nil
        }
        refreshCache()
        if let hit = cache.pointee.entries[name] { return hit }
        var found: Value?
        for c in mro { if let v = c.dict.get(name) { found = v; break } }
        cache.pointee.entries[name] = found
        return found
    }

    /// Finds an attribute along the MRO, also telling which class defines it.
    func lookupWithOwner(_ name: String) -> (Value, PyClass)? {
        for c in mro { if let v = c.dict.get(name) { return (v, c) } }
        return nil
    }

    public func isSubclass(of other: PyClass) -> Bool { mro.contains { $0 === other } }

    /// Defines a native method; `a[0]` is self.
    public func define(_ name: String, _ params: [String], defaults: [String: Value] = [:],
                       _ body: @escaping (Args) throws(PyError) -> Value) {
        let method = PyBuiltin(name: name, params: params, defaults: defaults, qualifier: self.name, body)
        method.unwrapsSelf = holdsBaseValues
        self[name] = .builtin(method)
    }

    /// Whether instances of this class's subclasses carry a `baseValue` (int, str, list, dict, ...):
    /// its native methods then work on that value.
    var holdsBaseValues: Bool { isBuiltinType && subclassableTypes.contains { $0 === self } }

    /// Defines a native static method.
    public func defineStatic(_ name: String, _ params: [String], defaults: [String: Value] = [:],
                             _ body: @escaping (Args) throws(PyError) -> Value) {
        self[name] = .staticMethod(.builtin(PyBuiltin(name: name, params: params, defaults: defaults, qualifier: self.name, body)))
    }

    /// Defines a native class method; `a[0]` is the class.
    public func defineClassMethod(_ name: String, _ params: [String], defaults: [String: Value] = [:],
                                  _ body: @escaping (Args) throws(PyError) -> Value) {
        self[name] = .classMethod(.builtin(PyBuiltin(name: name, params: params, defaults: defaults, qualifier: self.name, body)))
    }

    /// Defines a property computed from the instance (and optionally settable).
    public func defineProperty(_ name: String, get: @escaping (PyInstance) throws(PyError) -> Value,
                               set: ((PyInstance, Value) throws(PyError) -> Void)? = nil) {
        let owner = self.name
        let getter = PyBuiltin(name: name, params: ["self"], qualifier: owner) { (a: Args) throws(PyError) -> Value in
            guard case .instance(let i) = a[0] else { throw PyError.typeError("descriptor '\(name)' needs a '\(owner)' object") }
            return try get(i)
        }
        var setter = Value.none
        if let set {
            setter = .builtin(PyBuiltin(name: name, params: ["self", "value"], qualifier: owner) { (a: Args) throws(PyError) -> Value in
                guard case .instance(let i) = a[0] else { throw PyError.typeError("descriptor '\(name)' needs a '\(owner)' object") }
                try set(i, a[1])
                return .none
            })
        }
        self[name] = .property(PyProperty(getter: .builtin(getter), setter: setter))
    }

    var qualifiedName: String { module == "builtins" || module.isEmpty ? name : "\(module).\(name)" }
}

/// An instance of a class written in Python or of a native binding class.
public final class PyInstance {
    public let cls: PyClass
    /// Swift data carried by native binding classes (a tensor, a module, ...).
    public var payload: Any? {
        didSet {
            guard payloadPointsBack else { return }
            payloadPointsBack = false
            if let old = oldValue as? BackPointingPayload, old.boundObject === self { old.boundObject = nil }
        }
    }
    /// The instance `__dict__`.
    public let attributes = PyDict()
    /// The builtin value an instance of a subclass of a builtin type is (the list of `class L(list)`).
    public internal(set) var baseValue: Value?
    /// Whether the payload points back at this instance (BackPointingPayload).
    private var payloadPointsBack = false

    public init(_ cls: PyClass, payload: Any? = nil) { self.cls = cls; self.payload = payload }
    init(_ cls: PyClass, baseValue: Value) { self.cls = cls; self.baseValue = baseValue }

    /// An instance its payload points back at without owning it, so that the same object is
    /// returned while it lives (`x.grad is x.grad`); the pointer is cleared as it dies.
    public init(_ cls: PyClass, boundTo payload: BackPointingPayload) {
        self.cls = cls
        self.payload = payload
        payloadPointsBack = true
        payload.boundObject = self
    }

    deinit {
        if payloadPointsBack, let p = payload as? BackPointingPayload, p.boundObject === self { p.boundObject = nil }
    }

    public subscript(name: String) -> Value? {
        get { attributes.get(name) }
        set { if let v = newValue { attributes.set(name, v) } else { _ = try? attributes.remove(.str(name)) } }
    }
}

public func makeInstance(_ cls: PyClass, payload: Any?) -> PyInstance { PyInstance(cls, payload: payload) }

/// A native object that remembers the live instance wrapping it. The pointer does not own the
/// instance (a weak reference would move both objects' reference counts to slow side tables);
/// the instance clears it as it dies.
public protocol BackPointingPayload: AnyObject {
    var boundObject: PyInstance? { get set }
}

/// Bumped whenever any class dict changes, invalidating every class's lookup cache.
nonisolated(unsafe) let classEpoch: UnsafeMutablePointer<Int> = {
    let p = UnsafeMutablePointer<Int>.allocate(capacity: 1)
    p.initialize(to: 0)
    return p
}()

/// The root of every class hierarchy.
public let ObjectClass = PyClass(builtinType: "object", bases: [])

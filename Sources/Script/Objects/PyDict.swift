// Hashing of Python values, and the insertion-ordered dict and set built on it.

/// The hashable identity of a Python value: equal Python keys (1, 1.0, True) map to equal HashKeys.
enum HashKey: Hashable {
    case none
    case int(Int)
    case bigInt(BigInt)
    case float(UInt64)
    case str(String)
    case tuple([HashKey])
    case object(ObjectIdentifier)
    case custom(CustomHashKey)
    case ellipsis

    init(_ v: Value) throws(PyError) {
        switch v {
        case .none: self = .none
        case .bool(let b): self = .int(b ? 1 : 0)
        case .int(let i): self = .int(i)
        case .bigInt(let b): self = .bigInt(b)
        case .float(let d):
            if let i = Int(exactly: d) { self = .int(i) } else if let b = BigInt(exactly: d) { self = .bigInt(b) } else {
                self = .float(d.isNaN ? 0x7ff8_0000_0000_0000 : d.bitPattern)
            }
        case .str(let s): self = .str(s)
        case .tuple(let items):
            var keys: [HashKey] = []
            keys.reserveCapacity(items.count)
            for item in items { keys.append(try HashKey(item)) }
            self = .tuple(keys)
        case .list, .dict, .set, .slice:
            throw PyError.typeError("unhashable type: '\(typeName(v))'")
        case .function(let o): self = .object(ObjectIdentifier(o))
        case .builtin(let o): self = .object(ObjectIdentifier(o))
        case .boundMethod(let o): self = .object(ObjectIdentifier(o))
        case .cls(let o): self = .object(ObjectIdentifier(o))
        case .instance(let o):
            if let native = o.payload as? HashablePayload {
                self = try HashKey(native.hashKeyValue(of: o))
            } else if let custom = try CustomHashKey(o) {
                self = .custom(custom)
            } else if let base = o.baseValue {
                self = try HashKey(base)   // a str subclass's instance finds the str's entry
            } else {
                self = .object(ObjectIdentifier(o))
            }
        case .module(let o): self = .object(ObjectIdentifier(o))
        case .range(let o): self = .object(ObjectIdentifier(o))
        case .iterator(let o): self = .object(ObjectIdentifier(o))
        case .property(let o): self = .object(ObjectIdentifier(o))
        case .superObject(let o): self = .object(ObjectIdentifier(o))
        case .staticMethod, .classMethod, .notImplemented, .ellipsis: self = .ellipsis
        }
    }

    /// Python's hash(): numbers by CPython's rule (NumericHash.swift), others by their Swift hash.
    var pythonHash: Int {
        switch self {
        case .int(let i): return Script.pythonHash(i)
        case .bigInt(let b): return b.pythonHash
        case .float(let bits) where bits != 0x7ff8_0000_0000_0000: return Script.pythonHash(Double(bitPattern: bits))
        case .none: return 0x5f5e_1000
        case .custom(let c): return c.hash
        case .tuple(let items): return Self.tupleHash(items)
        default: return hashValue == -1 ? -2 : hashValue
        }
    }
}

extension HashKey {
    /// CPython's tuple hash (xxHash's mixing over the items' hashes), so `hash((1, 2))` agrees.
    static func tupleHash(_ items: [HashKey]) -> Int {
        let prime1: UInt = 11400714785074694791, prime2: UInt = 14029467366897019727, prime5: UInt = 2870177450012600261
        var acc = prime5
        for item in items {
            acc = acc &+ UInt(bitPattern: item.pythonHash) &* prime2
            acc = (acc << 31) | (acc >> 33)
            acc = acc &* prime1
        }
        acc = acc &+ (UInt(items.count) ^ (prime5 ^ 3527539))
        return acc == UInt.max ? 1546275796 : Int(bitPattern: acc)
    }
}

/// A native payload that hashes as a Python value: NumPy scalars hash and compare as the Python
/// number they hold (`{np.int64(3): 1, 3: 2}` has one key); arrays refuse to be hashed.
public protocol HashablePayload: AnyObject {
    func hashKeyValue(of instance: PyInstance) throws(PyError) -> Value
}

/// The key of an instance whose Python class defines __hash__ (and __eq__): a namedtuple, say.
struct CustomHashKey: Hashable {
    let hash: Int
    let object: PyInstance
    unowned(unsafe) let interp: Interpreter

    init?(_ o: PyInstance) throws(PyError) {
        guard let interp = o.cls.interpreter, let (m, owner) = o.cls.lookupWithOwner("__hash__"), owner !== ObjectClass else { return nil }
        if m.isNone { throw PyError.typeError("unhashable type: '\(o.cls.messageName)'") }
        if owner.isBuiltinType && o.baseValue != nil { return nil }
        self.hash = try dunderHash(try interp.call(interp.bind(m, to: .instance(o), owner: o.cls), []))
        self.object = o
        self.interp = interp
    }

    static func == (a: CustomHashKey, b: CustomHashKey) -> Bool {
        if a.object === b.object { return true }
        return (try? a.interp.equals(.instance(a.object), .instance(b.object))) ?? false
    }

    func hash(into hasher: inout Hasher) { hasher.combine(hash) }
}

/// The contents of a PyDict, kept behind a pointer: dicts are read on every attribute access, and
/// stored class properties would pay a dynamic exclusivity check on each read.
struct DictStorage {
    var keys: [Value] = []
    var values: [Value] = []
    var index: [HashKey: Int] = [:]
}

/// An insertion-ordered Python dict.
public final class PyDict {
    private let s: UnsafeMutablePointer<DictStorage>

    public init() {
        s = .allocate(capacity: 1)
        s.initialize(to: DictStorage())
    }
    deinit {
        s.deinitialize(count: 1)
        s.deallocate()
    }

    public var keys: [Value] { s.pointee.keys }
    public var values: [Value] { s.pointee.values }
    public var count: Int { s.pointee.keys.count }

    public func get(_ key: Value) throws(PyError) -> Value? {
        if s.pointee.keys.isEmpty { _ = try HashKey(key); return nil }   // still rejects unhashable keys
        let h = try HashKey(key)
        guard let i = s.pointee.index[h] else { return nil }
        return s.pointee.values[i]
    }
    public func get(_ key: String) -> Value? {
        guard !s.pointee.keys.isEmpty, let i = s.pointee.index[.str(key)] else { return nil }
        return s.pointee.values[i]
    }
    public func set(_ key: Value, _ value: Value) throws(PyError) {
        let h = try HashKey(key)
        store(h, key, value)
    }
    public func set(_ key: String, _ value: Value) {
        store(.str(key), .str(key), value)
    }
    private func store(_ h: HashKey, _ key: Value, _ value: Value) {
        if let i = s.pointee.index[h] { s.pointee.values[i] = value; return }
        s.pointee.index[h] = s.pointee.keys.count
        s.pointee.keys.append(key)
        s.pointee.values.append(value)
    }
    /// Removes a key, returning its value (nil when absent).
    @discardableResult
    public func remove(_ key: Value) throws(PyError) -> Value? {
        let h = try HashKey(key)
        guard let i = s.pointee.index[h] else { return nil }
        let v = s.pointee.values[i]
        s.pointee.keys.remove(at: i)
        s.pointee.values.remove(at: i)
        s.pointee.index[h] = nil
        for (k, j) in s.pointee.index where j > i { s.pointee.index[k] = j - 1 }
        return v
    }
    public func removeAll() { s.pointee = DictStorage() }
    public func copy() -> PyDict {
        let d = PyDict()
        d.s.pointee = s.pointee
        return d
    }
    public var items: [(Value, Value)] { Array(zip(s.pointee.keys, s.pointee.values)) }
}

/// A Python set, kept in insertion order (small non-negative ints are shown sorted, as CPython does).
public final class PySet {
    public private(set) var items: [Value] = []
    private var index: [HashKey: Int] = [:]
    public var frozen = false

    public init() {}
    public var count: Int { items.count }

    public func contains(_ v: Value) throws(PyError) -> Bool { index[try HashKey(v)] != nil }
    public func add(_ v: Value) throws(PyError) {
        let h = try HashKey(v)
        if index[h] != nil { return }
        index[h] = items.count
        items.append(v)
    }
    @discardableResult
    public func remove(_ v: Value) throws(PyError) -> Bool {
        let h = try HashKey(v)
        guard let i = index[h] else { return false }
        items.remove(at: i)
        index[h] = nil
        for (k, j) in index where j > i { index[k] = j - 1 }
        return true
    }
    public func copy() -> PySet {
        let s = PySet()
        s.items = items; s.index = index
        return s
    }
    /// The order CPython would iterate in for sets of small non-negative ints (their hash order).
    var displayOrder: [Value] {
        var ints: [Int] = []
        for v in items {
            guard case .int(let i) = v, i >= 0, i < 1 << 16 else { return items }
            ints.append(i)
        }
        var table = 8
        while table * 3 < items.count * 5 { table *= 4 }
        return ints.sorted { ($0 % table, $0) < ($1 % table, $1) }.map { .int($0) }
    }
}

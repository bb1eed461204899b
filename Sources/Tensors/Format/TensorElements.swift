/// A tensor's elements in row-major order, with their dtype: what the printer needs to know
/// about a tensor, independent of how the engine stores it.
public enum TensorElements: Sendable {
    case float32([Float])
    case float64([Double])
    case int64([Int64])
    case int32([Int32])
    case uint8([UInt8])
    case bool([Bool])

    public var count: Int {
        switch self {
        case .float32(let v): v.count
        case .float64(let v): v.count
        case .int64(let v): v.count
        case .int32(let v): v.count
        case .uint8(let v): v.count
        case .bool(let v): v.count
        }
    }

    /// The dtype as PyTorch names it, without the `torch.` prefix.
    public var dtypeName: String {
        switch self {
        case .float32: "float32"
        case .float64: "float64"
        case .int64: "int64"
        case .int32: "int32"
        case .uint8: "uint8"
        case .bool: "bool"
        }
    }

    /// The values at `indices` (all when nil) as the formatters see them: floats widened
    /// exactly to double (as `tolist()` does), integers to Int64.
    func scalars(at indices: [Int]? = nil) -> Scalars {
        func pick<T, U>(_ v: [T], _ convert: (T) -> U) -> [U] { indices.map { $0.map { convert(v[$0]) } } ?? v.map(convert) }
        switch self {
        case .float32(let v): return .floating(pick(v) { Double($0) })
        case .float64(let v): return .floating(pick(v) { $0 })
        case .int64(let v): return .integer(pick(v) { $0 })
        case .int32(let v): return .integer(pick(v) { Int64($0) })
        case .uint8(let v): return .integer(pick(v) { Int64($0) })
        case .bool(let v): return .boolean(pick(v) { $0 })
        }
    }

    /// One element as the formatters see it.
    func value(at index: Int) -> FormatValue {
        switch self {
        case .float32(let v): .floating(Double(v[index]))
        case .float64(let v): .floating(v[index])
        case .int64(let v): .integer(v[index])
        case .int32(let v): .integer(Int64(v[index]))
        case .uint8(let v): .integer(Int64(v[index]))
        case .bool(let v): .boolean(v[index])
        }
    }
}

/// Elements of one kind as Python would see them after `tolist()`.
enum Scalars {
    case floating([Double])
    case integer([Int64])
    case boolean([Bool])
}

/// One element as Python would see it.
enum FormatValue {
    case floating(Double)
    case integer(Int64)
    case boolean(Bool)
}

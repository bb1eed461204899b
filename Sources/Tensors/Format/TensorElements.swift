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

    /// The values the formatters work on: floats widened exactly to double (as `tolist()`
    /// does), integers to Int64.
    var scalars: Scalars {
        switch self {
        case .float32(let v): .floating(v.map(Double.init))
        case .float64(let v): .floating(v)
        case .int64(let v): .integer(v)
        case .int32(let v): .integer(v.map(Int64.init))
        case .uint8(let v): .integer(v.map(Int64.init))
        case .bool(let v): .boolean(v)
        }
    }
}

/// Elements as Python would see them after `tolist()`.
enum Scalars {
    case floating([Double])
    case integer([Int64])
    case boolean([Bool])

    /// The elements at the given flat indices, same kind.
    func picking(_ indices: [Int]) -> Scalars {
        switch self {
        case .floating(let v): .floating(indices.map { v[$0] })
        case .integer(let v): .integer(indices.map { v[$0] })
        case .boolean(let v): .boolean(indices.map { v[$0] })
        }
    }
}

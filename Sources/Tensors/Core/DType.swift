/// Element types, in PyTorch's promotion order (a later case wins when two meet).
public enum DType: Int, Sendable, CaseIterable, Comparable {
    case bool, uint8, int32, int64, float32, float64

    public static func < (a: DType, b: DType) -> Bool { a.rawValue < b.rawValue }

    public var isFloatingPoint: Bool { self == .float32 || self == .float64 }
    /// Integral excluding bool, as PyTorch's `isIntegralType(t, includeBool: false)`.
    public var isIntegral: Bool { self == .uint8 || self == .int32 || self == .int64 }

    public var itemSize: Int {
        switch self {
        case .bool, .uint8: return 1
        case .int32, .float32: return 4
        case .int64, .float64: return 8
        }
    }

    /// Name after `torch.`, e.g. "float32".
    public var name: String {
        switch self {
        case .bool: return "bool"
        case .uint8: return "uint8"
        case .int32: return "int32"
        case .int64: return "int64"
        case .float32: return "float32"
        case .float64: return "float64"
        }
    }

    /// ATen's scalar type name as used in error messages ("Float", "Long", ...).
    public var scalarTypeName: String {
        switch self {
        case .bool: return "Bool"
        case .uint8: return "Byte"
        case .int32: return "Int"
        case .int64: return "Long"
        case .float32: return "Float"
        case .float64: return "Double"
        }
    }

    /// The legacy tensor type name, as `tensor.type()` returns it ("torch.FloatTensor").
    public var tensorTypeName: String { "torch.\(scalarTypeName)Tensor" }

    /// The C++ type name some ATen messages use ("float", "long int", ...).
    public var cTypeName: String {
        switch self {
        case .bool: return "bool"
        case .uint8: return "unsigned char"
        case .int32: return "int"
        case .int64: return "long int"
        case .float32: return "float"
        case .float64: return "double"
        }
    }

    /// PyTorch's `promote_types` restricted to these six types is the maximum in case order.
    public static func promote(_ a: DType, _ b: DType) -> DType { Swift.max(a, b) }

    /// The floating type an integral or bool input is computed in (PyTorch's default dtype).
    var floatingOrDefault: DType { isFloatingPoint ? self : .float32 }
}

/// A Python number on one side of an operation.
public enum Scalar: Sendable, Equatable {
    case bool(Bool)
    case int(Int64)
    case double(Double)

    public var doubleValue: Double {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return Double(i)
        case .double(let d): return d
        }
    }

    public var int64Value: Int64 {
        switch self {
        case .bool(let b): return b ? 1 : 0
        case .int(let i): return i
        case .double(let d): return Int64(clamping: d)
        }
    }

    public var boolValue: Bool {
        switch self {
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        }
    }

    /// The dtype a wrapped Python number takes part in promotion with.
    public var dtype: DType {
        switch self {
        case .bool: return .bool
        case .int: return .int64
        case .double: return .float32
        }
    }

    public var isFloatingPoint: Bool { if case .double = self { return true } else { return false } }
}

extension Int64 {
    /// Float-to-integer conversion that never traps: NaN and out-of-range values give
    /// Int64.min, as x86's cvttsd2si does in PyTorch.
    init(clamping d: Double) {
        if d.isNaN || d >= 9.223372036854775807e18 || d < -9.223372036854775808e18 {
            self = .min
        } else {
            self = Int64(d)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A Swift type that stores one dtype's elements. Arithmetic on integers wraps, as in C++.
public protocol TensorElement: Comparable, Sendable {
    static var zero: Self { get }
    static var one: Self { get }
    init(fromDouble d: Double)
    init(fromInt64 i: Int64)
    var asDouble: Double { get }
    var asInt64: Int64 { get }
    static func add(_ a: Self, _ b: Self) -> Self
    static func sub(_ a: Self, _ b: Self) -> Self
    static func mul(_ a: Self, _ b: Self) -> Self
    /// Python's floor division and modulo (sign of the divisor); callers reject integer
    /// division by zero first.
    static func floorDivide(_ a: Self, _ b: Self) -> Self
    static func remainder(_ a: Self, _ b: Self) -> Self
    /// C's fmod / %: the result takes the dividend's sign.
    static func truncatedRemainder(_ a: Self, _ b: Self) -> Self
    static func power(_ a: Self, _ b: Self) -> Self
    /// NaN-propagating maximum and minimum.
    static func maximum(_ a: Self, _ b: Self) -> Self
    static func minimum(_ a: Self, _ b: Self) -> Self
    static func bitAnd(_ a: Self, _ b: Self) -> Self
    static func bitOr(_ a: Self, _ b: Self) -> Self
    static func bitXor(_ a: Self, _ b: Self) -> Self
    var isNaNValue: Bool { get }
}

/// Element types with floating-point math; the libm functions per precision.
public protocol FloatElement: TensorElement, BinaryFloatingPoint {
    init(_ d: Double)
    static func exp(_ x: Self) -> Self
    static func log(_ x: Self) -> Self
    static func log1p(_ x: Self) -> Self
    static func sin(_ x: Self) -> Self
    static func cos(_ x: Self) -> Self
    static func tanh(_ x: Self) -> Self
    static func pow(_ x: Self, _ y: Self) -> Self
    static func fmod(_ x: Self, _ y: Self) -> Self
    static func erf(_ x: Self) -> Self
    static func tan(_ x: Self) -> Self
    static func asin(_ x: Self) -> Self
    static func acos(_ x: Self) -> Self
    static func atan(_ x: Self) -> Self
    static func sinh(_ x: Self) -> Self
    static func cosh(_ x: Self) -> Self
    static func expm1(_ x: Self) -> Self
    static func log2(_ x: Self) -> Self
    static func log10(_ x: Self) -> Self
    static func exp2(_ x: Self) -> Self
    static func atan2(_ y: Self, _ x: Self) -> Self
}

/// torch's float32 tanh, log1p, erf, expm1, log2 and log10 run MKL's VML in high-accuracy
/// mode, which almost always gives the correctly rounded result; evaluating in double and
/// rounding once agrees with it far more often than glibc's float versions (e.g. tanh: 1 in
/// 4000 elements differs, against 800).
extension Float: FloatElement {
    public static var zero: Float { 0 }
    public static var one: Float { 1 }
    public init(fromDouble d: Double) { self = Float(d) }
    public init(fromInt64 i: Int64) { self = Float(i) }
    public var asDouble: Double { Double(self) }
    public var asInt64: Int64 { Int64(clamping: Double(self)) }
    @inline(__always) public static func add(_ a: Float, _ b: Float) -> Float { a + b }
    @inline(__always) public static func sub(_ a: Float, _ b: Float) -> Float { a - b }
    @inline(__always) public static func mul(_ a: Float, _ b: Float) -> Float { a * b }
    @inline(__always) public static func exp(_ x: Float) -> Float { expf(x) }
    @inline(__always) public static func log(_ x: Float) -> Float { logf(x) }
    @inline(__always) public static func log1p(_ x: Float) -> Float { Float(Double.log1p(Double(x))) }
    @inline(__always) public static func sin(_ x: Float) -> Float { sinf(x) }
    @inline(__always) public static func cos(_ x: Float) -> Float { cosf(x) }
    @inline(__always) public static func tanh(_ x: Float) -> Float { Float(Double.tanh(Double(x))) }
    @inline(__always) public static func pow(_ x: Float, _ y: Float) -> Float { powf(x, y) }
    @inline(__always) public static func fmod(_ x: Float, _ y: Float) -> Float { fmodf(x, y) }
    @inline(__always) public static func erf(_ x: Float) -> Float { Float(Double.erf(Double(x))) }
    @inline(__always) public static func tan(_ x: Float) -> Float { tanf(x) }
    @inline(__always) public static func asin(_ x: Float) -> Float { asinf(x) }
    @inline(__always) public static func acos(_ x: Float) -> Float { acosf(x) }
    @inline(__always) public static func atan(_ x: Float) -> Float { atanf(x) }
    @inline(__always) public static func sinh(_ x: Float) -> Float { sinhf(x) }
    @inline(__always) public static func cosh(_ x: Float) -> Float { coshf(x) }
    @inline(__always) public static func expm1(_ x: Float) -> Float { Float(Double.expm1(Double(x))) }
    @inline(__always) public static func log2(_ x: Float) -> Float { Float(Double.log2(Double(x))) }
    @inline(__always) public static func log10(_ x: Float) -> Float { Float(Double.log10(Double(x))) }
    @inline(__always) public static func exp2(_ x: Float) -> Float { exp2f(x) }
    @inline(__always) public static func atan2(_ y: Float, _ x: Float) -> Float { atan2f(y, x) }
}

extension Double: FloatElement {
    public static var zero: Double { 0 }
    public static var one: Double { 1 }
    public init(fromDouble d: Double) { self = d }
    public init(fromInt64 i: Int64) { self = Double(i) }
    public var asDouble: Double { self }
    public var asInt64: Int64 { Int64(clamping: self) }
    @inline(__always) public static func add(_ a: Double, _ b: Double) -> Double { a + b }
    @inline(__always) public static func sub(_ a: Double, _ b: Double) -> Double { a - b }
    @inline(__always) public static func mul(_ a: Double, _ b: Double) -> Double { a * b }
    @inline(__always) public static func exp(_ x: Double) -> Double { Glibc.exp(x) }
    @inline(__always) public static func log(_ x: Double) -> Double { Glibc.log(x) }
    @inline(__always) public static func log1p(_ x: Double) -> Double { Glibc.log1p(x) }
    @inline(__always) public static func sin(_ x: Double) -> Double { Glibc.sin(x) }
    @inline(__always) public static func cos(_ x: Double) -> Double { Glibc.cos(x) }
    @inline(__always) public static func tanh(_ x: Double) -> Double { Glibc.tanh(x) }
    @inline(__always) public static func pow(_ x: Double, _ y: Double) -> Double { Glibc.pow(x, y) }
    @inline(__always) public static func fmod(_ x: Double, _ y: Double) -> Double { Glibc.fmod(x, y) }
    @inline(__always) public static func erf(_ x: Double) -> Double { Glibc.erf(x) }
    @inline(__always) public static func tan(_ x: Double) -> Double { Glibc.tan(x) }
    @inline(__always) public static func asin(_ x: Double) -> Double { Glibc.asin(x) }
    @inline(__always) public static func acos(_ x: Double) -> Double { Glibc.acos(x) }
    @inline(__always) public static func atan(_ x: Double) -> Double { Glibc.atan(x) }
    @inline(__always) public static func sinh(_ x: Double) -> Double { Glibc.sinh(x) }
    @inline(__always) public static func cosh(_ x: Double) -> Double { Glibc.cosh(x) }
    @inline(__always) public static func expm1(_ x: Double) -> Double { Glibc.expm1(x) }
    @inline(__always) public static func log2(_ x: Double) -> Double { Glibc.log2(x) }
    @inline(__always) public static func log10(_ x: Double) -> Double { Glibc.log10(x) }
    @inline(__always) public static func exp2(_ x: Double) -> Double { Glibc.exp2(x) }
    @inline(__always) public static func atan2(_ y: Double, _ x: Double) -> Double { Glibc.atan2(y, x) }
}

extension FloatElement {
    // PyTorch's div_floor_floating: floor of the true quotient, corrected for fmod rounding.
    @inline(__always) public static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return a / b }
        let mod = fmod(a, b)
        var div = (a - mod) / b
        if mod != 0 && (b < 0) != (mod < 0) { div -= 1 }
        if div == 0 { return (a / b).sign == .minus ? -0.0 : 0 }
        var f = div.rounded(.down)
        if div - f > 0.5 { f += 1 }
        return f
    }
    @inline(__always) public static func remainder(_ a: Self, _ b: Self) -> Self {
        var mod = fmod(a, b)
        if mod != 0 && (b < 0) != (mod < 0) { mod += b }
        return mod
    }
    @inline(__always) public static func truncatedRemainder(_ a: Self, _ b: Self) -> Self { fmod(a, b) }
    @inline(__always) public static func power(_ a: Self, _ b: Self) -> Self { pow(a, b) }
    @inline(__always) public static func maximum(_ a: Self, _ b: Self) -> Self { a.isNaN || a > b ? a : b }
    @inline(__always) public static func minimum(_ a: Self, _ b: Self) -> Self { a.isNaN || a < b ? a : b }
    public static func bitAnd(_ a: Self, _ b: Self) -> Self { 0 }
    public static func bitOr(_ a: Self, _ b: Self) -> Self { 0 }
    public static func bitXor(_ a: Self, _ b: Self) -> Self { 0 }
    public var isNaNValue: Bool { isNaN }
}

/// Integer element types (bool is stored as UInt8 holding 0 or 1).
public protocol IntElement: TensorElement, FixedWidthInteger {}

extension IntElement {
    public static var zero: Self { 0 }
    public static var one: Self { 1 }
    public init(fromDouble d: Double) { self.init(truncatingIfNeeded: Int64(clamping: d)) }
    public init(fromInt64 i: Int64) { self.init(truncatingIfNeeded: i) }
    public var asDouble: Double { Double(self) }
    public var asInt64: Int64 { Int64(truncatingIfNeeded: self) }
    @inline(__always) public static func add(_ a: Self, _ b: Self) -> Self { a &+ b }
    @inline(__always) public static func sub(_ a: Self, _ b: Self) -> Self { a &- b }
    @inline(__always) public static func mul(_ a: Self, _ b: Self) -> Self { a &* b }
    @inline(__always) public static func floorDivide(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        let (q, overflow) = a.dividedReportingOverflow(by: b)
        if overflow { return q }
        return (a % b != 0 && (a < 0) != (b < 0)) ? q &- 1 : q
    }
    @inline(__always) public static func remainder(_ a: Self, _ b: Self) -> Self {
        if b == 0 { return 0 }
        let r = a.remainderReportingOverflow(dividingBy: b).partialValue
        return r != 0 && (r < 0) != (b < 0) ? r &+ b : r
    }
    @inline(__always) public static func truncatedRemainder(_ a: Self, _ b: Self) -> Self {
        b == 0 ? 0 : a.remainderReportingOverflow(dividingBy: b).partialValue
    }
    /// Square-and-multiply with wrapping; callers reject negative exponents.
    @inline(__always) public static func power(_ a: Self, _ b: Self) -> Self {
        var result: Self = 1, base = a, e = b
        while e > 0 {
            if e & 1 == 1 { result = result &* base }
            base = base &* base
            e >>= 1
        }
        return result
    }
    @inline(__always) public static func maximum(_ a: Self, _ b: Self) -> Self { Swift.max(a, b) }
    @inline(__always) public static func minimum(_ a: Self, _ b: Self) -> Self { Swift.min(a, b) }
    @inline(__always) public static func bitAnd(_ a: Self, _ b: Self) -> Self { a & b }
    @inline(__always) public static func bitOr(_ a: Self, _ b: Self) -> Self { a | b }
    @inline(__always) public static func bitXor(_ a: Self, _ b: Self) -> Self { a ^ b }
    public var isNaNValue: Bool { false }
}

extension Int64: IntElement {}
extension Int32: IntElement {}
extension UInt8: IntElement {}

extension TensorElement {
    /// Converts between element types as C++ static_cast does (floats truncate toward zero).
    @inline(__always)
    static func converting<S: TensorElement>(_ s: S) -> Self {
        S.self == Float.self || S.self == Double.self ? Self(fromDouble: s.asDouble) : Self(fromInt64: s.asInt64)
    }
}

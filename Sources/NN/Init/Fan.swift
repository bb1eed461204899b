import Tensors

/// The scalar side of `torch.nn.init`: fans, gains and the bounds/standard deviations the
/// initialisers derive from them (all in double, as Python computes them). Errors are
/// ValueErrors with PyTorch's text.

/// `calculate_gain` returns the int `1` for linear layers and sigmoid, floats otherwise.
public enum Gain: Equatable, Sendable {
    case int(Int)
    case float(Double)

    public var value: Double {
        switch self {
        case .int(let v): Double(v)
        case .float(let v): v
        }
    }
}

public enum FanMode: String, Sendable {
    case fanIn = "fan_in"
    case fanOut = "fan_out"

    /// `mode.lower()` then validation, as `_calculate_correct_fan` does.
    public init(parsing text: String) throws(TensorError) {
        guard let mode = FanMode(rawValue: text.lowercased()) else {
            throw TensorError(.value, "Mode \(text.lowercased()) not supported, please use one of ['fan_in', 'fan_out']")
        }
        self = mode
    }
}

/// `_calculate_fan_in_and_fan_out`: size(1) and size(0) times the receptive field.
public func calculateFanInAndFanOut(shape: [Int]) throws(TensorError) -> (fanIn: Int, fanOut: Int) {
    guard shape.count >= 2 else {
        throw TensorError(.value, "Fan in and fan out can not be computed for tensor with fewer than 2 dimensions")
    }
    let receptive = shape.dropFirst(2).reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue }
    return (shape[1] &* receptive, shape[0] &* receptive)
}

/// `calculate_gain(nonlinearity, param)`; `param` is leaky_relu's negative slope (default 0.01).
public func calculateGain(_ nonlinearity: String, param: Double? = nil) throws(TensorError) -> Gain {
    switch nonlinearity {
    case "linear", "conv1d", "conv2d", "conv3d", "conv_transpose1d", "conv_transpose2d", "conv_transpose3d",
         "sigmoid":
        return .int(1)
    case "tanh": return .float(5.0 / 3)
    case "relu": return .float(2.0.squareRoot())
    case "leaky_relu":
        let slope = param ?? 0.01
        return .float((2.0 / (1 + slope * slope)).squareRoot())
    case "selu": return .float(3.0 / 4)
    default: throw TensorError(.value, "Unsupported nonlinearity \(nonlinearity)")
    }
}

/// `xavier_uniform_`'s bound a, drawing from U(-a, a).
public func xavierUniformBound(shape: [Int], gain: Double = 1) throws(TensorError) -> Double {
    3.0.squareRoot() * (try xavierNormalStd(shape: shape, gain: gain))
}

/// `xavier_normal_`'s standard deviation.
public func xavierNormalStd(shape: [Int], gain: Double = 1) throws(TensorError) -> Double {
    let (fanIn, fanOut) = try calculateFanInAndFanOut(shape: shape)
    return gain * (2.0 / (Double(fanIn) + Double(fanOut))).squareRoot()
}

/// `kaiming_normal_`'s standard deviation `gain / sqrt(fan)`; `a` is leaky_relu's slope.
/// Zero-element tensors are a no-op in PyTorch; callers check that first.
public func kaimingNormalStd(shape: [Int], a: Double = 0, mode: FanMode = .fanIn,
                             nonlinearity: String = "leaky_relu") throws(TensorError) -> Double {
    let (fanIn, fanOut) = try calculateFanInAndFanOut(shape: shape)
    let gain = try calculateGain(nonlinearity, param: a)
    return gain.value / Double(mode == .fanIn ? fanIn : fanOut).squareRoot()
}

/// `kaiming_uniform_`'s bound `sqrt(3) * std`.
public func kaimingUniformBound(shape: [Int], a: Double = 0, mode: FanMode = .fanIn,
                                nonlinearity: String = "leaky_relu") throws(TensorError) -> Double {
    3.0.squareRoot() * (try kaimingNormalStd(shape: shape, a: a, mode: mode, nonlinearity: nonlinearity))
}

/// `nn.Linear.reset_parameters`: weight bound from kaiming_uniform_(a=sqrt(5)), bias bound
/// `1/sqrt(fan_in)` (0 when fan_in is 0).
public func linearInitBounds(inFeatures: Int, outFeatures: Int) -> (weight: Double, bias: Double) {
    let weight = (try? kaimingUniformBound(shape: [outFeatures, inFeatures], a: 5.0.squareRoot())) ?? 0
    return (weight, inFeatures > 0 ? 1 / Double(inFeatures).squareRoot() : 0)
}

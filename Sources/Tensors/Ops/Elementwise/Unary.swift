import CVectorMath
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Elementwise functions of one tensor: forward kernels, backward formulas, grad_fn names.

/// Functions computed in floating point (integer inputs give float32).
enum FloatUnaryOp { case exp, log, log1p, sqrt, rsqrt, sin, cos, tanh, sigmoid, reciprocal, erf, tan, asin, acos, atan, sinh, cosh, expm1, log2, log10, exp2 }

/// Functions that keep the input's dtype.
enum ValueUnaryOp { case neg, abs, sign, floor, ceil, round, trunc, relu, square }

func floatUnary(_ op: FloatUnaryOp, _ x: Tensor) throws(TensorError) -> Tensor {
    let dt = x.dtype.floatingOrDefault
    let src = x.dtype == dt ? x : try x.cloneData(dtype: dt)
    let out = try Tensor(uninitializedOf: x.shape, dtype: dt)
    splitElementwise([src], into: out) { inputs, out in floatUnaryKernel(op, inputs[0], into: out) }
    return out
}

private func floatUnaryKernel(_ op: FloatUnaryOp, _ src: Tensor, into out: Tensor) {
    let dt = out.dtype
    func k<T: FloatElement>(_: T.Type) {
        switch op {
        case .exp: unaryKernel(src, into: out) { (v: T) in T.exp(v) }
        case .log: unaryKernel(src, into: out) { (v: T) in T.log(v) }
        case .log1p: unaryKernel(src, into: out) { (v: T) in T.log1p(v) }
        case .sqrt: unaryKernel(src, into: out) { (v: T) in v.squareRoot() }
        case .rsqrt: unaryKernel(src, into: out) { (v: T) in 1 / v.squareRoot() }
        case .sin: unaryKernel(src, into: out) { (v: T) in T.sin(v) }
        case .cos: unaryKernel(src, into: out) { (v: T) in T.cos(v) }
        case .tanh: unaryKernel(src, into: out) { (v: T) in T.tanh(v) }
        case .sigmoid: unaryKernel(src, into: out) { (v: T) in 1 / (1 + T.exp(-v)) }
        case .reciprocal: unaryKernel(src, into: out) { (v: T) in 1 / v }
        case .erf: unaryKernel(src, into: out) { (v: T) in T.erf(v) }
        case .tan: unaryKernel(src, into: out) { (v: T) in T.tan(v) }
        case .asin: unaryKernel(src, into: out) { (v: T) in T.asin(v) }
        case .acos: unaryKernel(src, into: out) { (v: T) in T.acos(v) }
        case .atan: unaryKernel(src, into: out) { (v: T) in T.atan(v) }
        case .sinh: unaryKernel(src, into: out) { (v: T) in T.sinh(v) }
        case .cosh: unaryKernel(src, into: out) { (v: T) in T.cosh(v) }
        case .expm1: unaryKernel(src, into: out) { (v: T) in T.expm1(v) }
        case .log2: unaryKernel(src, into: out) { (v: T) in T.log2(v) }
        case .log10: unaryKernel(src, into: out) { (v: T) in T.log10(v) }
        case .exp2: unaryKernel(src, into: out) { (v: T) in T.exp2(v) }
        }
    }
    if dt == .float32 && src.isContiguous && out.isContiguous, let vector = floatVectorLoop(op) {
        vector(src.pointer(Float.self), out.pointer(Float.self), out.numel)
    } else if dt == .float64 {
        k(Double.self)
    } else if op == .sigmoid && src.isContiguous {
        sigmoidLikeTorch(src.pointer(Float.self), out.pointer(Float.self), count: out.numel)
    } else {
        k(Float.self)
    }
}

/// Float32 functions with a vectorised C loop that rounds as the scalar form does.
private func floatVectorLoop(_ op: FloatUnaryOp) -> ((UnsafePointer<Float>, UnsafeMutablePointer<Float>, Int) -> Void)? {
    switch op {
    case .sqrt: flint_sqrt
    case .rsqrt: flint_rsqrt
    case .reciprocal: flint_reciprocal
    default: nil
    }
}

/// torch's float32 sigmoid: its vectorised loop (two AVX-512 vectors, 32 floats, per pass)
/// uses SLEEF's expf, the remaining tail the C library's.
private func sigmoidLikeTorch(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, count n: Int) {
    let vectorised = n - n % 32
    flint_sleef_sigmoid(x, y, vectorised)
    for i in vectorised..<n { y[i] = 1 / (1 + Float.exp(-x[i])) }
}

/// The first derivative of tanh or sigmoid from the output, as ATen's kernels round it: GCC
/// contracts tanh's `1 - y * y` into a fused multiply-add; sigmoid's has nothing to fuse.
private func outputDerivative(_ op: FloatUnaryOp, grad g: Tensor, output y: Tensor) throws(TensorError) -> Tensor {
    let dt = resultType(g, y)
    let (a, b, shape) = try broadcastOperands(g, y, as: dt)
    let out = try Tensor(zerosOf: shape, dtype: dt)
    func k<T: FloatElement>(_: T.Type) {
        if op == .tanh {
            binaryKernel(a, b, into: out) { (g: T, y: T) in g * T(1).addingProduct(-y, y) }
        } else {
            binaryKernel(a, b, into: out) { (g: T, y: T) in g * (1 - y) * y }
        }
    }
    if dt == .float64 { k(Double.self) } else { k(Float.self) }
    return out
}

func valueUnary(_ op: ValueUnaryOp, _ x: Tensor) throws(TensorError) -> Tensor {
    let out = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
    splitElementwise([x], into: out) { inputs, out in valueUnaryKernel(op, inputs[0], into: out) }
    return out
}

private func valueUnaryKernel(_ op: ValueUnaryOp, _ x: Tensor, into out: Tensor) {
    func kf<T: FloatElement>(_: T.Type) {
        switch op {
        case .neg: unaryKernel(x, into: out) { (v: T) in -v }
        case .abs: unaryKernel(x, into: out) { (v: T) in Swift.abs(v) }
        case .sign: unaryKernel(x, into: out) { (v: T) -> T in v > 0 ? 1 : (v < 0 ? -1 : 0) }
        case .floor: unaryKernel(x, into: out) { (v: T) in v.rounded(.down) }
        case .ceil: unaryKernel(x, into: out) { (v: T) in v.rounded(.up) }
        case .round: unaryKernel(x, into: out) { (v: T) in v.rounded(.toNearestOrEven) }
        case .trunc: unaryKernel(x, into: out) { (v: T) in v.rounded(.towardZero) }
        case .relu: unaryKernel(x, into: out) { (v: T) in v.isNaN || v > 0 ? v : 0 }
        case .square: unaryKernel(x, into: out) { (v: T) in v * v }
        }
    }
    func ki<T: IntElement>(_: T.Type) {
        switch op {
        case .neg: unaryKernel(x, into: out) { (v: T) in 0 &- v }
        case .abs: unaryKernel(x, into: out) { (v: T) in v < 0 ? 0 &- v : v }
        case .sign: unaryKernel(x, into: out) { (v: T) -> T in v > 0 ? 1 : (v < 0 ? 0 &- 1 : 0) }
        case .floor, .ceil, .round, .trunc: unaryKernel(x, into: out) { (v: T) in v }
        case .relu: unaryKernel(x, into: out) { (v: T) in v > 0 ? v : 0 }
        case .square: unaryKernel(x, into: out) { (v: T) in v &* v }
        }
    }
    switch x.dtype {
    case .float32: kf(Float.self)
    case .float64: kf(Double.self)
    case .int64: ki(Int64.self)
    case .int32: ki(Int32.self)
    case .uint8, .bool: ki(UInt8.self)
    }
}

extension Tensor {
    /// Applies a floating-point function and records `name` with `derivative(grad, x, y)`.
    private func floatFunction(_ op: FloatUnaryOp, _ name: String,
                               _ derivative: @escaping (Tensor, Tensor, Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        let y = try floatUnary(op, self)
        if needsGrad(self) {
            // PyTorch saves the result for these, the input for the others.
            let usesResult = [.exp, .sqrt, .rsqrt, .tanh, .sigmoid, .reciprocal, .exp2, .expm1].contains(op)
            y.setHistory(name, [self], saves: true, saved: usesResult ? [] : [self], savesOutput: usesResult) { [self, y = y.detach()] g, _ throws(TensorError) in [try derivative(g, self, y.reattached())] }
        }
        return y
    }

    public func exp() throws(TensorError) -> Tensor {
        try floatFunction(.exp, "ExpBackward0") { g, _, y throws(TensorError) in try g.mul(y) }
    }
    public func log() throws(TensorError) -> Tensor {
        try floatFunction(.log, "LogBackward0") { g, x, _ throws(TensorError) in try g.div(x) }
    }
    public func log1p() throws(TensorError) -> Tensor {
        try floatFunction(.log1p, "Log1PBackward0") { g, x, _ throws(TensorError) in try g.div(x.add(.int(1))) }
    }
    public func sqrt() throws(TensorError) -> Tensor {
        try floatFunction(.sqrt, "SqrtBackward0") { g, _, y throws(TensorError) in try g.div(y.mul(.int(2))) }
    }
    public func rsqrt() throws(TensorError) -> Tensor {
        try floatFunction(.rsqrt, "RsqrtBackward0") { g, _, y throws(TensorError) in
            try g.mul(y.mul(y).mul(y)).mul(.double(-0.5))
        }
    }
    public func sin() throws(TensorError) -> Tensor {
        try floatFunction(.sin, "SinBackward0") { g, x, _ throws(TensorError) in try g.mul(x.cos()) }
    }
    public func cos() throws(TensorError) -> Tensor {
        try floatFunction(.cos, "CosBackward0") { g, x, _ throws(TensorError) in try g.mul(x.sin()).neg() }
    }
    public func tanh() throws(TensorError) -> Tensor {
        try floatFunction(.tanh, "TanhBackward0") { g, _, y throws(TensorError) in try Tensor.tanhBackward(g, y) }
    }
    public func sigmoid() throws(TensorError) -> Tensor {
        try floatFunction(.sigmoid, "SigmoidBackward0") { g, _, y throws(TensorError) in try Tensor.sigmoidBackward(g, y) }
    }

    /// `tanh_backward(grad, output)`, ATen's `g * (1 - y * y)`. A differentiable op of its own
    /// (TanhBackwardBackward0), so second derivatives take PyTorch's formulas and rounding.
    static func tanhBackward(_ g: Tensor, _ y: Tensor) throws(TensorError) -> Tensor {
        let out = try outputDerivative(.tanh, grad: g, output: y)
        if needsGrad(g, y) {
            out.setHistory("TanhBackwardBackward0", [g, y], saves: true, saved: [g, y]) { gg, need throws(TensorError) in
                [need[0] ? try tanhBackward(gg, y) : nil,
                 need[1] ? try gg.mul(y.mul(.int(-2)).mul(g)) : nil]
            }
        }
        return out
    }

    /// `sigmoid_backward(grad, output)`, ATen's `g * (1 - y) * y` (SigmoidBackwardBackward0).
    static func sigmoidBackward(_ g: Tensor, _ y: Tensor) throws(TensorError) -> Tensor {
        let out = try outputDerivative(.sigmoid, grad: g, output: y)
        if needsGrad(g, y) {
            out.setHistory("SigmoidBackwardBackward0", [g, y], saves: true, saved: [g, y]) { gg, need throws(TensorError) in
                [need[0] ? try sigmoidBackward(gg, y) : nil,
                 need[1] ? try gg.mul(g).mul(y.mul(.int(-2)).add(.int(1))) : nil]
            }
        }
        return out
    }
    public func reciprocal() throws(TensorError) -> Tensor {
        try floatFunction(.reciprocal, "ReciprocalBackward0") { g, _, y throws(TensorError) in try g.mul(y.mul(y)).neg() }
    }

    public func erf() throws(TensorError) -> Tensor {
        try floatFunction(.erf, "ErfBackward0") { g, x, _ throws(TensorError) in
            try g.mul(x.square().neg().exp().mul(.double(2 / Double.pi.squareRoot())))
        }
    }

    public func neg() throws(TensorError) -> Tensor {
        if dtype == .bool {
            throw .notImplemented("Negation, the `-` operator, on a bool tensor is not supported. If you are trying to invert a mask, use the `~` or `logical_not()` operator instead.")
        }
        let y = try valueUnary(.neg, self)
        if needsGrad(self) { y.setHistory("NegBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.neg()] } }
        return y
    }

    public func abs() throws(TensorError) -> Tensor {
        let y = try valueUnary(.abs, self)
        if needsGrad(self) {
            y.setHistory("AbsBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in [try g.mul(self.sign())] }
        }
        return y
    }

    public func relu() throws(TensorError) -> Tensor {
        if dtype == .bool { throw .notImplemented("Boolean inputs not supported for relu") }
        let y = try valueUnary(.relu, self)
        if needsGrad(self) {
            y.setHistory("ReluBackward0", [self], saves: true, savesOutput: true) { [saved = y.detach()] g, _ throws(TensorError) in
                let y = saved.reattached()
                return [try g.mul(y.gt(.int(0)))]
            }
        }
        return y
    }

    /// `x * x`, recorded as PyTorch records `square` (PowBackward0).
    public func square() throws(TensorError) -> Tensor {
        if dtype == .bool { return try to(.int64).square() }
        let y = try valueUnary(.square, self)
        if needsGrad(self) {
            y.setHistory("PowBackward0", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in [try g.mul(self.mul(.int(2)))] }
        }
        return y
    }

    public func sign() throws(TensorError) -> Tensor { try stepFunction(.sign, "SignBackward0") }
    public func floor() throws(TensorError) -> Tensor { try stepFunction(.floor, "FloorBackward0") }
    public func ceil() throws(TensorError) -> Tensor { try stepFunction(.ceil, "CeilBackward0") }
    public func round() throws(TensorError) -> Tensor { try stepFunction(.round, "RoundBackward0") }
    public func trunc() throws(TensorError) -> Tensor { try stepFunction(.trunc, "TruncBackward0") }

    /// Piecewise-constant functions: zero gradient everywhere.
    private func stepFunction(_ op: ValueUnaryOp, _ name: String) throws(TensorError) -> Tensor {
        let y = try valueUnary(op, self)
        if needsGrad(self) {
            y.setHistory(name, [self], saves: false) { g, _ throws(TensorError) in [try Tensor.zerosLike(g)] }
        }
        return y
    }

    /// PyTorch's `clamp(min, max)` / `clip` (ClampBackward1); the bounds take part in promotion.
    public func clamp(min lo: Scalar? = nil, max hi: Scalar? = nil) throws(TensorError) -> Tensor {
        guard lo != nil || hi != nil else {
            throw .runtime("torch.clamp: At least one of 'min' or 'max' must not be None")
        }
        let dt = resultType([PromotionOperand(self)] + [lo, hi].compactMap { $0 }.map { PromotionOperand($0) })
        var y = try contiguousData(dtype: dt)
        if dt.isFloatingPoint {
            func bound(_ b: Scalar?) throws(TensorError) -> Tensor? { if let b { try Tensor.wrapped(b).to(dt) } else { nil } }
            y = try clampedFloats(y, bound(lo), bound(hi))
        } else {
            if let lo { y = try elementwise(.maximum, y, .wrapped(lo), dtype: dt) }
            if let hi { y = try elementwise(.minimum, y, .wrapped(hi), dtype: dt) }
        }
        if y === self { y = try cloneData() }
        if needsGrad(self) {
            y.setHistory("ClampBackward1", [self], saves: true, saved: [self]) { [self] g, _ throws(TensorError) in
                var mask = try Tensor.onesLike(self, dtype: .bool)
                // Strictly inside, as PyTorch 2.15's clamp_backward: zero at the bounds.
                if let lo { mask = try mask.logicalAnd(self.gt(lo)) }
                if let hi { mask = try mask.logicalAnd(self.lt(hi)) }
                return [try g.mul(mask)]
            }
        }
        return y
    }

    /// PyTorch's float clamp, in one pass: a NaN element or bound gives NaN; otherwise a bound
    /// replaces an element only when strictly beyond it, so an element equal to a bound keeps
    /// its own sign of zero.
    private func clampedFloats(_ x: Tensor, _ lo: Tensor?, _ hi: Tensor?) throws(TensorError) -> Tensor {
        let out = try Tensor(uninitializedOf: x.shape, dtype: x.dtype)
        func k<T: FloatElement>(_: T.Type) {
            let l = lo?.pointer(T.self).pointee, h = hi?.pointer(T.self).pointee
            if l?.isNaN == true || h?.isNaN == true {
                splitElementwise([x], into: out) { inputs, out in unaryKernel(inputs[0], into: out) { (_: T) in T.nan } }
                return
            }
            let (low, high) = (l ?? -T.infinity, h ?? T.infinity)
            splitElementwise([x], into: out) { inputs, out in
                unaryKernel(inputs[0], into: out) { (v: T) in
                    let r = low > v ? low : v
                    return high < r ? high : r
                }
            }
        }
        if x.dtype == .float64 { k(Double.self) } else { k(Float.self) }
        return out
    }

    public func isnan() throws(TensorError) -> Tensor { try ne(self) }

    /// Infinite elements (false for integer dtypes).
    public func isinf() throws(TensorError) -> Tensor {
        dtype.isFloatingPoint ? try abs().eq(.double(.infinity)) : try Tensor.zeros(shape, dtype: .bool)
    }

    /// Elements that are neither infinite nor NaN.
    public func isfinite() throws(TensorError) -> Tensor {
        dtype.isFloatingPoint ? try isnan().logicalOr(isinf()).logicalNot() : try Tensor.ones(shape, dtype: .bool)
    }
}


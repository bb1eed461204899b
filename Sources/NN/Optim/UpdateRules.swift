#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// The per-parameter update rules of torch.optim's single-tensor implementations (what CPU
// tensors use), written on raw buffers so they run without temporaries. Each line mirrors one
// tensor op of PyTorch: Python-float hyperparameters are cast to the element type first, and
// `a + alpha * b` style ops use one fused multiply-add as PyTorch's AVX2 kernels do
// (`add_`/`lerp_` call fmadd explicitly; GCC contracts `addcmul_`).

/// Hyperparameters of `torch.optim.SGD`.
public struct SGDOptions: Sendable, Equatable {
    public var lr: Double
    public var momentum: Double
    public var dampening: Double
    public var weightDecay: Double
    public var nesterov: Bool
    public var maximize: Bool

    public init(lr: Double = 0.001, momentum: Double = 0, dampening: Double = 0, weightDecay: Double = 0,
                nesterov: Bool = false, maximize: Bool = false) {
        self.lr = lr
        self.momentum = momentum
        self.dampening = dampening
        self.weightDecay = weightDecay
        self.nesterov = nesterov
        self.maximize = maximize
    }
}

/// Hyperparameters of `torch.optim.Adam` and `AdamW` (`decoupledWeightDecay`).
public struct AdamOptions: Sendable, Equatable {
    public var lr: Double
    public var beta1: Double
    public var beta2: Double
    public var eps: Double
    public var weightDecay: Double
    public var amsgrad: Bool
    public var maximize: Bool
    public var decoupledWeightDecay: Bool

    public init(lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
                weightDecay: Double = 0, amsgrad: Bool = false, maximize: Bool = false,
                decoupledWeightDecay: Bool = false) {
        self.lr = lr
        self.beta1 = beta1
        self.beta2 = beta2
        self.eps = eps
        self.weightDecay = weightDecay
        self.amsgrad = amsgrad
        self.maximize = maximize
        self.decoupledWeightDecay = decoupledWeightDecay
    }

    /// `torch.optim.AdamW` defaults: weight decay 0.01, decoupled.
    public static func adamW(lr: Double = 0.001, beta1: Double = 0.9, beta2: Double = 0.999, eps: Double = 1e-8,
                             weightDecay: Double = 0.01, amsgrad: Bool = false, maximize: Bool = false) -> AdamOptions {
        AdamOptions(lr: lr, beta1: beta1, beta2: beta2, eps: eps, weightDecay: weightDecay, amsgrad: amsgrad,
                    maximize: maximize, decoupledWeightDecay: true)
    }
}

/// Hyperparameters of `torch.optim.RMSprop`.
public struct RMSpropOptions: Sendable, Equatable {
    public var lr: Double
    public var alpha: Double
    public var eps: Double
    public var weightDecay: Double
    public var momentum: Double
    public var centered: Bool
    public var maximize: Bool

    public init(lr: Double = 0.01, alpha: Double = 0.99, eps: Double = 1e-8, weightDecay: Double = 0,
                momentum: Double = 0, centered: Bool = false, maximize: Bool = false) {
        self.lr = lr
        self.alpha = alpha
        self.eps = eps
        self.weightDecay = weightDecay
        self.momentum = momentum
        self.centered = centered
        self.maximize = maximize
    }
}

/// The effective gradient after `maximize` and L2 weight decay: `grad.add(param, alpha=wd)`.
@inline(__always)
private func effectiveGradient<T: BinaryFloatingPoint>(_ grad: T, _ param: T, maximize: Bool, weightDecay: T,
                                                       hasWeightDecay: Bool) -> T {
    let g = maximize ? -grad : grad
    return hasWeightDecay ? g.addingProduct(param, weightDecay) : g
}

/// One `SGD.step()` for one parameter. `momentumBuffer` is nil without momentum; `fresh`
/// says it was just created (PyTorch then clones the gradient into it).
@_specialize(where T == Float)
@_specialize(where T == Double)
public func sgdUpdate<T: BinaryFloatingPoint>(param: UnsafeMutableBufferPointer<T>, grad: UnsafeBufferPointer<T>,
                                             momentumBuffer: UnsafeMutableBufferPointer<T>?, fresh: Bool,
                                             options: SGDOptions) {
    let n = min(param.count, grad.count, momentumBuffer?.count ?? Int.max)
    let weightDecay = T(options.weightDecay), hasWeightDecay = options.weightDecay != 0
    let momentum = T(options.momentum), keep = T(1 - options.dampening), minusLR = T(-options.lr)
    for i in 0..<n {
        var g = effectiveGradient(grad[i], param[i], maximize: options.maximize, weightDecay: weightDecay,
                                  hasWeightDecay: hasWeightDecay)
        if let buffer = momentumBuffer {
            let b = fresh ? g : (buffer[i] * momentum).addingProduct(g, keep)
            buffer[i] = b
            g = options.nesterov ? g.addingProduct(b, momentum) : b
        }
        param[i] = param[i].addingProduct(g, minusLR)
    }
}

/// One `Adam.step()` / `AdamW.step()` for one parameter; `step` is `state['step']` after its
/// increment, `maxExpAvgSq` is given with amsgrad only.
@_specialize(where T == Float)
@_specialize(where T == Double)
public func adamUpdate<T: BinaryFloatingPoint>(param: UnsafeMutableBufferPointer<T>, grad: UnsafeBufferPointer<T>,
                                              step: Float, expAvg: UnsafeMutableBufferPointer<T>,
                                              expAvgSq: UnsafeMutableBufferPointer<T>,
                                              maxExpAvgSq: UnsafeMutableBufferPointer<T>?, options: AdamOptions) {
    let n = min(param.count, grad.count, expAvg.count, expAvgSq.count, maxExpAvgSq?.count ?? Int.max)
    if options.decoupledWeightDecay && options.weightDecay != 0 {
        let shrink = T(1 - options.lr * options.weightDecay)
        for i in 0..<n { param[i] *= shrink }
    }
    let l2 = !options.decoupledWeightDecay && options.weightDecay != 0
    let weightDecay = T(options.weightDecay)
    let lerpWeight = T(1 - options.beta1), beta2 = T(options.beta2), oneMinusBeta2 = T(1 - options.beta2)
    let biasCorrection1 = 1 - pow(options.beta1, Double(step))
    let biasCorrection2 = 1 - pow(options.beta2, Double(step))
    let minusStepSize = T(-(options.lr / biasCorrection1))
    let biasCorrection2Sqrt = T(pow(biasCorrection2, 0.5))
    let eps = T(options.eps)
    let maximize = options.maximize
    for i in 0..<n {
        let g = effectiveGradient(grad[i], param[i], maximize: maximize, weightDecay: weightDecay, hasWeightDecay: l2)
        expAvg[i] = lerp(expAvg[i], g, weight: lerpWeight)
        var second = (expAvgSq[i] * beta2).addingProduct(oneMinusBeta2 * g, g)
        expAvgSq[i] = second
        if let maxExpAvgSq {
            second = max(maxExpAvgSq[i], second)
            maxExpAvgSq[i] = second
        }
        let denom = second.squareRoot() / biasCorrection2Sqrt + eps
        param[i] += minusStepSize * expAvg[i] / denom
    }
}

/// One `RMSprop.step()` for one parameter; `gradAvg` is given when centered, `momentumBuffer`
/// when momentum > 0.
@_specialize(where T == Float)
@_specialize(where T == Double)
public func rmspropUpdate<T: BinaryFloatingPoint>(param: UnsafeMutableBufferPointer<T>, grad: UnsafeBufferPointer<T>,
                                                 squareAvg: UnsafeMutableBufferPointer<T>,
                                                 gradAvg: UnsafeMutableBufferPointer<T>?,
                                                 momentumBuffer: UnsafeMutableBufferPointer<T>?,
                                                 options: RMSpropOptions) {
    let n = min(param.count, grad.count, squareAvg.count, gradAvg?.count ?? Int.max, momentumBuffer?.count ?? Int.max)
    let weightDecay = T(options.weightDecay), hasWeightDecay = options.weightDecay != 0
    let alpha = T(options.alpha), oneMinusAlpha = T(1 - options.alpha), eps = T(options.eps)
    let momentum = T(options.momentum), minusLR = T(-options.lr)
    for i in 0..<n {
        let g = effectiveGradient(grad[i], param[i], maximize: options.maximize, weightDecay: weightDecay,
                                  hasWeightDecay: hasWeightDecay)
        let sq = (squareAvg[i] * alpha).addingProduct(oneMinusAlpha * g, g)
        squareAvg[i] = sq
        var avg: T
        if let gradAvg {
            let mean = lerp(gradAvg[i], g, weight: oneMinusAlpha)
            gradAvg[i] = mean
            avg = sq.addingProduct(-mean, mean).squareRoot()
        } else {
            avg = sq.squareRoot()
        }
        avg += eps
        if let momentumBuffer {
            let buffer = momentumBuffer[i] * momentum + g / avg
            momentumBuffer[i] = buffer
            param[i] = param[i].addingProduct(buffer, minusLR)
        } else {
            param[i] += minusLR * g / avg
        }
    }
}

/// `torch.lerp` with a scalar weight, as ATen's vectorised kernel computes it.
@inline(__always)
func lerp<T: BinaryFloatingPoint>(_ start: T, _ end: T, weight: T) -> T {
    weight.magnitude < 0.5 ? start.addingProduct(weight, end - start) : end.addingProduct(weight - 1, end - start)
}

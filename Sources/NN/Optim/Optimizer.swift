import Tensors

extension Tensor {
    /// The elements of a contiguous tensor whose dtype the caller has checked to be `T`.
    /// The update rules write through it directly, as PyTorch's in-place kernels do under no_grad.
    func elements<T>(_: T.Type) -> UnsafeMutableBufferPointer<T> {
        UnsafeMutableBufferPointer(start: storage.bytes.assumingMemoryBound(to: T.self) + storageOffset, count: numel)
    }
}

/// One optimizer's update of one parameter, for either precision.
protocol UpdateRule {
    func apply<T: BinaryFloatingPoint>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                       of p: Tensor, state: ParameterState) throws(TensorError)
    /// How many in-place tensor ops PyTorch's update applies to the parameter (each bumps its
    /// version counter, which autograd checks).
    var inPlaceOpsPerStep: Int { get }
}

extension UpdateRule {
    var inPlaceOpsPerStep: Int { 1 }
}

/// What every optimizer shares: its parameters, their state, `zero_grad`, and the loop over
/// parameters with a gradient.
public class Optimizer {
    public let params: [Tensor]
    /// `state[p]` of each parameter by its position, once it has been updated (or loaded).
    public var states: [Int: ParameterState] = [:]

    /// The learning rate (`param_groups[0]['lr']`), which schedulers change between steps.
    public var lr: Double {
        get { 0 }
        set {}
    }

    init(_ params: [Tensor]) throws(TensorError) {
        guard !params.isEmpty else { throw TensorError(.value, "optimizer got an empty parameter list") }
        for p in params where !p.isLeaf { throw TensorError(.value, "can't optimize a non-leaf Tensor") }
        self.params = params
    }

    /// `zero_grad(set_to_none=True)`: gradients become None (or are zeroed in place).
    public func zeroGrad(setToNone: Bool = true) throws(TensorError) {
        for p in params {
            guard let grad = p.grad else { continue }
            if setToNone {
                p.grad = nil
            } else {
                _ = try GradMode.withDisabled { () throws(TensorError) in try grad.zero_() }
            }
        }
    }

    /// `state[p]` of parameter `index`, created empty when the parameter has none yet.
    public func state(of index: Int) -> ParameterState {
        if let s = states[index] { return s }
        let s = ParameterState()
        states[index] = s
        return s
    }

    /// Applies `rule` to each parameter that has a gradient (converted to the parameter's
    /// dtype and made contiguous first).
    func apply(_ rule: some UpdateRule) throws(TensorError) {
        for (i, p) in params.enumerated() {
            guard let g = p.grad else { continue }
            let grad = try g.dtype == p.dtype ? g.contiguous() : g.to(p.dtype).contiguous()
            switch (p.dtype, p.isContiguous && grad.numel == p.numel) {
            case (.float32, true):
                try rule.apply(p.elements(Float.self), UnsafeBufferPointer(grad.elements(Float.self)), of: p, state: state(of: i))
            case (.float64, true):
                try rule.apply(p.elements(Double.self), UnsafeBufferPointer(grad.elements(Double.self)), of: p, state: state(of: i))
            default:
                throw TensorError(.runtime, "optimizer: parameter \(i) must be a contiguous float tensor with a gradient of its shape")
            }
            p.markWrittenInPlace(times: rule.inPlaceOpsPerStep)
        }
    }
}

/// `torch.optim.SGD` over one parameter group.
public final class SGD: Optimizer, UpdateRule {
    public var options: SGDOptions

    override public var lr: Double {
        get { options.lr }
        set { options.lr = newValue }
    }

    public init(_ params: [Tensor], options: SGDOptions) throws(TensorError) {
        try validate(lr: options.lr, weightDecay: options.weightDecay, momentum: options.momentum)
        if options.nesterov && (options.momentum <= 0 || options.dampening != 0) {
            throw TensorError(.value, "Nesterov momentum requires a momentum and zero dampening")
        }
        self.options = options
        try super.init(params)
    }

    public func step() throws(TensorError) { try apply(self) }

    func apply<T: BinaryFloatingPoint>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                       of p: Tensor, state: ParameterState) throws(TensorError) {
        var fresh = false
        let buffer: UnsafeMutableBufferPointer<T>? = options.momentum != 0
            ? try state.buffer("momentum_buffer", like: p, created: &fresh) : nil
        sgdUpdate(param: param, grad: grad, momentumBuffer: buffer, fresh: fresh, options: options)
    }
}

/// `torch.optim.Adam` and `torch.optim.AdamW` (`AdamOptions.adamW`) over one parameter group.
public final class Adam: Optimizer, UpdateRule {
    public var options: AdamOptions

    override public var lr: Double {
        get { options.lr }
        set { options.lr = newValue }
    }

    public init(_ params: [Tensor], options: AdamOptions) throws(TensorError) {
        try validate(lr: options.lr, weightDecay: options.weightDecay, eps: options.eps)
        for (index, beta) in [options.beta1, options.beta2].enumerated() where !(0 <= beta && beta < 1) {
            throw TensorError(.value, "Invalid beta parameter at index \(index): \(PythonFloat.repr(beta))")
        }
        self.options = options
        try super.init(params)
    }

    /// AdamW's decoupled decay is one more in-place op (`param.mul_`).
    var inPlaceOpsPerStep: Int { options.decoupledWeightDecay && options.weightDecay != 0 ? 2 : 1 }

    public func step() throws(TensorError) { try apply(self) }

    func apply<T: BinaryFloatingPoint>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                       of p: Tensor, state: ParameterState) throws(TensorError) {
        let step = try state.incrementStep()
        let expAvg: UnsafeMutableBufferPointer<T> = try state.buffer("exp_avg", like: p)
        let expAvgSq: UnsafeMutableBufferPointer<T> = try state.buffer("exp_avg_sq", like: p)
        let maxExpAvgSq: UnsafeMutableBufferPointer<T>? = options.amsgrad ? try state.buffer("max_exp_avg_sq", like: p) : nil
        adamUpdate(param: param, grad: grad, step: step, expAvg: expAvg, expAvgSq: expAvgSq, maxExpAvgSq: maxExpAvgSq,
                   options: options)
    }
}

/// `torch.optim.RMSprop` over one parameter group.
public final class RMSprop: Optimizer, UpdateRule {
    public var options: RMSpropOptions

    override public var lr: Double {
        get { options.lr }
        set { options.lr = newValue }
    }

    public init(_ params: [Tensor], options: RMSpropOptions) throws(TensorError) {
        try validate(lr: options.lr, weightDecay: options.weightDecay, eps: options.eps, momentum: options.momentum)
        if options.alpha < 0 { throw TensorError(.value, "Invalid alpha value: \(PythonFloat.repr(options.alpha))") }
        self.options = options
        try super.init(params)
    }

    public func step() throws(TensorError) { try apply(self) }

    func apply<T: BinaryFloatingPoint>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                       of p: Tensor, state: ParameterState) throws(TensorError) {
        _ = try state.incrementStep()
        let squareAvg: UnsafeMutableBufferPointer<T> = try state.buffer("square_avg", like: p)
        let momentumBuffer: UnsafeMutableBufferPointer<T>? = options.momentum > 0 ? try state.buffer("momentum_buffer", like: p) : nil
        let gradAvg: UnsafeMutableBufferPointer<T>? = options.centered ? try state.buffer("grad_avg", like: p) : nil
        rmspropUpdate(param: param, grad: grad, squareAvg: squareAvg, gradAvg: gradAvg, momentumBuffer: momentumBuffer,
                      options: options)
    }
}

/// The hyperparameter checks torch.optim constructors share, with their ValueError texts.
private func validate(lr: Double, weightDecay: Double, eps: Double? = nil, momentum: Double? = nil) throws(TensorError) {
    if lr < 0 { throw TensorError(.value, "Invalid learning rate: \(PythonFloat.repr(lr))") }
    if let eps, eps < 0 { throw TensorError(.value, "Invalid epsilon value: \(PythonFloat.repr(eps))") }
    if let momentum, momentum < 0 { throw TensorError(.value, "Invalid momentum value: \(PythonFloat.repr(momentum))") }
    if weightDecay < 0 { throw TensorError(.value, "Invalid weight_decay value: \(PythonFloat.repr(weightDecay))") }
}

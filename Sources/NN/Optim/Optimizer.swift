import Tensors

/// A parameter's float storage as a buffer, or nil when it is not a contiguous float tensor
/// (PyTorch's parameters always are). The update rules write through it directly, as
/// PyTorch's in-place kernels do under no_grad.
enum ParameterBuffer {
    case float(UnsafeMutableBufferPointer<Float>)
    case double(UnsafeMutableBufferPointer<Double>)

    init?(_ t: Tensor) {
        guard t.isContiguous else { return nil }
        let start = t.storage.bytes
        switch t.dtype {
        case .float32:
            self = .float(UnsafeMutableBufferPointer(
                start: start.assumingMemoryBound(to: Float.self) + t.storageOffset, count: t.numel))
        case .float64:
            self = .double(UnsafeMutableBufferPointer(
                start: start.assumingMemoryBound(to: Double.self) + t.storageOffset, count: t.numel))
        default:
            return nil
        }
    }
}

/// Each parameter's optimizer state, in the parameter's precision.
struct Slot<T: BinaryFloatingPoint & Sendable> {
    var momentumBuffer: [T]?
    var adam = AdamState<T>()
    var rmsprop = RMSpropState<T>()
}

/// One optimizer's update of one parameter, for either precision.
protocol UpdateRule {
    func apply<T: BinaryFloatingPoint & Sendable>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                                   slot: inout Slot<T>)
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
    var floatSlots: [Int: Slot<Float>] = [:]
    var doubleSlots: [Int: Slot<Double>] = [:]

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

    /// Applies `rule` to each parameter that has a gradient (converted to the parameter's
    /// dtype and made contiguous first).
    func apply(_ rule: some UpdateRule) throws(TensorError) {
        for (i, p) in params.enumerated() {
            guard let g = p.grad else { continue }
            let grad = try g.dtype == p.dtype ? g.contiguous() : g.to(p.dtype).contiguous()
            switch (ParameterBuffer(p), ParameterBuffer(grad)) {
            case (.float(let param)?, .float(let gradient)?) where gradient.count == param.count:
                // Taken out of the dictionary so its buffers are updated in place, not copied.
                var slot = floatSlots.removeValue(forKey: i) ?? Slot()
                rule.apply(param, UnsafeBufferPointer(gradient), slot: &slot)
                floatSlots[i] = slot
            case (.double(let param)?, .double(let gradient)?) where gradient.count == param.count:
                var slot = doubleSlots.removeValue(forKey: i) ?? Slot()
                rule.apply(param, UnsafeBufferPointer(gradient), slot: &slot)
                doubleSlots[i] = slot
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

    func apply<T: BinaryFloatingPoint & Sendable>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                                   slot: inout Slot<T>) {
        sgdUpdate(param: param, grad: grad, momentumBuffer: &slot.momentumBuffer, options: options)
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

    /// `state[p]['step']` of parameter `index` (0 before its first update).
    public func stepCount(of index: Int) -> Float {
        floatSlots[index]?.adam.step ?? doubleSlots[index]?.adam.step ?? 0
    }

    public func step() throws(TensorError) { try apply(self) }

    func apply<T: BinaryFloatingPoint & Sendable>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                                   slot: inout Slot<T>) {
        adamUpdate(param: param, grad: grad, state: &slot.adam, options: options)
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

    func apply<T: BinaryFloatingPoint & Sendable>(_ param: UnsafeMutableBufferPointer<T>, _ grad: UnsafeBufferPointer<T>,
                                                   slot: inout Slot<T>) {
        rmspropUpdate(param: param, grad: grad, state: &slot.rmsprop, options: options)
    }
}

/// The hyperparameter checks torch.optim constructors share, with their ValueError texts.
private func validate(lr: Double, weightDecay: Double, eps: Double? = nil, momentum: Double? = nil) throws(TensorError) {
    if lr < 0 { throw TensorError(.value, "Invalid learning rate: \(PythonFloat.repr(lr))") }
    if let eps, eps < 0 { throw TensorError(.value, "Invalid epsilon value: \(PythonFloat.repr(eps))") }
    if let momentum, momentum < 0 { throw TensorError(.value, "Invalid momentum value: \(PythonFloat.repr(momentum))") }
    if weightDecay < 0 { throw TensorError(.value, "Invalid weight_decay value: \(PythonFloat.repr(weightDecay))") }
}

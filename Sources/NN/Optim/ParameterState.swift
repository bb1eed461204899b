import Tensors

/// `optimizer.state[p]`: one parameter's state tensors under PyTorch's names, in the order
/// PyTorch creates them (its state_dict prints them in that order). The update rules write
/// into these tensors directly, so the tensors a user reads from `state_dict()` stay live.
public final class ParameterState {
    public private(set) var names: [String] = []
    private var tensors: [String: Tensor] = [:]

    public init() {}

    public subscript(name: String) -> Tensor? { tensors[name] }

    public var isEmpty: Bool { names.isEmpty }

    /// Stores `tensor` under `name` as a contiguous tensor of `dtype`. Like PyTorch's
    /// load_state_dict, a tensor that needs no cast is kept itself, so later steps update it.
    public func set(_ name: String, _ tensor: Tensor, dtype: DType) throws(TensorError) {
        let value = try tensor.to(dtype).contiguous()
        if tensors.updateValue(value, forKey: name) == nil { names.append(name) }
    }

    /// The elements of state `name`, created as zeros shaped like `param` when missing.
    /// `created` tells the caller that the state is new (SGD's momentum starts from the gradient).
    func buffer<T: BinaryFloatingPoint>(_ name: String, like param: Tensor, created: inout Bool) throws(TensorError)
        -> UnsafeMutableBufferPointer<T> {
        if let t = tensors[name], t.numel == param.numel, t.dtype == param.dtype, t.isContiguous {
            created = false
            return t.elements(T.self)
        }
        if let t = tensors[name] {
            throw TensorError(.runtime, "The size of tensor a (\(t.numel)) must match the size of tensor b (\(param.numel)) at non-singleton dimension 0")
        }
        let t = try Tensor.zerosLike(param)
        tensors[name] = t
        names.append(name)
        created = true
        return t.elements(T.self)
    }

    func buffer<T: BinaryFloatingPoint>(_ name: String, like param: Tensor) throws(TensorError) -> UnsafeMutableBufferPointer<T> {
        var created = false
        return try buffer(name, like: param, created: &created)
    }

    /// `state['step']`: a float32 scalar tensor in PyTorch, incremented before each update.
    func incrementStep() throws(TensorError) -> Float {
        let step: Tensor
        if let t = tensors["step"], t.numel == 1, t.dtype == .float32, t.isContiguous {
            step = t
        } else {
            step = try Tensor.zeros([], dtype: .float32)
            if tensors.updateValue(step, forKey: "step") == nil { names.append("step") }
        }
        let value = step.elements(Float.self)
        value[0] += 1
        return value[0]
    }
}

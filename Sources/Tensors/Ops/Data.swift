/// `.data`, `.data = ...` and in-place variants for the Bindings layer.
extension Tensor {
    /// PyTorch's `.data`: shares storage, no history, does not require grad.
    public var data: Tensor { detach() }

    /// PyTorch's `t.data = other`: this tensor takes other's storage, shape and dtype, keeping
    /// its autograd identity (requires_grad, grad).
    public func setData(_ other: Tensor) throws(TensorError) {
        if requiresGradFlag && !other.dtype.isFloatingPoint {
            throw .runtime("data set to a tensor that requires gradients must be floating point or complex dtype")
        }
        storage = other.storage
        dtype = other.dtype
        shape = other.shape
        strides = other.strides
        storageOffset = other.storageOffset
    }

    /// Runs `op` in place: `self` takes `op(self)`'s values (cast to its dtype) and, when
    /// recording, its history. Bindings use this for every `op_` without its own kernel.
    @discardableResult
    public func applyInPlace(inputs: [Tensor] = [], _ op: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        try inPlace(inputs, op)
    }
}

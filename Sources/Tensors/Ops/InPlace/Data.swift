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

extension Tensor {
    /// PyTorch's `_version`: how many in-place writes the storage has seen.
    public var version: Int { storage.version }

    /// Records in-place writes made through raw memory, so autograd's saved-tensor checks
    /// see them as PyTorch's in-place ops would.
    public func markWrittenInPlace(times: Int = 1) { storage.version += times }

    /// The elements of a contiguous tensor whose storage type is T, for code that computes on
    /// raw memory (optimizers, init). Throws for other layouts or types.
    public func withUnsafeMutableElements<T: TensorElement, R>(_: T.Type, _ body: (UnsafeMutableBufferPointer<T>) throws -> R) throws -> R {
        let matches: Bool
        switch dtype {
        case .float32: matches = T.self == Float.self
        case .float64: matches = T.self == Double.self
        case .int64: matches = T.self == Int64.self
        case .int32: matches = T.self == Int32.self
        case .uint8, .bool: matches = T.self == UInt8.self
        }
        guard matches, isContiguous else {
            throw TensorError.runtime("expected a contiguous \(dtype.name) tensor for raw element access")
        }
        return try body(UnsafeMutableBufferPointer(start: pointer(T.self), count: numel))
    }
}

extension Tensor {
    /// PyTorch's `x.data = y`: this tensor object now views y's storage, layout and dtype, while
    /// keeping its own autograd identity (a Parameter stays the same leaf).
    public func setData(_ other: Tensor) {
        storage = other.storage
        dtype = other.dtype
        shape = other.shape
        strides = other.strides
        storageOffset = other.storageOffset
        viewBase = other.viewBase
    }

    /// PyTorch's `detach_()`: cut this tensor from the graph in place.
    public func detach_() -> Tensor {
        gradFn = nil
        requiresGradFlag = false
        return self
    }
}

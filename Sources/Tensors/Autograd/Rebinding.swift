extension Tensor {
    /// PyTorch's `detach_()`: cut this tensor from the graph in place.
    public func detach_() -> Tensor {
        gradFn = nil
        requiresGradFlag = false
        return self
    }
}

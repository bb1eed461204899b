/// PyTorch's `transpose_(dim0, dim1)` (TransposeBackward1): swaps two dimensions of this
/// tensor's own shape and strides; a recorded tensor gets a new node after its old one.
extension Tensor {
    public func transpose_(_ d0: Int, _ d1: Int) throws(TensorError) -> Tensor {
        let a = try normalizeDim(d0, dim), b = try normalizeDim(d1, dim)
        if isLeaf && requiresGradFlag && GradMode.isEnabled {
            throw .runtime("a leaf Variable that requires grad is being used in an in-place operation.")
        }
        let previous = gradientEdge
        if dim > 0 {
            shape.swapAt(a, b)
            strides.swapAt(a, b)
        }
        if previous.0 != nil && GradMode.isEnabled {
            gradFn = Node(name: "TransposeBackward1", nextFunctions: [previous], savesTensors: false) { g, _ throws(TensorError) in
                [try g.transpose(a, b)]
            }
            outputNr = 0
        }
        return self
    }
}

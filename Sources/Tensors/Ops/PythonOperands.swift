/// Helpers for the Python operator layer: wrapped numbers, reflected operators, result_type
/// and checked gradient assignment.
extension Tensor {
    /// A Python number as an operand (ranks below tensors in type promotion), so any binary
    /// op can take it on either side: `Tensor.pythonScalar(2).floorDivide(x)` is `2 // x`.
    public static func pythonScalar(_ value: Scalar) throws(TensorError) -> Tensor { try wrapped(value) }

    /// `other // self`.
    public func rfloorDivide(_ other: Scalar) throws(TensorError) -> Tensor { try Tensor.wrapped(other).floorDivide(self) }

    /// `other % self`.
    public func rremainder(_ other: Scalar) throws(TensorError) -> Tensor { try Tensor.wrapped(other).remainder(self) }

    /// PyTorch's `torch.result_type(a, b)`.
    public static func promotedType(_ a: Tensor, _ b: Tensor) -> DType { resultType(a, b) }

    public static func promotedType(_ a: Tensor, _ b: Scalar) -> DType {
        resultType([PromotionOperand(a), PromotionOperand(b)])
    }

    /// `tensor.grad = g` with PyTorch's checks (nil clears it).
    public func setGrad(_ g: Tensor?) throws(TensorError) {
        if let g {
            guard g.shape == shape else {
                throw .runtime("attempting to assign a gradient of size '\(shapeString(g.shape))' to a tensor of size '\(shapeString(shape))'. Please ensure that the gradient and the tensor are the same size")
            }
            guard g.dtype == dtype else {
                throw .runtime("attempting to assign a gradient with dtype '\(g.dtype.cTypeName)' to a tensor with grad_dtype '\(dtype.scalarTypeName)'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume they match.")
            }
        }
        grad = g
    }
}

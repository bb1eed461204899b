import Script
import Tensors

/// A NumPy array: an engine tensor that prints and computes with NumPy's rules (float64 by
/// default, NumPy's repr). `torch.from_numpy` and `.numpy()` share its storage, as in PyTorch.
/// NumPy scalars (`np.float64(0.5)`) carry a 0-dim NDArray too, so every operation takes both.
final class NDArray {
    let tensor: Tensor
    init(_ tensor: Tensor) { self.tensor = tensor }
}

let NDArrayClass = PyClass(name: "ndarray", module: "numpy")
/// `np.generic`: the base of the scalar types; it shares the array methods (`x.mean()`, ...).
let GenericClass = PyClass(name: "generic", module: "numpy")

/// The scalar types `np.float64`, `np.int64`, ... (`np.bool` for bool, as NumPy 2 names it).
let numpyScalarClasses: [DType: PyClass] = {
    var classes: [DType: PyClass] = [:]
    for d in DType.allCases { classes[d] = PyClass(name: d.name, module: "numpy", bases: [GenericClass]) }
    return classes
}()

/// NumPy's `AxisError`, both a ValueError and an IndexError.
let AxisErrorClass = PyClass(name: "AxisError", module: "numpy.exceptions", bases: [ValueErrorClass, IndexErrorClass])

/// The NDArray inside an array or NumPy scalar.
func numpyPayload(_ v: Value) -> NDArray? {
    if case .instance(let i) = v { return i.payload as? NDArray }
    return nil
}

func wrapArray(_ t: Tensor) -> Value { .instance(PyInstance(NDArrayClass, payload: NDArray(t))) }

/// A NumPy scalar of the tensor's dtype (the tensor must hold one element).
func wrapScalar(_ t: Tensor) -> Value {
    .instance(PyInstance(numpyScalarClasses[t.dtype] ?? GenericClass, payload: NDArray(t)))
}

/// What a ufunc or reduction returns: a NumPy scalar for a 0-dim result, else an array.
func wrapResult(_ t: Tensor) -> Value { t.dim == 0 ? wrapScalar(t) : wrapArray(t) }

/// Whether the value is a NumPy scalar (not a 0-dim array).
func isNumpyScalar(_ v: Value) -> Bool {
    if case .instance(let i) = v { return i.payload is NDArray && i.cls !== NDArrayClass }
    return false
}

/// `(3,)`, `(2,3)`, `()`: a shape as NumPy's C messages print it.
func shapeText(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ",") + ")"
}

/// `(2, 3)`: a shape as a Python tuple prints.
func shapeTuple(_ shape: [Int]) -> String {
    shape.count == 1 ? "(\(shape[0]),)" : "(" + shape.map(String.init).joined(separator: ", ") + ")"
}

func axisError(_ axis: Int, _ ndim: Int) -> PyError {
    PyError(AxisErrorClass, "axis \(axis) is out of bounds for array of dimension \(ndim)")
}

/// An axis argument made non-negative, with NumPy's AxisError when out of range.
func normalizeAxis(_ axis: Int, _ ndim: Int) throws(PyError) -> Int {
    guard axis >= -ndim && axis < max(ndim, 0) else { throw axisError(axis, ndim) }
    return axis < 0 ? axis + ndim : axis
}

import Script
import Tensors

/// A NumPy array: an engine tensor that prints and computes with NumPy's rules (float64 by
/// default, NumPy's repr). `torch.from_numpy` and `.numpy()` share its storage, as in PyTorch.
/// NumPy scalars (`np.float64(0.5)`) carry a 0-dim NDArray too, so every operation takes both.
final class NDArray {
    let tensor: Tensor
    init(_ tensor: Tensor) { self.tensor = tensor }
}

let NDArrayClass = extensionClass("ndarray", module: "numpy")
/// `np.generic`: the base of the scalar types; it shares the array methods (`x.mean()`, ...).
let GenericClass = PyClass(name: "generic", module: "numpy")

/// NumPy's abstract scalar types, for `isinstance(x, np.floating)` and the like.
let numpyAbstractClasses: [String: PyClass] = {
    let number = PyClass(name: "number", module: "numpy", bases: [GenericClass])
    let integer = PyClass(name: "integer", module: "numpy", bases: [number])
    let inexact = PyClass(name: "inexact", module: "numpy", bases: [number])
    return ["number": number, "integer": integer, "inexact": inexact,
            "signedinteger": PyClass(name: "signedinteger", module: "numpy", bases: [integer]),
            "unsignedinteger": PyClass(name: "unsignedinteger", module: "numpy", bases: [integer]),
            "floating": PyClass(name: "floating", module: "numpy", bases: [inexact])]
}()

/// The scalar types `np.float64`, `np.int64`, ... (`np.bool` for bool, as NumPy 2 names it).
/// `np.float64` is also a Python float, as in NumPy (`isinstance(x, float)` holds).
let numpyScalarClasses: [DType: PyClass] = {
    func abstract(_ name: String) -> PyClass { numpyAbstractClasses[name] ?? GenericClass }
    var classes: [DType: PyClass] = [:]
    for d in DType.allCases {
        let bases: [PyClass]
        switch d {
        case .float64: bases = [abstract("floating"), FloatType]
        case .float32: bases = [abstract("floating")]
        case .int64, .int32: bases = [abstract("signedinteger")]
        case .uint8: bases = [abstract("unsignedinteger")]
        case .bool: bases = [GenericClass]
        }
        classes[d] = extensionClass(d.name, module: "numpy", bases: bases)
    }
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

/// The number of elements of a shape, or NumPy's error when it cannot be allocated.
func elementCount(_ shape: [Int]) throws(PyError) -> Int {
    if shape.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
    var n = 1
    for d in shape {
        let (product, overflow) = n.multipliedReportingOverflow(by: d)
        if overflow || product > 1 << 48 {
            throw PyError.valueError("array is too big; `arr.size * arr.dtype.itemsize` is larger than the maximum possible size.")
        }
        n = product
    }
    return n
}

/// A new float64 array of `shape` filled in row-major order. The engine allocates it first, so
/// a shape too big for memory is its error rather than a crash.
func filledArray(_ shape: [Int], _ value: (Int) -> Double) throws(PyError) -> Tensor {
    try filled(shape, .float64, value)
}

/// A new int64 array of `shape` filled in row-major order.
func filledArray(_ shape: [Int], _ value: (Int) -> Int64) throws(PyError) -> Tensor {
    try filled(shape, .int64, value)
}

/// `T` must be the storage type of `dtype`.
private func filled<T>(_ shape: [Int], _ dtype: DType, _ value: (Int) -> T) throws(PyError) -> Tensor {
    let out = try engine { try Tensor.empty(shape, dtype: dtype) }
    let p = out.storage.bytes.assumingMemoryBound(to: T.self) + out.storageOffset
    for i in 0..<out.numel { p[i] = value(i) }
    return out
}

func axisError(_ axis: Int, _ ndim: Int) -> PyError {
    PyError(AxisErrorClass, "axis \(axis) is out of bounds for array of dimension \(ndim)")
}

/// An axis argument made non-negative, with NumPy's AxisError when out of range.
func normalizeAxis(_ axis: Int, _ ndim: Int) throws(PyError) -> Int {
    guard axis >= -ndim && axis < max(ndim, 0) else { throw axisError(axis, ndim) }
    return axis < 0 ? axis + ndim : axis
}

extension NDArray: HashablePayload {
    /// Arrays are unhashable; a NumPy scalar hashes and compares as its Python number.
    func hashKeyValue(of instance: PyInstance) throws(PyError) -> Value {
        guard !instance.cls.isSubclass(of: NDArrayClass) else { throw PyError.typeError("unhashable type: 'numpy.ndarray'") }
        return pythonValue(try engine { try tensor.item() })
    }
}

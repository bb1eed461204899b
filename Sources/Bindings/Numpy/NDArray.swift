import Script
import Tensors

/// A NumPy array: an engine tensor that prints and computes with NumPy's rules (float64 by
/// default, NumPy's repr). `torch.from_numpy` and `.numpy()` share its storage, as in PyTorch.
final class NDArray {
    let tensor: Tensor
    init(_ tensor: Tensor) { self.tensor = tensor }
}

let NDArrayClass = PyClass(name: "ndarray", module: "numpy")

func numpyPayload(_ v: Value) -> NDArray? {
    if case .instance(let i) = v { return i.payload as? NDArray }
    return nil
}

func wrapArray(_ t: Tensor) -> Value { .instance(PyInstance(NDArrayClass, payload: NDArray(t))) }

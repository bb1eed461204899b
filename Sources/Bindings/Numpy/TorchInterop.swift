import Script
import Tensors

/// `tensor.numpy()` and `torch.from_numpy(array)`: both share storage and keep the dtype, as in
/// PyTorch (a float64 array gives a float64 tensor).
func defineTensorNumpy() {
    TensorClass.define("numpy", ["self", "*", "force?"]) { a throws(PyError) in
        let t = try a.selfTensor()
        _ = try a.interp.importModule("numpy")  // defines the array type's methods
        if try a.flag("force") { return wrapArray(try engine { try t.detach().clone() }) }
        return wrapArray(try tensorAsArray(t))
    }
}

func defineFromNumpy(_ torch: PyModule) {
    torch.define("from_numpy", ["ndarray"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], i.cls === NDArrayClass, let x = i.payload as? NDArray else {
            let cls = typeOf(a[0])
            let name = cls.module == "builtins" ? cls.name : cls.module + "." + cls.name
            throw PyError.typeError("expected np.ndarray (got \(name))")
        }
        return wrap(x.tensor.detach())
    }
    Docstrings.attach(to: torch, only: "from_numpy")
}

import Script
import Tensors

/// Registers `numpy`, and gives tensors `.numpy()` at once: PyTorch has it without an import.
func installNumpy(_ interp: Interpreter) {
    interp.registerModule("numpy") { i throws(PyError) in try makeNumpy(i) }
    defineTensorNumpy()
}

/// The native `numpy` module: arrays computing on the engine with NumPy's dtype rules,
/// printing and errors, and the legacy `numpy.random`. Loading it also gives torch its
/// NumPy bridge (`Tensor.numpy`, `torch.from_numpy`).
func makeNumpy(_ interp: Interpreter) throws(PyError) -> PyModule {
    let m = PyModule(name: "numpy")
    NumpyPrintOptions.current = NumpyPrintOptions()  // each interpreter starts from NumPy's defaults
    defineArrayOperators()
    defineArrayObject()
    defineArrayIndexing()
    for op in arrayReductionOps() + arrayElementwiseOps() + arrayObjectOps() + arrayShapeOps() + arraySortingOps() + arrayTilingOps() { op.define(in: m) }
    try defineNumpyDTypes(m)
    defineArrayCreation(m)
    defineBinaryFunctions(m)
    defineJoins(m)
    defineShapeFunctions(m)
    definePrintOptions(m)
    defineTilingFunctions(m)
    defineFillDiagonal(m)
    m["random"] = .module(makeNumpyRandom())
    m["linalg"] = .module(makeLinalg())
    m["pi"] = .float(Double.pi)
    m["e"] = .float(2.718281828459045)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    m["newaxis"] = Value.none
    m["__version__"] = .str("2.4.6")
    defineFromNumpy(try interp.importModule("torch"))
    return m
}

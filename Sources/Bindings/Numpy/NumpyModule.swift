import Script
import Tensors

/// Registers `numpy`, and gives tensors `.numpy()` at once: PyTorch has it without an import.
func installNumpy(_ interp: Interpreter) {
    interp.registerModule("numpy") { i throws(PyError) in Docstrings.attach(to: try makeNumpy(i)) }
}

private func allArrayOps() -> [ArrayOp] {
    var ops: [ArrayOp] = arrayReductionOps()
    ops += arrayElementwiseOps()
    ops += arrayObjectOps()
    ops += arrayShapeOps()
    ops += arraySortingOps()
    ops += arrayTilingOps()
    return ops
}

/// The array classes' methods, defined once per process: classes are shared by every
/// interpreter, and several may start at once (tests run in parallel).
let arrayClassMethods: Void = {
    defineArrayOperators()
    defineArrayObject()
    defineArrayIndexing()
    for op in allArrayOps() { op.define(in: nil, methods: true) }
    defineTensorNumpy()
}()

/// The native `numpy` module: arrays computing on the engine with NumPy's dtype rules,
/// printing and errors, the legacy `numpy.random` and part of `numpy.linalg`. Loading it
/// loads torch and adds `torch.from_numpy`.
func makeNumpy(_ interp: Interpreter) throws(PyError) -> PyModule {
    let m = PyModule(name: "numpy")
    NumpyPrintOptions.current = NumpyPrintOptions()  // each interpreter starts from NumPy's defaults
    _ = arrayClassMethods
    for op in allArrayOps() { op.define(in: m, methods: false) }
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

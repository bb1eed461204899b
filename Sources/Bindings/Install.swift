import NN
import Script
import Tensors

/// Registers the Python-visible modules: native `torch`, `torch._C`, `torch.nn.functional`,
/// `numpy`, and the Python-source parts of `torch.nn`, `torch.nn.init`, `torch.optim` and
/// `torch.utils.data` (see PythonSource/).
public func installBindings(_ interp: Interpreter) {
    _ = torchClassMethods
    _ = arrayClassMethods
    _ = Docstrings.sharedClassesDocumented
    interp.registerModule("torch") { _ throws(PyError) in Docstrings.attach(to: makeTorch()) }
    interp.registerModule("torch.linalg") { i throws(PyError) in
        guard case .module(let m)? = try i.importModule("torch")["linalg"] else { return makeTorchLinalg() }
        return m
    }
    interp.registerModule("torch._C") { _ throws(PyError) in makeTorchC() }
    interp.registerModule("torch.nn.functional") { i throws(PyError) in
        guard case .module(let m)? = try i.importModule("torch._C")["_nn"] else { return makeFunctional() }
        return m
    }
    interp.registerSourceModule("torch.nn", source: nnPreamble + nnModuleSource + nnLayerSource + nnNormSource + nnConvSource + nnRecurrentSource + Docstrings.sourceModuleHook)
    interp.registerSourceModule("torch.nn.init", source: nnInitSource + Docstrings.sourceModuleHook)
    interp.registerSourceModule("torch.optim", source: optimSource + Docstrings.sourceModuleHook)
    interp.registerSourceModule("torch.optim.lr_scheduler", source: lrSchedulerSource + Docstrings.sourceModuleHook)
    interp.registerModule("torch.utils") { _ throws(PyError) in PyModule(name: "torch.utils") }
    interp.registerSourceModule("torch.utils.data", source: dataSource + Docstrings.sourceModuleHook)
    interp.registerModule("torch.cuda") { _ throws(PyError) in Docstrings.attach(to: makeCUDA()) }
    installNumpy(interp)
    interp.registerModule("torch.autograd") { i throws(PyError) in Docstrings.attach(to: try makeAutograd(i)) }
    interp.registerSourceModule("torch.autograd.functional", source: autogradFunctionalSource)
    interp.registerSourceModule("torch.autograd.gradcheck", source: gradcheckSource)
    interp.registerModule("graphviz") { _ throws(PyError) in makeGraphviz() }
    interp.registerModule("torchviz") { i throws(PyError) in try makeTorchviz(i) }
}

/// torch.nn's own imports, and its public names for `from torch.nn import *`.
private let nnPreamble = """
import torch.nn.init as init
import torch.nn.functional as functional
__all__ = ["Module", "Sequential", "ModuleList", "ModuleDict", "Parameter", "Identity", "Linear",
           "Flatten", "Unflatten", "Dropout", "ReLU", "Sigmoid", "Tanh", "SiLU", "GELU", "ELU", "LeakyReLU",
           "Softplus", "Softmax", "LogSoftmax", "MSELoss", "L1Loss", "BCELoss", "BCEWithLogitsLoss",
           "NLLLoss", "CrossEntropyLoss", "SmoothL1Loss", "HuberLoss", "BatchNorm1d", "BatchNorm2d", "LayerNorm",
           "Embedding", "Conv1d", "Conv2d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d", "Dropout2d", "BatchNorm3d", "MaxPool1d", "AvgPool1d", "AdaptiveAvgPool1d",
           "RNNBase", "RNN", "LSTM", "GRU"]

"""

/// The methods of torch's classes, defined once per process: classes are shared by every
/// interpreter, and several may start at once (tests run in parallel).
private let torchClassMethods: Void = {
    defineTensorOperators()
    defineTensorIndexing()
    defineTensorObject()
    defineSize()
    defineDType()
    defineDevice()
    defineGenerator()
    defineNode()
    defineTensorConstructor()
    for op in allTensorOps() { op.defineMethod() }
}()

/// Every TensorOp, defined as a method on Tensor; the ones marked as functions also go on `torch`.
private func allTensorOps() -> [TensorOp] { mathOps() + reductionOps() + shapeOps() + objectOps() + randomOps() + moreOps() + productOps() + linalgOps() + breadthOps() + statisticsOps() }

private func makeTorch() -> PyModule {
    let m = PyModule(name: "torch")
    for op in allTensorOps() where op.isFunction { op.defineFunction(in: m) }
    defineCreation(m)
    defineJoinFunctions(m)
    defineMoreFunctions(m)
    defineProductFunctions(m)
    defineBreadthFunctions(m)
    defineStatisticsFunctions(m)
    m["linalg"] = .module(Docstrings.attach(to: makeTorchLinalg()))
    defineSerialization(m)
    m["Tensor"] = .cls(TensorClass)
    m["Size"] = .cls(SizeClass)
    m["dtype"] = .cls(DTypeClass)
    m["device"] = .cls(DeviceClass)
    m["Generator"] = .cls(GeneratorClass)
    m["default_generator"] = defaultGeneratorValue()
    for d in DType.allCases { m[d.name] = wrap(d) }
    let aliases: [(String, DType)] = [("float", .float32), ("double", .float64), ("long", .int64), ("int", .int32)]
    for (name, d) in aliases { m[name] = wrap(d) }
    m["no_grad"] = .cls(defineGradModeClass("no_grad", enabled: false))
    m["enable_grad"] = .cls(defineGradModeClass("enable_grad", enabled: true))
    m["set_grad_enabled"] = .cls(defineGradModeClass("set_grad_enabled", enabled: nil))
    m.define("is_grad_enabled", []) { _ throws(PyError) in .bool(GradMode.isEnabled) }
    m.define("is_tensor", ["obj"]) { a throws(PyError) in .bool(tensorPayload(a["obj"]) != nil) }
    m.define("typename", ["obj"]) { a throws(PyError) in .str(torchTypename(a["obj"])) }
    m.define("set_printoptions", ["precision?", "threshold?", "edgeitems?", "linewidth?", "profile?", "sci_mode?"]) { a throws(PyError) in
        var profile: PrintOptions.Profile?
        if let p = a.optional("profile"), case .str(let s) = p { profile = PrintOptions.Profile(rawValue: s) }
        var sci: Bool?
        if let s = a.optional("sci_mode"), !s.isNone { sci = try a.interp.truthy(s) }
        PrintOptions.current = PrintOptions.current.setting(
            precision: try a.optionalInt("precision"), threshold: try a.optionalInt("threshold"),
            edgeitems: try a.optionalInt("edgeitems"), linewidth: try a.optionalInt("linewidth"),
            profile: profile, sciMode: sci)
        return .none
    }
    return m
}

/// `torch.typename(x)`: "torch.FloatTensor" for tensors, else the qualified class name.
func torchTypename(_ v: Value) -> String {
    if let t = tensorPayload(v) { return "torch.\(legacyTypeName(t.dtype))" }
    let c = typeOf(v)
    return c.module == "builtins" ? c.name : "\(c.module).\(c.name)"
}

/// `torch.Tensor(...)` (always float32) and `nn.Parameter(data, requires_grad=True)`.
private func defineTensorConstructor() {
    TensorClass["__new__"] = .staticMethod(.builtin(PyBuiltin(name: "Tensor", params: ["cls", "*args", "**kwargs"]) { a throws(PyError) in
        let args = a.positional
        if args.count == 1, tensorPayload(args[0]) == nil, !isInteger(args[0]) {
            return wrap(try NestedData(args[0], a.interp).tensor(dtype: .float32))
        }
        if args.count == 1, let t = tensorPayload(args[0]) { return wrap(t) }
        var shape: [Int] = []
        for v in args { shape.append(try a.interp.toIndex(v)) }
        return wrap(try engine { try Tensor.zeros(args.isEmpty ? [0] : shape) })
    }))
    ParameterClass["__new__"] = .staticMethod(.builtin(PyBuiltin(name: "Parameter", params: ["cls", "data?", "requires_grad?"],
                                                                 defaults: ["requires_grad": .bool(true)]) { a throws(PyError) in
        var data = try a.optionalTensor("data")
        if data == nil { data = try engine { try Tensor.empty([0]) } }
        guard let data else { return .none }
        let p = data.detach()
        if try a.bool("requires_grad") { try setRequiresGrad(p, true) }
        var cls = ParameterClass
        if case .cls(let c) = a[0] { cls = c }
        return .instance(PyInstance(cls, boundTo: p))
    }))
    ParameterClass.define("__repr__", ["self"]) { a throws(PyError) in
        .str("Parameter containing:\n" + (try a.selfTensor()).description)
    }
}

private func makeTorchC() -> PyModule {
    let m = PyModule(name: "torch._C")
    m["Parameter"] = .cls(ParameterClass)
    m["Generator"] = .cls(GeneratorClass)
    m["_nn"] = .module(Docstrings.attach(to: makeFunctional()))
    Docstrings.define(in: m)
    defineOptimizerKernels(m)
    m.define("_trunc_normal_", ["tensor", "mean", "std", "a", "b", "generator?"]) { a throws(PyError) in
        guard let t = tensorPayload(a["tensor"]) else { throw argumentError("trunc_normal_", "tensor", a["tensor"]) }
        let mean = try a.double("mean"), std = try a.double("std"), lo = try a.double("a"), hi = try a.double("b")
        let g = try a.generator()
        _ = try engine { try Init.truncNormal_(t, mean: mean, std: std, a: lo, b: hi, generator: g) }
        return a["tensor"]
    }
    return m
}

private func makeCUDA() -> PyModule {
    let m = PyModule(name: "torch.cuda")
    m.define("is_available", []) { _ throws(PyError) in .bool(false) }
    m.define("device_count", []) { _ throws(PyError) in .int(0) }
    m.define("manual_seed", ["seed"]) { _ throws(PyError) in .none }
    m.define("manual_seed_all", ["seed"]) { _ throws(PyError) in .none }
    return m
}

import Script
import Tensors

// torch.Size, torch.dtype, torch.device, torch.Generator, grad_fn nodes and the grad-mode
// context managers.

private func sizePayload(_ v: Value) -> [Int]? {
    if case .instance(let i) = v { return i.payload as? [Int] }
    return nil
}

func defineSize() {
    SizeClass.define("__repr__", ["self"]) { a throws(PyError) in .str(torchSizeRepr(sizePayload(a[0]) ?? [])) }
    SizeClass.define("__len__", ["self"]) { a throws(PyError) in .int(sizePayload(a[0])?.count ?? 0) }
    SizeClass.define("__getitem__", ["self", "index"]) { a throws(PyError) in
        let dims = sizePayload(a[0]) ?? []
        let r = try a.interp.getItem(.tuple(dims.map { .int($0) }), a["index"])
        if case .tuple(let items) = r {
            var out: [Int] = []
            for case .int(let n) in items { out.append(n) }
            return wrapSize(out)
        }
        return r
    }
    SizeClass.define("__iter__", ["self"]) { a throws(PyError) in
        .iterator(PyIterator(array: (sizePayload(a[0]) ?? []).map { .int($0) }, typeName: "tuple_iterator"))
    }
    SizeClass.define("__eq__", ["self", "other"]) { a throws(PyError) in
        let dims = sizePayload(a[0]) ?? []
        if let other = sizePayload(a["other"]) { return .bool(dims == other) }
        if case .tuple(let items) = a["other"] { return .bool(try a.interp.equals(.tuple(dims.map { .int($0) }), .tuple(items))) }
        return .bool(false)
    }
    SizeClass.define("__ne__", ["self", "other"]) { a throws(PyError) in
        .bool(!(try a.interp.truthy(try a.interp.call(try a.interp.getAttribute(a[0], "__eq__"), [a["other"]]))))
    }
    SizeClass.define("__hash__", ["self"]) { a throws(PyError) in .int((sizePayload(a[0]) ?? []).hashValue) }
    SizeClass.define("__add__", ["self", "other"]) { a throws(PyError) in
        let dims = sizePayload(a[0]) ?? []
        let other = try shapeValue(a["other"], a.interp)
        return wrapSize(dims + other)
    }
    SizeClass.define("numel", ["self"]) { a throws(PyError) in .int((sizePayload(a[0]) ?? []).reduce(1, &*)) }
    SizeClass.define("index", ["self", "value"]) { a throws(PyError) in
        let v = try a.int("value")
        guard let k = (sizePayload(a[0]) ?? []).firstIndex(of: v) else { throw PyError.valueError("tuple.index(x): x not in tuple") }
        return .int(k)
    }
    SizeClass.define("__new__", ["cls", "sizes?"]) { a throws(PyError) in
        guard let v = a.optional("sizes") else { return wrapSize([]) }
        return wrapSize(try shapeValue(v, a.interp))
    }
    SizeClass["__new__"] = SizeClass["__new__"].map { .staticMethod($0) }
}

func defineDType() {
    DTypeClass.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let d = i.payload as? DType else { return .str("torch.dtype") }
        return .str("torch.\(d.name)")
    }
    DTypeClass.defineProperty("is_floating_point") { i throws(PyError) in .bool((i.payload as? DType)?.isFloatingPoint ?? false) }
    DTypeClass.defineProperty("itemsize") { i throws(PyError) in .int((i.payload as? DType)?.itemSize ?? 0) }
}

/// PyTorch's error for CUDA use in a CPU-only build.
func noCUDA() -> PyError { PyError(AssertionErrorClass, "Torch not compiled with CUDA enabled") }

func checkDevice(_ v: Value) throws(PyError) {
    var type = ""
    switch v {
    case .str(let s): type = s
    case .instance(let i) where i.cls === DeviceClass: type = (i.payload as? String) ?? "cpu"
    case .none: return
    default: throw PyError.typeError("to() received an invalid combination of arguments - got (\(typeName(v)))")
    }
    let kind = type.split(separator: ":").first.map(String.init) ?? type
    if kind == "cuda" { throw noCUDA() }
    if kind != "cpu" && kind != "meta" && kind != "mps" {
        throw PyError.runtimeError("Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: \(type)")
    }
}

func cpuDevice() -> Value { .instance(PyInstance(DeviceClass, payload: "cpu")) }

func defineDevice() {
    DeviceClass.define("__new__", ["cls", "type", "index?"]) { a throws(PyError) in
        var type: String
        switch a["type"] {
        case .str(let s): type = s
        case .instance(let i) where i.cls === DeviceClass: return a["type"]
        default: throw PyError.typeError("device() received an invalid combination of arguments - got (\(typeName(a["type"])))")
        }
        if let i = try a.optionalInt("index") { type += ":\(i)" }
        let kind = type.split(separator: ":").first.map(String.init) ?? type
        let known = ["cpu", "cuda", "mps", "meta", "xpu"]
        guard known.contains(kind) else {
            throw PyError.runtimeError("Expected one of cpu, cuda, ipu, xpu, mkldnn, opengl, opencl, ideep, hip, ve, fpga, maia, xla, lazy, vulkan, mps, meta, hpu, mtia, privateuseone device type at start of device string: \(type)")
        }
        return .instance(PyInstance(DeviceClass, payload: type))
    }
    DeviceClass["__new__"] = DeviceClass["__new__"].map { .staticMethod($0) }
    func parts(_ v: Value) -> (String, Value) {
        guard case .instance(let i) = v, let s = i.payload as? String else { return ("cpu", .none) }
        let p = s.split(separator: ":")
        let index: Value = p.count > 1 ? (Int(p[1]).map { .int($0) } ?? .none) : .none
        return (String(p.first ?? "cpu"), index)
    }
    DeviceClass.define("__repr__", ["self"]) { a throws(PyError) in
        let (type, index) = parts(a[0])
        if case .int(let n) = index { return .str("device(type='\(type)', index=\(n))") }
        return .str("device(type='\(type)')")
    }
    DeviceClass.define("__str__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let s = i.payload as? String else { return .str("cpu") }
        return .str(s)
    }
    DeviceClass.define("__eq__", ["self", "other"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], case .instance(let j) = a["other"] else { return .bool(false) }
        return .bool((i.payload as? String) == (j.payload as? String))
    }
    DeviceClass.defineProperty("type") { i throws(PyError) in .str(parts(.instance(i)).0) }
    DeviceClass.defineProperty("index") { i throws(PyError) in parts(.instance(i)).1 }
}

func generatorPayload(_ v: Value) throws(PyError) -> Generator {
    guard case .instance(let i) = v, let g = i.payload as? Generator else {
        throw PyError.typeError("generator must be a torch.Generator, not \(typeName(v))")
    }
    return g
}

/// The `generator=` argument, or the default generator.
extension Args {
    func generator() throws(PyError) -> Generator {
        guard let v = optional("generator"), !v.isNone else { return defaultGenerator }
        return try generatorPayload(v)
    }
}

/// A Python int as a 64-bit seed (negative seeds wrap, as in PyTorch; up to 2**64 - 1).
func seedValue(_ v: Value, _ interp: Interpreter) throws(PyError) -> UInt64 {
    if case .bigInt(let b) = v {
        guard !b.negative, b.limbs.count == 1, let u = b.limbs.first else { throw bigUnpackError }
        return u
    }
    let n = try interp.toIndex(v)
    return UInt64(bitPattern: Int64(n))
}

private let defaultGeneratorObject = Locked<PyInstance?>(nil)

func defaultGeneratorValue() -> Value {
    .instance(defaultGeneratorObject.withLock { object in
        if let g = object { return g }
        let g = PyInstance(GeneratorClass, payload: defaultGenerator)
        object = g
        return g
    })
}

func defineGenerator() {
    GeneratorClass.define("__new__", ["cls", "device?"]) { _ throws(PyError) in
        .instance(PyInstance(GeneratorClass, payload: Generator()))
    }
    GeneratorClass["__new__"] = GeneratorClass["__new__"].map { .staticMethod($0) }
    GeneratorClass.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { return .str("") }
        return .str("<torch._C.Generator object at \(address(i))>")
    }
    GeneratorClass.define("manual_seed", ["self", "seed"]) { a throws(PyError) in
        try generatorPayload(a[0]).manualSeed(try seedValue(a["seed"], a.interp))
        return a[0]
    }
    GeneratorClass.define("seed", ["self"]) { a throws(PyError) in .int(Int(Int64(bitPattern: try generatorPayload(a[0]).seed()))) }
    GeneratorClass.define("initial_seed", ["self"]) { a throws(PyError) in
        .integer(BigInt(try generatorPayload(a[0]).initialSeed))
    }
    GeneratorClass.defineProperty("device") { _ throws(PyError) in cpuDevice() }
}

func defineNode() {
    NodeClass.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let n = i.payload as? Node else { return .str("") }
        return .str("<\(n.name) object at \(address(n))>")
    }
    NodeClass.define("name", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let n = i.payload as? Node else { return .str("") }
        return .str(n.name)
    }
    NodeClass.defineProperty("next_functions") { i throws(PyError) in
        guard let n = i.payload as? Node else { return .tuple([]) }
        return .tuple(n.nextFunctions.map { .tuple([$0.0.map(wrap) ?? .none, .int($0.1)]) })
    }
    NodeClass.defineProperty("variable") { i throws(PyError) in
        guard let acc = i.payload as? AccumulateGrad else {
            throw PyError.attributeError("'\((i.payload as? Node)?.name ?? "Node")' object has no attribute 'variable'")
        }
        return wrap(acc.variable)
    }
}

/// torch.no_grad / enable_grad / set_grad_enabled: context managers (and decorators) that
/// switch grad mode and restore it on exit.
func defineGradModeClass(_ name: String, enabled: Bool?) -> PyClass {
    let c = PyClass(name: name, module: "torch")
    c.define("__init__", ["self", "mode?"]) { a throws(PyError) in
        guard case .instance(let i) = a[0] else { return .none }
        var flag = true
        if let enabled { flag = enabled } else { flag = try a.bool("mode") }
        // set_grad_enabled takes effect at once, as a function call, and also works with `with`.
        i.payload = (flag, GradMode.isEnabled)
        if enabled == nil { GradMode.isEnabled = flag }
        return .none
    }
    c.define("__enter__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let (flag, _) = i.payload as? (Bool, Bool) else { return .none }
        i.payload = (flag, enabled == nil ? (i.payload as? (Bool, Bool))?.1 ?? true : GradMode.isEnabled)
        GradMode.isEnabled = flag
        return .none
    }
    c.define("__exit__", ["self", "*args"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let (_, saved) = i.payload as? (Bool, Bool) else { return .bool(false) }
        GradMode.isEnabled = saved
        return .bool(false)
    }
    if enabled == nil {
        c.define("__repr__", ["self"]) { a throws(PyError) in
            guard case .instance(let i) = a[0], let (flag, _) = i.payload as? (Bool, Bool) else { return .str("") }
            return .str("torch.autograd.grad_mode.set_grad_enabled(mode=\(flag ? "True" : "False"))")
        }
    }
    c.define("__call__", ["self", "function"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let (flag, _) = i.payload as? (Bool, Bool) else { return .none }
        let function = a["function"]
        return .builtin(PyBuiltin(name: "decorate_context", params: ["*args", "**kwargs"]) { b throws(PyError) in
            let saved = GradMode.isEnabled
            GradMode.isEnabled = flag
            defer { GradMode.isEnabled = saved }
            return try b.interp.call(function, b.positional, kwargs: b.keywords)
        })
    }
    return c
}

import Script
import Tensors

// The Python classes behind torch's objects. They are created once; their methods are defined
// when the torch module loads (defining them again for a new interpreter is harmless).
let TensorClass = PyClass(name: "Tensor", module: "torch")
let ParameterClass = PyClass(name: "Parameter", module: "torch.nn.parameter", bases: [TensorClass])
let SizeClass = extensionClass("Size", module: "torch")
let DTypeClass = extensionClass("dtype", module: "torch")
let DeviceClass = extensionClass("device", module: "torch")
let GeneratorClass = extensionClass("Generator", module: "torch._C")

/// A class that is a C extension type in PyTorch or NumPy: messages name it `module.name`
/// (`'torch.Size' object has no attribute 'foo'`), where Python classes show the bare name.
func extensionClass(_ name: String, module: String, bases: [PyClass] = []) -> PyClass {
    let cls = PyClass(name: name, module: module, bases: bases)
    cls.extensionTypeName = module + "." + name
    return cls
}
let NodeClass = PyClass(name: "Node", module: "torch.autograd.graph")

/// Tensors and autograd nodes remember their live Python object (see PyInstance(_:boundTo:)).
extension LanguageObjectHolder {
    public var boundObject: PyInstance? {
        get { languageObject.map { unsafeDowncast($0, to: PyInstance.self) } }
        set { languageObject = newValue }
    }
}

extension Tensor: BackPointingPayload {}
extension Node: BackPointingPayload {}

/// The Python object of an engine tensor: the live one if there is one (a Parameter stays a
/// Parameter, `x.grad is x.grad`), else a new `Tensor`.
@inline(__always)
func wrap(_ t: Tensor) -> Value {
    if let live = t.boundObject { return .instance(live) }
    return .instance(PyInstance(TensorClass, boundTo: t))
}

func wrap(_ t: Tensor?) -> Value { t.map(wrap) ?? .none }

func wrap(_ ts: [Tensor]) -> Value { .tuple(ts.map(wrap)) }

/// The engine tensor inside a Python value, if it is one.
@inline(__always)
func tensorPayload(_ v: Value) -> Tensor? {
    if case .instance(let i) = v { return i.payload as? Tensor }
    return nil
}

/// One object per dtype, so `x.dtype == torch.float32` and `is` both hold.
private let dtypeObjects = Locked<[DType: PyInstance]>([:])

func wrap(_ d: DType) -> Value {
    .instance(dtypeObjects.withLock { objects in
        if let v = objects[d] { return v }
        let v = PyInstance(DTypeClass, payload: d)
        objects[d] = v
        return v
    })
}

func wrapSize(_ shape: [Int]) -> Value { .instance(PyInstance(SizeClass, payload: shape)) }

/// Classes for grad_fn objects, one per node name (`type(y.grad_fn).__name__` is its name).
private let nodeClasses = Locked<[String: PyClass]>([:])

func wrap(_ node: Node) -> Value {
    if let live = node.boundObject { return .instance(live) }
    let cls = nodeClasses.withLock { classes in
        if let c = classes[node.name] { return c }
        let c = PyClass(name: node.name, module: "torch.autograd.graph", bases: [NodeClass])
        classes[node.name] = c
        return c
    }
    return .instance(PyInstance(cls, boundTo: node))
}

/// A stable fake address for `<... object at 0x...>` reprs.
func address(_ object: AnyObject) -> String {
    "0x" + String(UInt(bitPattern: Unmanaged.passUnretained(object).toOpaque()), radix: 16).leftPadded(to: 12)
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}

/// A backward function: given the gradient of the node's output and which inputs need a
/// gradient, returns one gradient (or nil) per input.
public typealias BackwardFunction = (_ grad: Tensor, _ needsGrad: [Bool]) throws(TensorError) -> [Tensor?]

/// A node of the autograd graph, PyTorch's `grad_fn` (one output per node here).
public class Node: LanguageObjectHolder {
    /// PyTorch's class name, e.g. "AddBackward0".
    public let name: String
    /// PyTorch's `next_functions`: for each input, the node its gradient flows to and that
    /// node's output number; nil for inputs that do not require grad.
    public internal(set) var nextFunctions: [(Node?, Int)]
    var backward: BackwardFunction?
    /// Nodes that keep tensors for backward refuse to run twice without retain_graph.
    let savesTensors: Bool
    var released = false

    // Engine scratch space, valid during one backward pass.
    var pendingGrad: Tensor?
    var dependencies = 0
    /// A non-leaf output that called retain_grad().
    weak var retainedOutput: Tensor?
    /// The language's object for this node while one is alive (`y.grad_fn is y.grad_fn`);
    /// not owned, cleared by the object as it dies (see Tensor.languageObject).
    public unowned(unsafe) var languageObject: AnyObject?
    /// Tensors read by `backward`, checked for in-place changes before it runs.
    var savedVersions: [SavedVersion] = []

    init(name: String, nextFunctions: [(Node?, Int)], savesTensors: Bool, backward: BackwardFunction?) {
        self.name = name
        self.nextFunctions = nextFunctions
        self.savesTensors = savesTensors
        self.backward = backward
    }
}

/// The sink of a leaf tensor's gradient.
public final class AccumulateGrad: Node {
    public let variable: Tensor

    init(variable: Tensor) {
        self.variable = variable
        super.init(name: "AccumulateGrad", nextFunctions: [], savesTensors: false, backward: nil)
    }
}

extension Tensor {
    /// True for tensors whose operations are recorded (PyTorch's `requires_grad`).
    public var requiresGrad: Bool { requiresGradFlag || gradFn != nil }
    public var isLeaf: Bool { gradFn == nil }

    /// PyTorch's `requires_grad_()` / setting `requires_grad`.
    public func setRequiresGrad(_ flag: Bool = true) throws(TensorError) {
        if !isLeaf {
            if flag { return }
            throw .runtime("you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().")
        }
        if flag && !dtype.isFloatingPoint {
            throw .runtime("only Tensors of floating point dtype can require gradients")
        }
        requiresGradFlag = flag
    }

    /// The edge a gradient for this tensor flows along.
    var gradientEdge: (Node?, Int) {
        if let fn = gradFn { return (fn, outputNr) }
        guard requiresGradFlag else { return (nil, 0) }
        if let acc = gradAccumulator { return (acc, 0) }
        let acc = AccumulateGrad(variable: self)
        gradAccumulator = acc
        return (acc, 0)
    }

    /// PyTorch's `retain_grad()`: keep the gradient of a non-leaf after backward.
    public func retainGrad() throws(TensorError) {
        guard requiresGrad else {
            throw .runtime("can't retain_grad on Tensor that has requires_grad=False")
        }
        if let fn = gradFn {
            retainsGrad = true
            fn.retainedOutput = self
        }
    }

    /// A tensor sharing storage but cut from the graph (PyTorch's `detach()`).
    public func detach() -> Tensor {
        let t = Tensor(storage: storage, dtype: dtype, shape: shape, strides: strides, storageOffset: storageOffset)
        t.viewBase = viewBase
        return t
    }

    /// Records `output = op(inputs)` in the graph when grad mode is on and some input requires
    /// grad. Other modules use this for their own differentiable operations.
    /// Errors other than TensorError thrown by `backward` become runtime errors.
    public static func recordOperation(name: String, output: Tensor, inputs: [Tensor],
                                       backward: @escaping (Tensor) throws -> [Tensor?]) {
        guard needsGrad(inputs) else { return }
        output.setHistory(name, inputs, saves: true) { g, _ throws(TensorError) in
            do { return try backward(g) } catch let e as TensorError { throw e } catch {
                throw .runtime("\(error)")
            }
        }
    }

    /// Attaches a new node to this freshly computed tensor.
    /// `saved` lists the inputs the backward formula reads and `savesOutput` whether it reads
    /// this output: their versions are checked before backward runs, as PyTorch's SavedVariable does.
    func setHistory(_ name: String, _ inputs: [Tensor], saves: Bool, saved: [Tensor] = [], savesOutput: Bool = false,
                    _ backward: @escaping BackwardFunction) {
        let node = Node(name: name, nextFunctions: inputs.map { $0.gradientEdge }, savesTensors: saves, backward: backward)
        node.savedVersions = saved.map { SavedVersion($0, output: nil) }
        gradFn = node
        outputNr = 0
        if savesOutput { node.savedVersions.append(SavedVersion(self, output: node)) }
    }
}

/// A tensor a node reads during backward, with the storage version it had when saved.
struct SavedVersion {
    let storage: Storage
    let version: Int
    let shape: [Int]
    let dtype: DType
    /// The tensor, to name its current grad_fn in the message (inputs only).
    weak var tensor: Tensor?
    /// For a saved output, the node that produced it.
    weak var producer: Node?

    init(_ t: Tensor, output: Node?) {
        storage = t.storage
        version = t.storage.version
        shape = t.shape
        dtype = t.dtype
        tensor = output == nil ? t : nil
        producer = output
    }

    /// PyTorch's message when the saved tensor was modified in place since.
    func check() throws(TensorError) {
        guard storage.version != version else { return }
        var what = "[\(dtype.tensorTypeName) \(shapeString(shape))]"
        if let node = producer ?? tensor?.gradFn {
            what += ", which is output 0 of \(node.name.replacing(/Backward\d*$/, with: "")),"
        }
        throw .runtime("one of the variables needed for gradient computation has been modified by an inplace operation: \(what) is at version \(storage.version); expected version \(version) instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).")
    }
}

/// Whether an operation on these inputs must be recorded.
@inline(__always)
func needsGrad(_ inputs: [Tensor]) -> Bool {
    inputs.contains { $0.requiresGrad } && GradMode.isEnabled
}

// The flags are checked before the thread-local grad mode, which costs a lookup.
@inline(__always)
func needsGrad(_ a: Tensor) -> Bool { a.requiresGrad && GradMode.isEnabled }

@inline(__always)
func needsGrad(_ a: Tensor, _ b: Tensor) -> Bool { (a.requiresGrad || b.requiresGrad) && GradMode.isEnabled }

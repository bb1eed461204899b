import Script
import Tensors

// torch.autograd.Function: user-defined operations with their own backward. `apply` runs the
// subclass's forward(ctx, *args) without recording, then records one node named
// "<Class>Backward" whose backward calls the subclass's backward(ctx, grad). One tensor
// output per function, as the engine's nodes have one output.

let FunctionClass = PyClass(name: "Function", module: "torch.autograd.function")
let FunctionCtxClass = PyClass(name: "FunctionCtx", module: "torch.autograd.function")

/// What a custom function's node saved (`ctx.saved_tensors`), for torchviz, which draws them.
/// Held weakly: the node's backward closure owns the ctx, so both go when the graph goes.
private final class SavedContext {
    weak var node: Node?
    weak var ctx: PyInstance?
    init(_ node: Node, _ ctx: PyInstance) { self.node = node; self.ctx = ctx }
}

/// The contexts of live custom nodes, pruned of dead ones as it grows.
private let savedContexts = Locked<(records: [ObjectIdentifier: SavedContext], pruneAt: Int)>(([:], 64))

private func remember(_ ctx: PyInstance, for node: Node) {
    savedContexts.withLock { state in
        if state.records.count >= state.pruneAt {
            state.records = state.records.filter { $0.value.node != nil }
            state.pruneAt = max(64, 2 * state.records.count)
        }
        state.records[ObjectIdentifier(node)] = SavedContext(node, ctx)
    }
}

/// The tensors a custom function's node saved; empty for built-in nodes.
func customSavedTensors(_ node: Node) -> [Tensor] {
    guard let record = savedContexts.withLock({ $0.records[ObjectIdentifier(node)] }), record.node === node,
          let ctx = record.ctx, case .tuple(let saved)? = ctx["saved_tensors"] else { return [] }
    return saved.compactMap(tensorPayload)
}

/// The kind of engine error a Python exception raised in backward turns into.
private func tensorError(_ e: PyError) -> TensorError {
    let kinds: [(PyClass, TensorError.Kind)] = [(NotImplementedErrorClass, .notImplemented), (IndexErrorClass, .index),
                                                (ValueErrorClass, .value), (TypeErrorClass, .type)]
    let kind = kinds.first { e.exceptionClass.isSubclass(of: $0.0) }?.1 ?? .runtime
    return TensorError(kind, e.message)
}

/// Function's and FunctionCtx's methods, defined once per process: the classes are shared by
/// every interpreter, and several may import torch.autograd at once (tests run in parallel).
let autogradFunctionMethods: Void = defineAutogradFunction()

private func defineAutogradFunction() {
    FunctionCtxClass.define("save_for_backward", ["self", "*tensors"]) { a throws(PyError) in
        guard case .instance(let ctx) = a[0] else { return .none }
        ctx["saved_tensors"] = .tuple(a.positional)
        return .none
    }
    FunctionCtxClass.define("mark_non_differentiable", ["self", "*args"]) { _ throws(PyError) in .none }
    FunctionCtxClass.define("mark_dirty", ["self", "*args"]) { _ throws(PyError) in .none }
    FunctionCtxClass.define("set_materialize_grads", ["self", "value"]) { _ throws(PyError) in .none }

    FunctionClass.defineClassMethod("apply", ["cls", "*args", "**kwargs"]) { a throws(PyError) in
        guard case .cls(let cls) = a[0] else { return .none }
        let interp = a.interp
        let args = a.positional
        let ctx = Value.instance(PyInstance(FunctionCtxClass))
        try interp.setAttribute(ctx, "needs_input_grad", .tuple(args.map { .bool(tensorPayload($0)?.requiresGrad ?? false) }))
        try interp.setAttribute(ctx, "saved_tensors", .tuple([]))
        let forward = try interp.getAttribute(.cls(cls), "forward")
        // Newer style: forward(*args) without ctx, then setup_context(ctx, inputs, output).
        let setup = cls.lookup("setup_context")
        let result = try GradMode.withDisabled { () throws(PyError) in
            try interp.call(forward, (setup == nil ? [ctx] : []) + args, kwargs: a.keywords)
        }
        if setup != nil {
            _ = try interp.call(try interp.getAttribute(.cls(cls), "setup_context"), [ctx, .tuple(args), result])
        }
        guard var output = tensorPayload(result) else {
            throw PyError.notImplementedError("Flint's autograd.Function supports forward returning one Tensor, not \(typeName(result))")
        }
        let tensorArgs = args.enumerated().compactMap { i, v in tensorPayload(v).map { (i, $0) } }
        // An input returned as it is gets a tensor of its own to carry the new history.
        if tensorArgs.contains(where: { $0.1 === output }) { output = output.detach() }
        let backward = try interp.getAttribute(.cls(cls), "backward")
        let name = cls.name + "Backward"
        Tensor.recordOperation(name: name, output: output, inputs: tensorArgs.map(\.1)) { g throws(TensorError) in
            do throws(PyError) {
                let r = try interp.call(backward, [ctx, wrap(g)])
                let grads: [Value]
                if case .tuple(let t) = r { grads = t } else { grads = [r] }
                guard grads.count == args.count else {
                    throw PyError.runtimeError("function \(name) returned an incorrect number of gradients (expected \(args.count), got \(grads.count))")
                }
                return tensorArgs.map { i, _ in tensorPayload(grads[i]) }
            } catch {
                throw tensorError(error)
            }
        }
        if let node = output.gradFn, case .instance(let c) = ctx { remember(c, for: node) }
        return wrap(output)
    }
    FunctionClass.defineStatic("forward", ["ctx", "*args", "**kwargs"]) { _ throws(PyError) in
        throw PyError.notImplementedError("You must implement the forward function for custom autograd.Function.")
    }
    FunctionClass.defineStatic("backward", ["ctx", "*grad_outputs"]) { _ throws(PyError) in
        throw PyError.notImplementedError("You must implement either the backward or vjp method for your custom autograd.Function to use it with backward mode AD.")
    }
}

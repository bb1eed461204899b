#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Nodes keep their own output detached (an output → grad_fn → output cycle would leak every
/// graph). When a backward pass is itself recorded (create_graph), the saved output is
/// re-attached to the node that is running, as PyTorch's SavedVariable does when unpacking an
/// output, so higher-order gradients flow through it.
extension Tensor {
    /// This saved output as seen by the running node's backward formula.
    func reattached() -> Tensor {
        guard GradMode.isEnabled, let raw = pthread_getspecific(runningNodeKey) else { return self }
        let t = detach()
        t.gradFn = Unmanaged<Node>.fromOpaque(raw).takeUnretainedValue()
        t.outputNr = 0
        return t
    }
}

/// Runs `body` (a node's backward formula) with `node` marked as the running one.
func whileRunning<R>(_ node: Node, _ body: () throws(TensorError) -> R) throws(TensorError) -> R {
    let previous = pthread_getspecific(runningNodeKey)
    pthread_setspecific(runningNodeKey, Unmanaged.passUnretained(node).toOpaque())
    defer { pthread_setspecific(runningNodeKey, previous) }
    return try body()
}

/// Per thread, like the grad mode: concurrent backward passes do not see each other's nodes.
private let runningNodeKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

import Dispatch

/// Elements below which an elementwise kernel stays on one thread (PyTorch's GRAIN_SIZE).
private let grainSize = 32768

/// Runs an elementwise `kernel` over `inputs` into `out`, split in two halves on two threads
/// when the tensors are large and flat, as PyTorch's parallel_for splits its loops. Each half
/// is a view of contiguous elements, so the kernel runs its ordinary vectorised loop on it;
/// inputs of one element (scalars) are passed whole.
func splitElementwise(_ inputs: [Tensor], into out: Tensor, _ kernel: ([Tensor], Tensor) -> Void) {
    let n = out.numel
    let flat = out.isContiguous && inputs.allSatisfy { $0.numel == 1 || ($0.isContiguous && $0.shape == out.shape) }
    guard flat, n > grainSize, reductionThreads > 1 else { kernel(inputs, out); return }
    let half = (n + 1) / 2
    func chunk(_ t: Tensor, _ c: Int) -> Tensor {
        if t.numel == 1 { return t }
        let start = c * half
        return Tensor(storage: t.storage, dtype: t.dtype, shape: [Swift.min(half, n - start)], strides: [1],
                      storageOffset: t.storageOffset + start)
    }
    let work = { (c: Int) in kernel(inputs.map { chunk($0, c) }, chunk(out, c)) }
    withoutActuallyEscaping(work) { work in
        // The halves write disjoint elements of `out`; nothing else is shared.
        nonisolated(unsafe) let body = work
        DispatchQueue.concurrentPerform(iterations: 2) { c in body(c) }
    }
}

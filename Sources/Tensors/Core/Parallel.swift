#if canImport(Glibc)
import Glibc
#endif

// How PyTorch's at::parallel_for splits a loop, so results that depend on the split (a sum's
// chunk order, a kernel's vectorised tail) come out as PyTorch's.

/// PyTorch's `internal::GRAIN_SIZE`: loops over more elements are split between threads.
let grainSize = 32768
/// PyTorch's default intra-op thread count here: one per core.
let intraOpThreads: Int = max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))

/// parallel_for's split of `n` elements: one contiguous chunk per thread it uses, and a single
/// chunk at or below the grain size.
func parallelChunks(_ n: Int) -> (count: Int, size: Int) {
    let count = n > grainSize ? Swift.min(intraOpThreads, (n + grainSize - 1) / grainSize) : 1
    return (count, (n + count - 1) / count)
}

/// Runs `body(c)` for each c in 0..<count, on the intra-op threads when there are several.
/// The callers' bodies write disjoint memory.
func runConcurrently(_ count: Int, _ body: (Int) -> Void) {
    IntraOpPool.shared.run(count, body)
}

/// Runs an elementwise `kernel` over `inputs` into `out` in parallel_for's chunks when the
/// tensors are large and flat. Each chunk is a view of contiguous elements, so the kernel runs
/// its ordinary vectorised loop on it; inputs of one element (scalars) are passed whole.
func splitElementwise(_ inputs: [Tensor], into out: Tensor, _ kernel: ([Tensor], Tensor) -> Void) {
    let n = out.numel
    let chunks = parallelChunks(n)
    let flat = out.isContiguous && inputs.allSatisfy { $0.numel == 1 || ($0.isContiguous && $0.shape == out.shape) }
    guard flat, chunks.count > 1 else { kernel(inputs, out); return }
    func chunk(_ t: Tensor, _ c: Int) -> Tensor {
        if t.numel == 1 { return t }
        let start = c * chunks.size
        return Tensor(storage: t.storage, dtype: t.dtype, shape: [Swift.min(chunks.size, n - start)], strides: [1],
                      storageOffset: t.storageOffset + start)
    }
    runConcurrently(chunks.count) { c in kernel(inputs.map { chunk($0, c) }, chunk(out, c)) }
}

import Dispatch

/// Elements below which a flat elementwise loop stays on one thread (PyTorch's GRAIN_SIZE).
let parallelGrain = 32768

/// Runs `body` over 0..<n, split into one contiguous chunk per core when n is large, as
/// PyTorch's parallel_for does for elementwise kernels. Each index is written by one chunk.
@inline(__always)
func parallelChunks(_ n: Int, _ body: (Range<Int>) -> Void) {
    let chunks = Swift.min(reductionThreads, n / parallelGrain)
    if chunks <= 1 { body(0..<n); return }
    let size = (n + chunks - 1) / chunks
    withoutActuallyEscaping(body) { body in
        // The chunks write disjoint ranges of one output, so sharing the loop body is safe.
        nonisolated(unsafe) let work = body
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * size
            work(start..<Swift.min(n, start + size))
        }
    }
}

#if canImport(Glibc)
import Glibc
import CBLAS
#elseif canImport(Darwin)
import Darwin
#endif

/// Untyped memory shared by a tensor and all its views. The version counter is shared too,
/// as in PyTorch, so in-place writes through any view are seen by saved-tensor checks.
public final class Storage: @unchecked Sendable {
    public let bytes: UnsafeMutableRawPointer
    public let byteCount: Int
    public internal(set) var version = 0

    /// Zero-filled memory, or uninitialised memory for outputs a kernel overwrites entirely
    /// (buffers reused from the heap would otherwise be cleared for nothing).
    init(byteCount: Int, zeroed: Bool = true) throws(TensorError) {
        _ = heapTuning
        self.byteCount = byteCount
        // calloc(0) may return nil; ask for at least one byte so the pointer is always valid.
        guard byteCount >= 0, let p = zeroed ? calloc(Swift.max(byteCount, 1), 1) : malloc(Swift.max(byteCount, 1)) else {
            throw .runtime("[enforce fail at alloc_cpu.cpp:127] err == 0. DefaultCPUAllocator: can't allocate memory: you tried to allocate \(byteCount) bytes. Error code 12 (Cannot allocate memory)")
        }
        self.bytes = p
    }

    deinit { free(bytes) }

    func pointer<T>(_: T.Type) -> UnsafeMutablePointer<T> { bytes.assumingMemoryBound(to: T.self) }
}

/// Training loops free and reallocate the same large buffers every step. glibc would serve each
/// from a fresh mmap (page faults every time) or trim the heap back to the kernel; keeping
/// buffers up to 64 MiB in the heap, and trimming only past 512 MiB free, cuts that system
/// time (about 20% of an MLP's wall time here). A single arena matters as much: the interpreter
/// runs on a thread of its own, whose arena would be made of 64 MiB sub-heaps that glibc unmaps
/// as soon as they empty, so a few 16 MiB tensors page-faulted afresh on every op (4x slower).
/// The arena setting only binds threads that have not allocated yet, so programs call
/// `tuneHeap()` first thing; the first storage calls it otherwise.
public func tuneHeap() { _ = heapTuning }

private let heapTuning: Void = {
    #if canImport(Glibc) && canImport(CBLAS)
    _ = mallopt(M_ARENA_MAX, 1)
    _ = mallopt(M_MMAP_THRESHOLD, 64 << 20)
    _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
    #endif
}()

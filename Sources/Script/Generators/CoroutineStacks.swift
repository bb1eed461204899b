// Stacks for coroutines: address space reserved with a guard page below it, committed by the
// kernel page by page as the body touches it, and reused (a generator per loop must not cost an
// mmap and fresh page faults each time).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One coroutine stack: `base` is the lowest address (the guard page), `top` the highest.
struct CoroutineStack {
    let base: UnsafeMutableRawPointer
    let size: Int
    var top: UnsafeMutableRawPointer { base + size }
    /// The lowest address the interpreter may recurse down to, leaving room for native code
    /// (as `stackLimitBelow` does for the thread's own stack).
    var limit: UInt { UInt(bitPattern: base) + UInt(CoroutineStacks.guardSize + CoroutineStacks.nativeMargin) }
}

/// The stacks of one interpreter's generators (one thread's: not synchronised).
final class CoroutineStacks {
    /// Reserved per stack: the interpreter recurses once per Python call and expression level, and a
    /// generator body may recurse to the recursion limit. Untouched pages cost no memory.
    static let stackSize = 256 << 20
    static let guardSize = 64 << 10
    static let nativeMargin = 256 << 10
    /// Stacks kept for reuse; beyond these, finished generators' stacks are unmapped.
    static let keep = 16
    /// Every this many stacks taken back, the kept ones return their deeper pages to the kernel (a
    /// deep recursion inside one generator should not pin its memory; trimming at every return
    /// would cost a system call per generator).
    static let trimInterval = 256
    static let keptCommitted = 256 << 10

    private var free: [CoroutineStack] = []
    private(set) var mapped = 0
    private var returned = 0

    /// A stack, or nil when the system refuses more address space or mappings.
    func take() -> CoroutineStack? {
        if let s = free.popLast() { return s }
        let size = Self.stackSize
        guard let p = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0),
              p != MAP_FAILED else { return nil }
        guard mprotect(p, Self.guardSize, PROT_NONE) == 0 else { munmap(p, size); return nil }
        mapped += 1
        return CoroutineStack(base: p, size: size)
    }

    /// Takes back a stack nothing runs on any more.
    func give(_ s: CoroutineStack) {
        guard free.count < Self.keep else { release(s); return }
        free.append(s)
        returned &+= 1
        if returned % Self.trimInterval == 0 {
            for kept in free {
                _ = madvise(kept.base + Self.guardSize, kept.size - Self.guardSize - Self.keptCommitted, MADV_DONTNEED)
            }
        }
    }

    private func release(_ s: CoroutineStack) {
        munmap(s.base, s.size)
        mapped -= 1
    }

    deinit { for s in free { release(s) } }
}

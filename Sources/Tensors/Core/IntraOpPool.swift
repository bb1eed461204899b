#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// The threads that run a split kernel's chunks, kept the way PyTorch's OpenMP runtime keeps
/// its own: chunk c always goes to the same thread (so each core finds its half of a large
/// tensor still in its cache on the next op), and an idle worker spins for a short while before
/// it sleeps, so the back-to-back kernels of a training step start without a wake-up. Handing
/// chunks to a dispatch queue instead made two threads slower than one on 1M-float ops.
final class IntraOpPool: @unchecked Sendable {
    static let shared = IntraOpPool(workers: intraOpThreads - 1)

    /// How long an idle worker polls for the next job before it sleeps.
    private static let spinNanoseconds = 200_000

    private let workers: Int
    /// Workers whose threads started (a failed pthread_create leaves chunks to the caller).
    private let live = Atomic<Int>(0)
    /// Bumped once per job; workers wait for it to change.
    private let generation = Atomic<Int>(0)
    /// Workers that have not yet finished with the current job. Every worker checks in, even
    /// one without a chunk, so none can still be reading a job when the next is written.
    private let pending = Atomic<Int>(0)
    /// Set while a job runs: a nested or concurrent caller runs its chunks itself.
    private let busy = Atomic<Bool>(false)
    private let sleepers = Atomic<Int>(0)
    private let started = Atomic<Bool>(false)
    /// The current job, written before `generation` is bumped (release) and read after a
    /// worker sees the new generation (acquire).
    private var body: ((Int) -> Void)?
    private var chunkCount = 0
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private let wake: UnsafeMutablePointer<pthread_cond_t>

    private init(workers: Int) {
        self.workers = Swift.max(0, workers)
        lock = .allocate(capacity: 1)
        wake = .allocate(capacity: 1)
        pthread_mutex_init(lock, nil)
        pthread_cond_init(wake, nil)
    }

    /// Runs `body(c)` for c in 0..<count: chunk 0 on the calling thread, chunk c on worker c.
    func run(_ count: Int, _ body: (Int) -> Void) {
        if count > 1 { startWorkers() }
        let helpers = live.load(ordering: .acquiring)
        guard count > 1, count <= helpers + 1,
              busy.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else {
            for c in 0..<count { body(c) }
            return
        }
        withoutActuallyEscaping(body) { body in
            self.body = body
            chunkCount = count
            pending.store(helpers, ordering: .relaxed)
            generation.add(1, ordering: .sequentiallyConsistent)
            if sleepers.load(ordering: .sequentiallyConsistent) > 0 {
                pthread_mutex_lock(lock)
                pthread_cond_broadcast(wake)
                pthread_mutex_unlock(lock)
            }
            body(0)
            while pending.load(ordering: .acquiring) > 0 {}
            self.body = nil
        }
        busy.store(false, ordering: .releasing)
    }

    private func startWorkers() {
        guard workers > 0, started.compareExchange(expected: false, desired: true, ordering: .relaxed).exchanged else { return }
        // Workers start from the generation before their first job, whenever they get to run.
        let first = generation.load(ordering: .relaxed)
        for w in 1...workers {
            let context = Unmanaged.passRetained(WorkerStart(pool: self, index: w, seen: first)).toOpaque()
            var thread = pthread_t()
            if pthread_create(&thread, nil, { context in
                let start = Unmanaged<WorkerStart>.fromOpaque(context!).takeRetainedValue()
                start.pool.work(index: start.index, seen: start.seen)
            }, context) == 0 {
                pthread_detach(thread)
                live.add(1, ordering: .releasing)
            } else {
                Unmanaged<WorkerStart>.fromOpaque(context).release()
                return
            }
        }
    }

    private func work(index: Int, seen: Int) -> Never {
        var seen = seen
        while true {
            seen = waitForJob(after: seen)
            if index < chunkCount, let body { body(index) }
            pending.subtract(1, ordering: .releasing)
        }
    }

    /// Spins, then sleeps, until the generation moves past `seen`; returns the new one.
    private func waitForJob(after seen: Int) -> Int {
        let deadline = monotonicNanoseconds() + Self.spinNanoseconds
        var polls = 0
        while true {
            let g = generation.load(ordering: .acquiring)
            if g != seen { return g }
            // Yielding keeps a spinning worker from holding a core OpenBLAS's threads need.
            sched_yield()
            polls += 1
            if polls % 16 == 0 && monotonicNanoseconds() > deadline { break }
        }
        pthread_mutex_lock(lock)
        sleepers.add(1, ordering: .sequentiallyConsistent)
        var g = generation.load(ordering: .sequentiallyConsistent)
        while g == seen {
            pthread_cond_wait(wake, lock)
            g = generation.load(ordering: .sequentiallyConsistent)
        }
        sleepers.subtract(1, ordering: .sequentiallyConsistent)
        pthread_mutex_unlock(lock)
        return g
    }
}

private final class WorkerStart {
    let pool: IntraOpPool
    let index: Int
    let seen: Int
    init(pool: IntraOpPool, index: Int, seen: Int) { self.pool = pool; self.index = index; self.seen = seen }
}

private func monotonicNanoseconds() -> Int {
    var t = timespec()
    clock_gettime(CLOCK_MONOTONIC, &t)
    return t.tv_sec * 1_000_000_000 + t.tv_nsec
}

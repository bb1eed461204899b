import Testing
import Synchronization
@testable import Tensors

// The intra-op pool runs chunk 0 on the caller and chunk c on worker c; every chunk must run
// exactly once per job, also when jobs come back to back, nest, or arrive from two threads.
@Suite struct IntraOpPoolTests {
    /// Runs `jobs` jobs of `intraOpThreads` chunks and counts how often each chunk ran.
    private func runJobs(_ jobs: Int) -> [Int] {
        let counts = Mutex(Array(repeating: 0, count: intraOpThreads))
        for _ in 0..<jobs {
            runConcurrently(intraOpThreads) { c in counts.withLock { $0[c] += 1 } }
        }
        return counts.withLock { $0 }
    }

    @Test func everyChunkRunsOncePerJob() {
        #expect(runJobs(20_000) == Array(repeating: 20_000, count: intraOpThreads))
    }

    @Test func nestedJobsRunOnTheCaller() {
        let inner = Atomic<Int>(0)
        runConcurrently(2) { _ in
            runConcurrently(2) { _ in inner.add(1, ordering: .relaxed) }
        }
        #expect(inner.load(ordering: .relaxed) == 4)
    }

    @Test func jobsFromTwoThreadsBothComplete() async {
        async let a = Task.detached { runJobs(5_000) }.value
        async let b = Task.detached { runJobs(5_000) }.value
        let (ca, cb) = await (a, b)
        #expect(ca == Array(repeating: 5_000, count: intraOpThreads))
        #expect(cb == Array(repeating: 5_000, count: intraOpThreads))
    }

    @Test func workersSleepAndWakeAgain() async throws {
        #expect(runJobs(10) == Array(repeating: 10, count: intraOpThreads))
        try await Task.sleep(for: .milliseconds(20))  // past the spin, so workers are asleep
        #expect(runJobs(10) == Array(repeating: 10, count: intraOpThreads))
    }
}

#if canImport(Glibc)
import Glibc
#endif

/// A value shared by every interpreter in the process (caches of Python objects), behind a
/// mutex: several interpreters may run at once on different threads, as the tests do.
final class Locked<T>: @unchecked Sendable {
    private var value: T
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init(_ value: T) {
        self.value = value
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    func withLock<R>(_ body: (inout T) -> R) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return body(&value)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Whether operations record the autograd graph (PyTorch's `torch.is_grad_enabled()`).
/// The flag is per thread, as in PyTorch, so concurrent users (tests) do not disturb each other.
public enum GradMode {
    public static var isEnabled: Bool {
        get { pthread_getspecific(gradModeKey) == nil }
        set { pthread_setspecific(gradModeKey, newValue ? nil : UnsafeRawPointer(bitPattern: 1)) }
    }

    /// Runs `body` with recording off, as `with torch.no_grad():`.
    public static func withDisabled<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        let saved = isEnabled
        isEnabled = false
        defer { isEnabled = saved }
        return try body()
    }
}

/// The thread-local slot: no value means enabled, the default on every thread.
private let gradModeKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()

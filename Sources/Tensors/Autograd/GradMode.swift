/// Whether operations record the autograd graph (PyTorch's `torch.is_grad_enabled()`).
/// The interpreter is single-threaded, so one global flag is enough.
public enum GradMode {
    nonisolated(unsafe) public static var isEnabled = true

    /// Runs `body` with recording off, as `with torch.no_grad():`.
    public static func withDisabled<R, E: Error>(_ body: () throws(E) -> R) throws(E) -> R {
        let saved = isEnabled
        isEnabled = false
        defer { isEnabled = saved }
        return try body()
    }
}

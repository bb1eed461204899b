import Glibc

/// Chooses the interpreter behind the shell: the real one, or the echo double when
/// `FLINT_RUNNER=echo` (for working on the shell without the language).
public enum Runners {
    /// `arguments` become `sys.argv`.
    public static func make(arguments: [String] = [""]) -> CodeRunner {
        if let name = getenv("FLINT_RUNNER"), String(cString: name) == "echo" {
            return EchoRunner()
        }
        return ScriptRunner(arguments: arguments)
    }
}

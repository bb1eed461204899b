import CLineEdit
import Glibc
import Script

/// `_flint_terminal`: what the progress bar and the terminal plots need to know about the
/// terminal, so they draw only there and never into files, pipes or transcripts.
enum TerminalModule {
    static func make() -> PyModule {
        let module = PyModule(name: "_flint_terminal")
        module.define("is_terminal", ["fd"]) { a throws(PyError) in
            .bool(isatty(Int32(truncatingIfNeeded: try a.int(0))) != 0)
        }
        module.define("columns", ["fd"]) { a throws(PyError) in
            let columns = Int(flint_terminal_columns(Int32(truncatingIfNeeded: try a.int(0))))
            return .int(columns > 0 ? columns : 80)
        }
        module.define("write_stderr", ["text"]) { a throws(PyError) in
            Console.writeError(try a.string(0))
            return .none
        }
        return module
    }
}

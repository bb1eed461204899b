import Script

/// Python modules the shell adds for the terminal: `tqdm`, `matplotlib.pyplot`, and their
/// native helpers `_flint_files` (writes only the path the program names), `_flint_terminal`
/// and `_flint_plot`. Installed before the bindings, so a binding of the same name replaces them.
enum ShellModules {
    static func install(in interpreter: Interpreter) {
        interpreter.registerModule("_flint_files") { _ throws(PyError) in files() }
        interpreter.registerModule("_flint_terminal") { _ throws(PyError) in TerminalModule.make() }
        interpreter.registerModule("_flint_plot") { _ throws(PyError) in PlotModule.make() }
        for (name, source) in matplotlibSources { interpreter.registerSourceModule(name, source: source) }
        interpreter.registerSourceModule("tqdm", source: tqdmSource)
        interpreter.registerSourceModule("tqdm.auto", source: "from tqdm import tqdm, trange\n")
    }

    private static func files() -> PyModule {
        let module = PyModule(name: "_flint_files")
        module.define("write_text", ["path", "text"]) { a throws(PyError) in
            let path = try a.string(0), text = try a.string(1)
            do throws(Files.Failure) {
                try Files.writeAtomically(text, to: path)
            } catch {
                throw PyError(OSErrorClass, "[Errno \(error.reason)] '\(path)'")
            }
            return .none
        }
        return module
    }
}

import Script

/// `sys.argv` is the shell's to give: it sets it on the language's `sys` module, or, while the
/// language has none, registers a small one (argv, platform, maxsize, version).
enum SystemModule {
    static func install(in interpreter: Interpreter, arguments: [String]) {
        let argv = Value.list(PyList(arguments.map(Value.str)))
        if let existing = try? interpreter.importModule("sys") {
            existing["argv"] = argv
            return
        }
        interpreter.registerModule("sys") { _ throws(PyError) in
            let module = PyModule(name: "sys")
            module["argv"] = argv
            module["platform"] = .str("linux")
            module["maxsize"] = .int(Int.max)
            module["version"] = .str("3.11 (Flint \(flintVersion))")
            return module
        }
    }
}

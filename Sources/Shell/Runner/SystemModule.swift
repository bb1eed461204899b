import Script

/// `sys.argv` is the shell's to give: the language's `sys` gets the program's arguments.
enum SystemModule {
    static func install(in interpreter: Interpreter, arguments: [String]) {
        (try? interpreter.importModule("sys"))?["argv"] = .list(PyList(arguments.map(Value.str)))
    }
}

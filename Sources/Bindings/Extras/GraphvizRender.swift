import Glibc
import Script

// Digraph.render: saves the source, then runs Graphviz's layout program (`dot -Tpng -O file`)
// as the graphviz package does, raising its errors when the program is missing or fails.

let ExecutableNotFoundClass = PyClass(name: "ExecutableNotFound", module: "graphviz.backend.execute", bases: [RuntimeErrorClass])
let CalledProcessErrorClass = PyClass(name: "CalledProcessError", module: "graphviz.backend.execute", bases: [ExceptionClass])

/// Runs `arguments` (the program first, found on PATH) and waits; returns its exit status.
private func run(_ arguments: [String]) throws(PyError) -> Int32 {
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    defer { for p in argv { free(p) } }
    var pid = pid_t()
    let spawned = posix_spawnp(&pid, arguments[0], nil, nil, &argv, environ)
    guard spawned == 0 else {
        throw PyError(ExecutableNotFoundClass, "failed to execute PosixPath('\(arguments[0])'), make sure the Graphviz executables are on your systems' PATH")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    // WIFEXITED / WEXITSTATUS, which Swift does not import.
    return status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
}

extension DotGraph {
    /// Saves the source and renders it; returns the path of the rendered file.
    func render(format: String, engine: String, outfile: String?, cleanup: Bool) throws(PyError) -> String {
        let source = filepath
        BinaryFile.makeParentDirectories(source)
        try BinaryFile.write(Array(try self.source().utf8), to: source)
        let output = outfile ?? source + "." + format
        let command = ["dot", "-K\(engine)", "-T\(format)"] + (outfile.map { ["-o", $0, source] } ?? ["-O", source])
        let status = try run(command)
        guard status == 0 else {
            let shown = ["PosixPath('dot')"] + command.dropFirst().map { "'\($0)'" }
            throw PyError(CalledProcessErrorClass, "Command '[\(shown.joined(separator: ", "))]' returned non-zero exit status \(status).")
        }
        if cleanup { unlink(source) }
        return output
    }
}

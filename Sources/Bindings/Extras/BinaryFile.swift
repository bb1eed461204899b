import Glibc
import Script

/// Whole-file reads and writes over libc for torch.save/load and Digraph.save, raising the
/// OSError subclasses Python raises (`[Errno 2] No such file or directory: 'x.pt'`).
enum BinaryFile {
    static func read(_ path: String) throws(PyError) -> [UInt8] {
        guard let file = fopen(path, "rb") else { throw osError(path) }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count > 0 { bytes += chunk[0..<count] }
            if count < chunk.count { break }
        }
        if ferror(file) != 0 { throw osError(path) }
        return bytes
    }

    static func write(_ bytes: [UInt8], to path: String) throws(PyError) {
        guard let file = fopen(path, "wb") else { throw osError(path) }
        let written = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        let closed = fclose(file)
        guard written == bytes.count, closed == 0 else { throw osError(path) }
    }

    /// Creates the directories leading to `path` (graphviz's save does this).
    static func makeParentDirectories(_ path: String) {
        var prefix = ""
        let parts = path.split(separator: "/", omittingEmptySubsequences: false).dropLast()
        for (i, part) in parts.enumerated() {
            prefix += (i == 0 ? "" : "/") + part
            if !prefix.isEmpty { mkdir(prefix, 0o777) }
        }
    }

    private static func osError(_ path: String) -> PyError {
        let code = errno
        let cls = code == ENOENT ? FileNotFoundErrorClass : OSErrorClass
        return PyError(cls, "[Errno \(code)] \(String(cString: strerror(code))): '\(path)'")
    }
}

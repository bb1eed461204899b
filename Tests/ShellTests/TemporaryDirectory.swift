import Glibc
@testable import Shell

/// A fresh directory under /tmp for one test, removed with its files afterwards.
final class TemporaryDirectory {
    let path: String

    init() {
        var template = Array("/tmp/flint-test-XXXXXX".utf8CString)
        let made = template.withUnsafeMutableBufferPointer { buffer in buffer.baseAddress.flatMap { mkdtemp($0) } }
        path = made.map { String(cString: $0) } ?? "/tmp"
    }

    func file(_ name: String, _ text: String) throws -> String {
        let file = path + "/" + name
        try Files.writeAtomically(text, to: file)
        return file
    }

    deinit {
        for file in Files.walk(path) { unlink(file) }
        rmdir(path)
    }
}

import Glibc
import Testing
@testable import Shell

/// Tracebacks name a script by its absolute path, as python3 does since 3.9.
@Test func scriptsAreNamedByAbsolutePath() {
    var buffer = [CChar](repeating: 0, count: 4096)
    let cwd = getcwd(&buffer, buffer.count).map { String(cString: $0) } ?? "/"
    let prefix = cwd == "/" ? "/" : cwd + "/"
    #expect(Programs.absolute("lesson.py") == prefix + "lesson.py")
    #expect(Programs.absolute("./lesson.py") == prefix + "lesson.py")
    #expect(Programs.absolute("/tmp/lesson.py") == "/tmp/lesson.py")
}

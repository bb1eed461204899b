import Glibc

/// The built `flint` next to this test binary, if `swift build` made it.
let flintBinary: String? = {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlink("/proc/self/exe", &buffer, buffer.count - 1)
    guard count > 0 else { return nil }
    var path = String(decoding: buffer[0..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    // …/debug/FlintPackageTests.xctest → …/debug/flint
    while let slash = path.lastIndex(of: "/"), !path.hasSuffix("/debug") && !path.hasSuffix("/release") {
        path = String(path[..<slash])
        if path.isEmpty { return nil }
    }
    let binary = path + "/flint"
    return access(binary, X_OK) == 0 ? binary : nil
}()

import Testing
import Foundation
@testable import Script

@Test func scratch() {
    let dir = "/tmp/cases"
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    for f in files where f.hasSuffix(".py") {
        guard let src = try? String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8) else { continue }
        let interp = Interpreter()
        var out = ""
        interp.output = { out += $0 }
        let mode: RunMode = f.hasPrefix("i_") ? .interactive : .file
        if let e = interp.run(src, mode: mode) { out += e.formatted() + "\n" }
        try? out.write(toFile: "\(dir)/\(f).flint", atomically: true, encoding: .utf8)
    }
}

@Test func scratchParse() {
    let dir = "/work/shared/lectures/cells"
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    var report = ""
    for f in files.sorted() where f.hasSuffix(".py") {
        guard let src = try? String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8) else { continue }
        do throws(PyError) {
            let body = try Parser.parse(src)
            let scope = try ScopeBuilder.build(body)
            var c = Compiler(interp: Interpreter(), module: PyModule(name: "m"), file: f, scope: scope)
            _ = try c.block(body)
        } catch {
            report += "\(f): \(error.formatted())\n"
        }
    }
    try? report.write(toFile: "/tmp/parse.out", atomically: true, encoding: .utf8)
}

@Test func scratchSyntax() {
    let dir = "/tmp/syn"
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    for f in files where f.hasSuffix(".py") {
        guard let src = try? String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8) else { continue }
        let interp = Interpreter()
        var out = ""
        interp.output = { out += $0 }
        if let e = interp.run(src, mode: .interactive) { out += e.formatted() + "\n" }
        try? out.write(toFile: "\(dir)/\(f).flint", atomically: true, encoding: .utf8)
    }
}

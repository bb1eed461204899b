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

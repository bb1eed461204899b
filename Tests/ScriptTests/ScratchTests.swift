import Testing
import Foundation
@testable import Script

@Test func scratch() {
    guard let src = try? String(contentsOfFile: "/tmp/scratch.py", encoding: .utf8) else { return }
    let interp = Interpreter()
    var out = ""
    interp.output = { out += $0 }
    let mode: RunMode = ProcessInfo.processInfo.environment["INTERACTIVE"] != nil ? .interactive : .file
    if let e = interp.run(src, mode: mode) { out += e.formatted() + "\n" }
    try? out.write(toFile: "/tmp/scratch.out", atomically: true, encoding: .utf8)
}

import Testing
import Foundation
import Script

@Test func benchScratch() {
    guard let path = ProcessInfo.processInfo.environment["FLINT_BENCH"],
          let src = try? String(contentsOfFile: path, encoding: .utf8) else { return }
    let interp = Interpreter()
    if let e = interp.run(src) { print(e.formatted()) }
}

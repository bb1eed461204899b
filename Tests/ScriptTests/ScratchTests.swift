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

@Test func scratchFuzz() {
    guard ProcessInfo.processInfo.environment["FLINT_FUZZ"] != nil else { return }
    let dir = "/tmp/cases"
    guard let files = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
    var rng = SystemRandomNumberGenerator()
    let alphabet = Array("()[]{}:;,.=+-*/%<>!'\"\\\n \tabcxyz0129#@_fr")
    for f in files where f.hasSuffix(".py") {
        guard let src = try? String(contentsOfFile: "\(dir)/\(f)", encoding: .utf8) else { continue }
        let chars = Array(src)
        for round in 0..<150 {
            var mutated = chars
            for _ in 0..<(1 + round % 5) {
                guard !mutated.isEmpty else { break }
                let i = Int.random(in: 0..<mutated.count, using: &rng)
                switch Int.random(in: 0..<3, using: &rng) {
                case 0: mutated.remove(at: i)
                case 1: mutated.insert(alphabet.randomElement(using: &rng) ?? " ", at: i)
                default: mutated[i] = alphabet.randomElement(using: &rng) ?? " "
                }
            }
            let text = String(mutated)
            try? text.write(toFile: "/tmp/fuzz_current.py", atomically: true, encoding: .utf8)
            let interp = Interpreter()
            var polls = 0
            interp.interruptRequested = { polls += 1; return polls > 2000 }
            interp.output = { _ in }
            _ = interp.run(text, mode: round % 2 == 0 ? .interactive : .file)
            _ = interp.checkCompleteness(text)
        }
    }
}

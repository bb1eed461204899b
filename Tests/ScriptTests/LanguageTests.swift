import Testing
@testable import Script

/// Runs source in a fresh interpreter and returns what it printed (plus the error line, if any).
func output(of source: String, mode: RunMode = .file) -> String {
    let interp = Interpreter()
    var out = ""
    interp.output = { out += $0 }
    if let e = interp.run(source, mode: mode) { out += e.formatted() + "\n" }
    return out
}

@Test func arithmetic() {
    #expect(output(of: "print(1 + 2 * 3, 7 // 2, -7 // 2, 7 % -3, 2 ** 10, 1 / 4)") == "7 3 -4 -2 1024 0.25\n")
}

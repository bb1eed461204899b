import Testing
@testable import Script

/// `exit(n)` and `sys.exit(n)` raise SystemExit carrying n, which the shell turns into the
/// process status (an uncaught `exit(3)` must not end with status 0).
@Test(arguments: ["exit(3)", "import sys\nsys.exit(3)", "quit(3)"])
func systemExitCarriesItsStatus(_ source: String) {
    let error = Interpreter().run(source)
    #expect(error?.exceptionClass === SystemExitClass)
    #expect(error?.message == "3")
}

@Test func bareExitHasNoStatus() {
    let error = Interpreter().run("exit()")
    #expect(error?.exceptionClass === SystemExitClass)
    #expect(error?.message == "")
}

/// Dropping a very deep list must not recurse once per level (that overflowed the stack).
@Test func deepNestedListIsFreedWithoutCrashing() {
    let source = "x = []\nfor i in range(200000):\n    x = [x]\nx = None\n"
    #expect(Interpreter().run(source) == nil)
}

import Testing
@testable import Script

/// Feeds chunks to one interpreter as the REPL does; errors are printed and the session goes on.
private func session(_ chunks: [String]) -> String {
    let interp = Interpreter()
    var out = ""
    interp.output = { out += $0 }
    for chunk in chunks {
        if let e = interp.run(chunk, mode: .interactive) { out += e.formatted() + "\n" }
    }
    return out
}

@Test func interactiveEchoesExpressionValues() {
    // Expected output recorded from `python3 -i` (3.11).
    #expect(session(["1 + 1", "None", "\"a\"", "x = 5", "x", "[x, x]", "print(\"p\")", "_"]) == "2\n'a'\n5\n[5, 5]\np\n[5, 5]\n")
}

@Test func errorsLeaveStateUsable() {
    let out = session(["a = [1, 2]", "a[5]", "def f(n):\n    return 10 // n\n", "f(0)", "a.append(3)", "a", "print((1)"])
    #expect(out == """
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
    IndexError: list index out of range
    Traceback (most recent call last):
      File "<stdin>", line 1, in <module>
      File "<stdin>", line 2, in f
    ZeroDivisionError: integer division or modulo by zero
    [1, 2, 3]
      File "<stdin>", line 1
        print((1)
             ^
    SyntaxError: '(' was never closed

    """)
}

@Test func fileModeDoesNotEcho() {
    #expect(output(of: "1 + 1\nx = 3\nx") == "")
}

@Test func completeness() {
    let interp = Interpreter()
    #expect(interp.checkCompleteness("x = 1") == .complete)
    #expect(interp.checkCompleteness("print((1,") == .incomplete)
    #expect(interp.checkCompleteness("for i in range(3):") == .incomplete)
    #expect(interp.checkCompleteness("for i in range(3):\n    print(i)") == .incomplete)
    #expect(interp.checkCompleteness("for i in range(3):\n    print(i)\n") == .complete)
    #expect(interp.checkCompleteness("if x:\n    pass\nelse:") == .incomplete)
    #expect(interp.checkCompleteness("def f(): return 1") == .incomplete)
    #expect(interp.checkCompleteness("s = '''abc") == .incomplete)
    #expect(interp.checkCompleteness("x = 1 + \\") == .incomplete)
    #expect(interp.checkCompleteness("x = )") == .invalid)
    #expect(interp.checkCompleteness("x = 1 +") == .invalid)
    #expect(interp.checkCompleteness("print(1 2") == .invalid)
    #expect(interp.checkCompleteness("if x:\n    # just a comment") == .incomplete)
    #expect(interp.checkCompleteness("x = [1,\n 2,") == .incomplete)
    #expect(interp.checkCompleteness("@decorator") == .incomplete)
    #expect(interp.checkCompleteness("model = nn.Sequential(\n    nn.Linear(4, 2),\n    nn.Linear(2, 1)\n)") == .complete)
}

@Test func syntaxErrorMessages() {
    // Last lines of CPython 3.11's reports for the same input.
    let cases: [(String, String)] = [
        ("print((1)", "SyntaxError: '(' was never closed"),
        ("x = [1, 2]]", "SyntaxError: unmatched ']'"),
        ("print(\"abc)", "SyntaxError: unterminated string literal (detected at line 1)"),
        ("x = 1 +", "SyntaxError: invalid syntax"),
        ("if x", "SyntaxError: expected ':'"),
        ("def f(:", "SyntaxError: invalid syntax"),
        ("for i in range(3):\nprint(i)", "IndentationError: expected an indented block after 'for' statement on line 1"),
        ("  x = 1", "IndentationError: unexpected indent"),
        ("1 = x", "SyntaxError: cannot assign to literal here. Maybe you meant '==' instead of '='?"),
        ("x = \"\"\"abc", "SyntaxError: unterminated triple-quoted string literal (detected at line 1)"),
        ("print \"hi\"", "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"),
        ("a b", "SyntaxError: invalid syntax"),
        ("return 5", "SyntaxError: 'return' outside function"),
        ("class A:\n    def f(self):\n        pass\n      x = 1", "IndentationError: unindent does not match any outer indentation level"),
        ("x = [1, 2)", "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['"),
        ("break", "SyntaxError: 'break' outside loop"),
        ("print(1 2)", "SyntaxError: invalid syntax. Perhaps you forgot a comma?"),
    ]
    for (source, expected) in cases {
        let interp = Interpreter()
        let last = interp.run(source, mode: .interactive)?.formatted().split(separator: "\n").last.map(String.init)
        #expect(last == expected, "\(source)")
    }
}

@Test func interruptRaisesKeyboardInterrupt() {
    let interp = Interpreter()
    var polls = 0
    interp.interruptRequested = { polls += 1; return polls > 3 }
    let e = interp.run("while True:\n    pass\n")
    #expect(e?.exceptionClass === KeyboardInterruptClass)
    interp.interruptRequested = { false }
    #expect(interp.run("x = 1") == nil)
}

@Test func deepNestingIsAnErrorNotACrash() {
    let interp = Interpreter()
    let deepUnary = String(repeating: "-", count: 100_000) + "1"
    #expect(interp.run(deepUnary)?.exceptionClass === RecursionErrorClass)
    let deepParens = String(repeating: "(", count: 300) + "1" + String(repeating: ")", count: 300)
    #expect(interp.run(deepParens)?.message == "too many nested parentheses")
    let longSum = Array(repeating: "1", count: 20_000).joined(separator: " + ")
    #expect(interp.run("x = " + longSum)?.exceptionClass === RecursionErrorClass)
    let deepCalls = "def f(n):\n    return f(n + 1)\nf(0)\n"
    #expect(interp.run(deepCalls)?.message == "maximum recursion depth exceeded")
    #expect(interp.run("y = 2") == nil)
}

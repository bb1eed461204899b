import Testing
@testable import Script

// Expected outputs are CPython 3.11's.

@Test func matchIsASoftKeyword() {
    let source = """
    class M:
        pass
    def match(*a):
        return a
    print(match(1), match (2))
    match = M()
    match.x = 1
    print(match.x)
    match = [5]
    match[0] = 6
    print(match, match [0])
    match, other = 1, 2
    print(match, other)
    case = 3
    print(case)
    """
    #expect(output(of: source) == "(1,) (2,)\n1\n[6] 6\n1 2\n3\n")
}

@Test func matchBindsNamesInFunctionScope() {
    let source = """
    def first_two(items):
        match items:
            case [a, b, *rest]:
                return a, b, rest
        return None
    print(first_two([1, 2, 3, 4]), first_two([1]))
    """
    #expect(output(of: source) == "(1, 2, [3, 4]) None\n")
}

@Test func matchAtThePromptWaitsForItsCases() {
    let interp = Interpreter()
    var out = ""
    interp.output = { out += $0 }
    #expect(interp.run("match 1:\n    case 1:\n        print('one')\n", mode: .interactive) == nil)
    #expect(out == "one\n")
    let incomplete = interp.run("match 1:\n", mode: .interactive)
    #expect(incomplete?.exceptionClass === IndentationErrorClass)
}

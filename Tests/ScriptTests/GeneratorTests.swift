import Testing
@testable import Script

// Expected outputs and traceback frames from CPython 3.11.

@Test func generatorBodiesRunLazily() {
    let source = """
    def g():
        print("start")
        i = 0
        while True:
            yield i
            i += 1
    it = g()
    print("made")
    print(next(it), next(it))
    """
    #expect(output(of: source) == "made\nstart\n0 1\n")
}

@Test func generatorTracebacks() {
    let resumed = """
    def k():
        yield 1
        1/0
    g = k(); next(g)
    next(g)
    """
    #expect(output(of: resumed) == """
    Traceback (most recent call last):
      File "<stdin>", line 5, in <module>
      File "<stdin>", line 3, in k
    ZeroDivisionError: division by zero

    """)
    let thrownBeforeStart = """
    def f():
        yield 1
    f().throw(ValueError("x"))
    """
    #expect(output(of: thrownBeforeStart) == """
    Traceback (most recent call last):
      File "<stdin>", line 3, in <module>
      File "<stdin>", line 1, in f
    ValueError: x

    """)
    let stopInside = """
    def h():
        yield 1
        raise StopIteration(3)
    list(h())
    """
    #expect(output(of: stopInside) == """
    Traceback (most recent call last):
      File "<stdin>", line 3, in h
    StopIteration: 3

    The above exception was the direct cause of the following exception:

    Traceback (most recent call last):
      File "<stdin>", line 4, in <module>
    RuntimeError: generator raised StopIteration

    """)
}

@Test func droppedGeneratorsUnwindAndFreeTheirStacks() {
    let interp = Interpreter()
    var out = ""
    interp.output = { out += $0 }
    let source = """
    closed = 0
    def g():
        global closed
        try:
            yield 1
            yield 2
        finally:
            closed += 1
    for k in range(20000):
        x = g()
        next(x)
    del x
    print(closed)
    """
    #expect(interp.run(source) == nil)
    #expect(out == "20000\n")
    #expect(interp.generators.stacks.mapped <= CoroutineStacks.keep)
}

@Test func interpreterReleasedWithSuspendedGenerators() {
    for _ in 0..<3 {
        let interp = Interpreter()
        #expect(interp.run("def g():\n    yield 1\n    yield 2\nx = g()\nnext(x)") == nil)
    }
}

@Test func keyboardInterruptLeavesAGeneratorBody() {
    let interp = Interpreter()
    var polls = 0
    interp.interruptRequested = { polls += 1; return polls > 1000 }
    let error = interp.run("def g():\n    while True:\n        yield 1\nfor x in g():\n    pass")
    #expect(error?.exceptionClass === KeyboardInterruptClass)
    interp.interruptRequested = { false }
    #expect(interp.run("def h():\n    yield 5\nassert list(h()) == [5]") == nil)
    #expect(interp.depth == 0)
}

@Test func recursionLimitHoldsInsideGenerators() {
    let source = """
    def rec(n):
        return 0 if n == 0 else 1 + rec(n - 1)
    def g():
        yield rec(900)
        yield rec(10 ** 6)
    it = g()
    print(next(it))
    next(it)
    """
    let text = output(of: source)
    #expect(text.hasPrefix("900\nTraceback (most recent call last):\n  File \"<stdin>\", line 8, in <module>\n  File \"<stdin>\", line 5, in g\n"))
    #expect(text.hasSuffix("RecursionError: maximum recursion depth exceeded\n"))
}

@Test func droppedGeneratorsCloseBetweenStatements() {
    // Overwriting the list slot that held the generator must not run its `finally` (which reads
    // the list) while the list is being modified.
    let source = """
    l = []
    def g():
        try:
            yield 1
        finally:
            print("finally sees", len(l), l)
    l.append(g()); next(l[0]); l[0] = None
    print("after")
    class A: pass
    a = A(); a.g = g(); next(a.g); a.g = 5
    print("after attr")
    """
    #expect(output(of: source) == "finally sees 1 [None]\nafter\nfinally sees 1 [None]\nafter attr\n")
}

@Test func yieldFromDelegatesThrowAndClose() {
    let source = """
    def inner():
        try:
            yield 1
        except ValueError as e:
            print("inner caught", e)
            yield 2
        finally:
            print("inner finally")
    def outer():
        try:
            r = yield from inner()
        finally:
            print("outer finally")
    o = outer(); print(next(o)); print(o.throw(ValueError("v"))); o.close(); print("closed")
    o = outer(); next(o)
    try:
        o.throw(KeyError("k"))
    except KeyError as e:
        print("propagated", e)
    """
    #expect(output(of: source) == """
    1
    inner caught v
    2
    inner finally
    outer finally
    closed
    inner finally
    outer finally
    propagated 'k'

    """)
}

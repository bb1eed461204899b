import Testing
@testable import Script

// Expected tracebacks are CPython 3.11's (`python3 FILE` / `python3 -i`), without the source lines
// Flint does not print.

@Test func chainedTracebackOfAScript() {
    let source = """
    def load(key):
        try:
            return {}[key]
        except KeyError as e:
            raise ValueError("no setting") from e

    def nested():
        try:
            return 1 / 0
        except ZeroDivisionError:
            undefined_name

    def outer():
        try:
            nested()
        except NameError as err:
            raise RuntimeError("wrapped") from err

    try:
        load("lr")
    except ValueError:
        outer()
    """
    let interp = Interpreter()
    let error = interp.run(source, file: "c1.py", mode: .file)
    #expect(error?.formatted() == """
    Traceback (most recent call last):
      File "c1.py", line 3, in load
    KeyError: 'lr'

    The above exception was the direct cause of the following exception:

    Traceback (most recent call last):
      File "c1.py", line 20, in <module>
      File "c1.py", line 5, in load
    ValueError: no setting

    During handling of the above exception, another exception occurred:

    Traceback (most recent call last):
      File "c1.py", line 9, in nested
    ZeroDivisionError: division by zero

    During handling of the above exception, another exception occurred:

    Traceback (most recent call last):
      File "c1.py", line 15, in outer
      File "c1.py", line 11, in nested
    NameError: name 'undefined_name' is not defined

    The above exception was the direct cause of the following exception:

    Traceback (most recent call last):
      File "c1.py", line 22, in <module>
      File "c1.py", line 17, in outer
    RuntimeError: wrapped
    """)
}

@Test func chainedTracebacksAtThePrompt() {
    let interp = Interpreter()
    let chunks = [
        "try:\n    1 / 0\nexcept ZeroDivisionError:\n    raise KeyError(\"k\") from None\n",
        "try:\n    [][0]\nexcept IndexError as e:\n    raise ValueError(\"v\") from e\n",
        "def f():\n    try:\n        [][0]\n    except IndexError:\n        return {}[\"k\"]\n",
        "f()",
    ]
    let printed = chunks.compactMap { interp.run($0, mode: .interactive)?.formatted() }
    #expect(printed == [
        """
        Traceback (most recent call last):
          File "<stdin>", line 4, in <module>
        KeyError: 'k'
        """,
        """
        Traceback (most recent call last):
          File "<stdin>", line 2, in <module>
        IndexError: list index out of range

        The above exception was the direct cause of the following exception:

        Traceback (most recent call last):
          File "<stdin>", line 4, in <module>
        ValueError: v
        """,
        """
        Traceback (most recent call last):
          File "<stdin>", line 3, in f
        IndexError: list index out of range

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "<stdin>", line 1, in <module>
          File "<stdin>", line 5, in f
        KeyError: 'k'
        """,
    ])
}

@Test func raisingACaughtExceptionAgainContinuesItsTraceback() {
    let source = "def g():\n    try:\n        [][1]\n    except IndexError as exc:\n        raise exc\n\ng()\n"
    #expect(Interpreter().run(source, file: "g.py", mode: .file)?.formatted() == """
    Traceback (most recent call last):
      File "g.py", line 7, in <module>
      File "g.py", line 5, in g
      File "g.py", line 3, in g
    IndexError: list index out of range
    """)
}

@Test func contextCyclesAreCut() {
    let source = """
    try:
        try:
            raise KeyError("a")
        except KeyError as a:
            try:
                raise ValueError("b")
            except ValueError:
                raise a
    except KeyError as e:
        print(repr(e.__context__), repr(e.__context__.__context__))
    """
    #expect(output(of: source) == "ValueError('b') None\n")
}

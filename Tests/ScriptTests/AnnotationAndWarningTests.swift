import Testing
@testable import Script

// Expected outputs are CPython 3.11's.

@Test func futureAnnotationsStayText() {
    let source = """
    from __future__ import annotations
    def f(x: Undefined, y: list[Later] | None = None) -> Result:
        return 1
    print(f(2), f.__annotations__)
    """
    #expect(output(of: source) == "1 {'x': 'Undefined', 'y': 'list[Later] | None', 'return': 'Result'}\n")
}

@Test func annotationsAreEvaluatedAtDefinition() {
    let source = """
    def f(x: int | None = None, *rest: str, k: "Fwd" = 1) -> list[int]:
        return x
    print(f.__annotations__)
    def g(x: Undefined):
        pass
    """
    #expect(output(of: source) == """
    {'x': int | None, 'rest': <class 'str'>, 'k': 'Fwd', 'return': list[int]}
    Traceback (most recent call last):
      File "<stdin>", line 4, in <module>
    NameError: name 'Undefined' is not defined

    """)
}


@Test func warningsFiltersDecide() {
    // CPython prints "FILE:LINE: UserWarning: shown once" and the line's source on stderr; Flint
    // shows the category and message, once per message (stderr is the output stream here).
    let source = """
    import warnings
    warnings.filterwarnings("ignore")
    warnings.warn("hidden")
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", DeprecationWarning)
    except DeprecationWarning as e:
        print("raised", e)
    warnings.resetwarnings()
    warnings.simplefilter("ignore")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            warnings.warn("inside")
        except UserWarning as e:
            print("inside", e)
    warnings.warn("after")
    warnings.simplefilter("default")
    warnings.warn("shown once")
    warnings.warn("careful", DeprecationWarning)
    """
    #expect(output(of: source) == "raised now an error\ninside inside\nUserWarning: shown once\nDeprecationWarning: careful\n")
}

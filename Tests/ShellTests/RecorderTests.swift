import Testing
@testable import Shell

/// `record` must reproduce shared/tools/pytranscript.py. The expected transcripts below were
/// recorded with that tool under real Python 3.11 from the same sources; the statements are
/// ones the echo runner evaluates as Python does, so grouping and formatting are under test.
@Suite struct RecorderTests {
    @Test func groupsStatementsAsPythonsAst() throws {
        let source = """
        # %% first cell
        x = 1; y = 2
        print('hello')
        'abc'

        for i in [1]:
            # inside the loop
            print('looping')

            print('again')
        # between
        raise ValueError('bad thing')
        @staticmethod
        @staticmethod
        def f():
            pass
        if x:
            pass
        else:
            pass
        z = (1,
           2)
        print('')
        s = \"\"\"a

        b\"\"\"
        42

        """
        let expected = """
        >>> x = 1; y = 2
        >>> print('hello')
        hello
        >>> 'abc'
        'abc'
        >>> for i in [1]:
        ...     # inside the loop
        ...     print('looping')
        ...     print('again')
        ...
        looping
        again
        >>> raise ValueError('bad thing')
        Traceback (most recent call last):
          ...
        ValueError: bad thing
        >>> @staticmethod
        ... @staticmethod
        ... def f():
        ...     pass
        ...
        >>> if x:
        ...     pass
        ... else:
        ...     pass
        ...
        >>> z = (1,
        ...    2)
        >>> print('')
        <BLANKLINE>
        >>> s = \"\"\"a
        ... b\"\"\"
        >>> 42
        42

        """
        #expect(try Recorder(runner: EchoRunner()).record(source, filename: "t.py") == expected)
    }

    @Test func hidesMemoryAddressesBehindEllipsis() throws {
        // pytranscript.py on `print('<object at 0x7f3a2b>')`.
        let expected = """
        >>> print('<object at 0x7f3a2b>')  # doctest: +ELLIPSIS
        <object at 0x...>

        """
        let got = try Recorder(runner: EchoRunner()).record("print('<object at 0x7f3a2b>')\n", filename: "t.py")
        #expect(got == expected)
    }

    @Test func emptyFileGivesOneNewline() throws {
        #expect(try Recorder(runner: EchoRunner()).record("# nothing\n", filename: "t.py") == "\n")
    }

    @Test func syntaxErrorStopsTheRecording() {
        #expect(throws: PythonErrorText.self) {
            try Recorder(runner: EchoRunner()).record("x = (1,\n", filename: "t.py")
        }
    }

    @Test func typedStatementsSpanTheirClauses() {
        let groups = TypedStatements.group("try:\n    a\nexcept E:\n    b\nfinally:\n    c\nd\n")
        #expect(groups == [
            TypedStatement(firstLine: 1, lastLine: 6, isCompound: true),
            TypedStatement(firstLine: 7, lastLine: 7, isCompound: false),
        ])
    }
}

import Testing
@testable import Shell

@Suite struct DoctestParserTests {
    private func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func splitsSourceAndExpectedOutput() {
        let examples = DoctestParser.examples(in: lines("""
        Some prose.
        >>> model = nn.Sequential(
        ...   nn.Linear(8, 1),
        ... )
        >>> print(x)
        tensor([1.])
        <BLANKLINE>
        >>> for i in y:
        ...     i
        ...
        prose after a blank line

        """))
        #expect(examples.count == 3)
        #expect(examples[0].source == "model = nn.Sequential(\n  nn.Linear(8, 1),\n)\n")
        #expect(examples[0].want == "")
        #expect(examples[0].lineNumber == 2)
        #expect(examples[1].want == "tensor([1.])\n<BLANKLINE>\n")
        #expect(examples[1].wantLines == 5..<7)
        #expect(examples[2].source == "for i in y:\n    i\n\n")
        #expect(examples[2].want == "prose after a blank line\n")
    }

    @Test func stripsTheExampleIndentation() {
        let examples = DoctestParser.examples(in: lines("    >>> 1 +\\\n    ... 1\n    2\n"))
        #expect(examples.first?.source == "1 +\\\n1\n")
        #expect(examples.first?.want == "2\n")
        #expect(examples.first?.indent == 4)
    }

    @Test func findsTheExceptionMessageAfterTheTracebackHeader() {
        let examples = DoctestParser.examples(in: lines("""
        >>> loss.backward()
        Traceback (most recent call last):
          File "<stdin>", line 1
            more stack
        RuntimeError: element 0 of tensors does not require grad
        and a second line
        """))
        #expect(examples.first?.exceptionMessage == "RuntimeError: element 0 of tensors does not require grad\nand a second line\n")
    }

    @Test func readsDirectives() {
        let examples = DoctestParser.examples(in: lines("""
        >>> torch.manual_seed(0)  # doctest: +ELLIPSIS, +NORMALIZE_WHITESPACE
        <torch._C.Generator object at 0x...>
        >>> f()  # doctest: +SKIP
        >>> print('# doctest: +ELLIPSIS')
        """))
        #expect(examples[0].options == DoctestOptions(ellipsis: true, normalizeWhitespace: true, skip: false))
        #expect(examples[1].options.skip)
        #expect(examples[2].options == DoctestOptions())
    }

    @Test func promptNeedsASpace() {
        #expect(DoctestParser.examples(in: [">>>x", ">>>", ">>> y"]).map(\.source) == ["\n", "y\n"])
    }
}

@Suite struct OutputCheckerTests {
    @Test func exactAndBlankLine() {
        #expect(OutputChecker.matches(want: "a\n<BLANKLINE>\nb\n", got: "a\n\nb\n", options: .init()))
        #expect(OutputChecker.matches(want: "a\n<BLANKLINE>\n", got: "a\n   \n", options: .init()))
        #expect(!OutputChecker.matches(want: "a\n", got: "a \n", options: .init()))
        #expect(!OutputChecker.matches(want: "", got: "x\n", options: .init()))
    }

    @Test func ellipsisOnlyWhenAsked() {
        let want = "<torch._C.Generator object at 0x...>\n"
        let got = "<torch._C.Generator object at 0x7f00deadbeef>\n"
        #expect(!OutputChecker.matches(want: want, got: got, options: .init()))
        #expect(OutputChecker.matches(want: want, got: got, options: .init(ellipsis: true)))
    }

    @Test func ellipsisPiecesMatchInOrderWithoutOverlap() {
        #expect(OutputChecker.ellipsisMatch(want: "a...b...c", got: "a-b-c"))
        #expect(OutputChecker.ellipsisMatch(want: "...", got: ""))
        #expect(!OutputChecker.ellipsisMatch(want: "aa...aa", got: "aaa"))
        #expect(!OutputChecker.ellipsisMatch(want: "a...c...b", got: "a-b-c"))
    }

    @Test func normalizedWhitespace() {
        #expect(OutputChecker.matches(want: "1 2\n3\n", got: "1  2 3\n", options: .init(normalizeWhitespace: true)))
    }
}

@Suite struct UnifiedDiffTests {
    @Test func showsChangedLinesWithContext() {
        let diff = UnifiedDiff.lines(expected: ["a", "b", "c"], got: ["a", "x", "c", "d"])
        #expect(diff == ["@@ -1,3 +1,4 @@", " a", "-b", "+x", " c", "+d"])
    }

    @Test func splitsDistantChangesIntoHunks() {
        let expected = (0..<20).map(String.init)
        var got = expected
        got[1] = "one"
        got[18] = "eighteen"
        let diff = UnifiedDiff.lines(expected: expected, got: got)
        #expect(diff.filter { $0.hasPrefix("@@") } == ["@@ -1,5 +1,5 @@", "@@ -16,5 +16,5 @@"])
    }

    @Test func emptySide() {
        #expect(UnifiedDiff.lines(expected: [], got: ["x"]) == ["@@ -0,0 +1,1 @@", "+x"])
    }
}

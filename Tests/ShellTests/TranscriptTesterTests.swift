import Glibc
import Testing
@testable import Shell

@Suite struct TranscriptTesterTests {
    private func tester(update: Bool = false, into report: Box) -> TranscriptTester {
        TranscriptTester(update: update, report: { report.lines.append($0) }, makeRunner: { EchoRunner() })
    }

    final class Box { var lines: [String] = [] }

    @Test func passingTranscript() throws {
        let folder = TemporaryDirectory()
        _ = try folder.file("ok.txt", """
        >>> x = 1
        >>> print('hello')
        hello
        >>> print('')
        <BLANKLINE>
        >>> raise ValueError('bad')
        Traceback (most recent call last):
          File "<stdin>", line 1, in <module>
        ValueError: bad
        >>> print('<a at 0x55aa>')  # doctest: +ELLIPSIS
        <a at 0x...>

        """)
        let report = Box()
        let counts = tester(into: report).test(paths: [folder.path])
        #expect(counts.passed == 1 && counts.failed == 0)
        #expect(report.lines.isEmpty)
    }

    @Test func failingExampleShowsADiffWithItsLine() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("bad.txt", ">>> x = 1\n>>> print('got')\nwanted\n")
        let report = Box()
        #expect(!tester(into: report).test(file: path))
        #expect(report.lines == ["\(path):2: failed example (- expected, + got)\n    >>> print('got')\n@@ -1,1 +1,1 @@\n-wanted\n+got"])
    }

    @Test func unexpectedExceptionFails() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("boom.txt", ">>> raise KeyError('k')\n")
        let report = Box()
        #expect(!tester(into: report).test(file: path))
        #expect(report.lines.first?.hasPrefix("\(path):1: unexpected exception") == true)
    }

    @Test func updateRewritesOnlyFailingExamples() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("fix.txt", """
        Prose stays.

            >>> print('kept')
            kept
            >>> print('new')
            old
            old too
            >>> raise ValueError('v')
            >>> print('<a at 0x55aa>')

        """)
        let report = Box()
        #expect(!tester(update: true, into: report).test(file: path))
        #expect(try Files.read(path) == """
        Prose stays.

            >>> print('kept')
            kept
            >>> print('new')
            new
            >>> raise ValueError('v')
            Traceback (most recent call last):
              ...
            ValueError: v
            >>> print('<a at 0x55aa>')  # doctest: +ELLIPSIS
            <a at 0x...>

        """)
        #expect(tester(into: Box()).test(file: path))
    }

    @Test func markdownExamplesOnlyInsidePythonBlocks() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("doc.md", """
        # Title
        >>> print('not an example')

        ```pycon
        >>> print('yes')
        yes
        ```

        ```text
        >>> print('ignored')
        ```

        """)
        let report = Box()
        #expect(tester(into: report).test(file: path))
        #expect(DoctestParser.examples(in: MarkdownExamples.mask(try Files.read(path).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))).count == 1)
    }

    @Test func foldersAreSearchedForTranscriptsAndMarkdown() throws {
        let folder = TemporaryDirectory()
        _ = try folder.file("a.txt", ">>> print('a')\na\n")
        _ = try folder.file("b.txt", ">>> print('b')\nc\n")
        _ = try folder.file("c.py", "print('skipped')\n")
        let counts = tester(into: Box()).test(paths: [folder.path])
        #expect(counts.passed == 1 && counts.failed == 1)
    }
}

extension TranscriptTesterTests {
    @Test func linkedFolderLoopsAreNotFollowed() throws {
        let folder = TemporaryDirectory()
        _ = try folder.file("a.txt", ">>> print('a')\na\n")
        #expect(symlink(folder.path, folder.path + "/loop") == 0)
        let counts = tester(into: Box()).test(paths: [folder.path])
        #expect(counts.passed == 1 && counts.failed == 0)
        unlink(folder.path + "/loop")
    }
}

extension TranscriptTesterTests {
    /// doctest ends unterminated output with a newline, so `print(x, end='')` matches `x`.
    @Test func unterminatedOutputGetsItsNewline() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("end.txt", ">>> print('no newline', end='')\nno newline\n")
        let report = Box()
        let tester = TranscriptTester(update: false, report: { report.lines.append($0) }, makeRunner: { ScriptRunner() })
        #expect(tester.test(file: path), "\(report.lines)")
    }
}

extension TranscriptTesterTests {
    @Test func windowsLineEndings() throws {
        let folder = TemporaryDirectory()
        let path = try folder.file("crlf.txt", ">>> print('a')\r\na\r\n>>> 'b'\r\n'b'\r\n")
        #expect(tester(into: Box()).test(file: path))
    }
}

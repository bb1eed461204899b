import Testing
@testable import Shell

/// Expected strings follow IPython 8's `_format_time` and `TimeitResult` for the same inputs.
@Suite struct MagicsTests {
    @Test func formatsTimesLikeIPython() {
        #expect(Clock.format(0.00123) == "1.23 ms")
        #expect(Clock.format(1.5e-7) == "150 ns")
        #expect(Clock.format(2.0) == "2 s")
        #expect(Clock.format(12.345) == "12.3 s")
        #expect(Clock.format(75) == "1min 15s")
        #expect(Clock.format(0) == "0 ns")
    }

    @Test func timeitReport() {
        let line = Timeit.report(perLoop: [2e-6, 2e-6, 2e-6], loops: 100_000)
        #expect(line == "2 µs ± 0 ns per loop (mean ± std. dev. of 3 runs, 100,000 loops each)")
        #expect(Timeit.grouped(1) == "1" && Timeit.grouped(1000) == "1,000")
    }

    @Test func whoTableLayout() {
        let table = WhoTable.render([
            Variable(name: "x", type: "Tensor", summary: "shape=(2, 3), dtype=torch.float32, requires_grad=False"),
            Variable(name: "text", type: "str", summary: "abc"),
        ])
        #expect(table == """
        Variable   Type     Data/Info
        -----------------------------
        x          Tensor   shape=(2, 3), dtype=torch.float32, requires_grad=False
        text       str      abc

        """)
    }

    @Test func longValuesAreCutInTheMiddle() {
        #expect(ScriptRunner.shortened(String(repeating: "a", count: 60))
                == String(repeating: "a", count: 25) + "<...>" + String(repeating: "a", count: 25))
        #expect(ScriptRunner.shortened("a\nb") == "a\\nb")
    }

    @Test func pasteKeepsOnlyInput() {
        var paste = TranscriptPaste()
        #expect(paste.filter(">>> for i in x:", continuing: false, moreWaiting: true) == "for i in x:")
        #expect(paste.filter("...     i", continuing: true, moreWaiting: true) == "    i")
        #expect(paste.filter("...", continuing: true, moreWaiting: true) == "")
        #expect(paste.filter("0", continuing: false, moreWaiting: true) == nil)
        #expect(paste.filter("1", continuing: false, moreWaiting: false) == nil)
        #expect(paste.filter("typed later", continuing: false, moreWaiting: false) == "typed later")
    }

    @Test func helpRequestAndMagicsAreRecognised() {
        let runner = EchoRunner()
        var written = ""
        let magics = Magics(.init(runner: runner, write: { written += $0 }, writeError: { written += $0 },
                                  report: { written += $0.traceback }, ask: { _ in "n" }, reload: { [] }))
        #expect(!magics.handle("x = 1"))
        #expect(magics.handle("model?"))
        #expect(written == "help(model)\n")
        #expect(magics.handle("%reset"))
        #expect(written.hasSuffix("Nothing done.\n"))
    }
}

extension MagicsTests {
    @Test func timeitRunsTheLoopsAsked() {
        var sources: [String] = []
        let timeit = Timeit(arguments: "-n 3 -r 2 x + 1") { sources.append($0); return true }
        #expect(timeit.statement == "x + 1" && timeit.loops == 3 && timeit.repeats == 2)
        let report = timeit.measure()
        #expect(sources == Array(repeating: "for _timeit_loop in range(3):\n    x + 1\n", count: 2) + ["del _timeit_loop\n"])
        #expect(report?.hasSuffix("per loop (mean ± std. dev. of 2 runs, 3 loops each)") == true)
    }
}

import Testing
@testable import Shell

@Suite struct PlotTests {
    private func run(_ source: String, _ runner: ScriptRunner = ScriptRunner()) throws -> String {
        var printed = ""
        try runner.run(source, filename: "<stdin>", mode: .file) { printed += $0 }
        return printed.replacing(#/ at 0x[0-9a-f]+/#, with: " at 0x...")
    }

    /// matplotlib 3.11.2's reprs of what these calls return, under CPython 3.11.
    @Test func returnsPrintAsMatplotlibs() throws {
        let printed = try run("""
        import matplotlib.pyplot as plt
        print(repr(plt.plot([1, 2, 3])))
        print(repr(plt.plot([0, 1, 2], [3, 1, 2], label='b')))
        print(repr(plt.title('Loss')), repr(plt.xlabel('epoch')), repr(plt.ylabel('loss')))
        print(repr(plt.show()))
        fig, ax = plt.subplots()
        ax.set_title('t'); ax.set_xlabel('x'); ax.set_ylabel('y')
        print(repr(ax)); print(repr(fig))
        print(repr(plt.figure()))

        """)
        #expect(printed == """
        [<matplotlib.lines.Line2D object at 0x...>]
        [<matplotlib.lines.Line2D object at 0x...>]
        Text(0.5, 1.0, 'Loss') Text(0.5, 0, 'epoch') Text(0, 0.5, 'loss')
        None
        <Axes: title={'center': 't'}, xlabel='x', ylabel='y'>
        <Figure size 640x480 with 1 Axes>
        <Figure size 640x480 with 0 Axes>

        """)
    }

    @Test func savefigWritesAnSVGOfTheLines() throws {
        let folder = TemporaryDirectory()
        _ = try run("""
        import matplotlib.pyplot as plt
        import torch
        plt.plot(torch.tensor([3.0, 2.0, 1.5, 1.2]), label='train')
        plt.plot([0, 3], [2.5, 1.0], label='val')
        plt.legend()
        plt.savefig('\(folder.path)/loss.svg')

        """)
        #expect(Files.walk(folder.path) == [folder.path + "/loss.svg"])
        let svg = try Files.read(folder.path + "/loss.svg")
        #expect(svg.hasPrefix("<?xml") && svg.hasSuffix("</svg>\n"))
        #expect(svg.split(separator: "<polyline").count == 3)
        #expect(svg.contains(">train</text>") && svg.contains(">val</text>"))
    }

    @Test func brailleChartLayout() {
        var chart = Chart(series: [.init(x: [0, 1, 2, 3, 4], y: [0, 1, 2, 3, 4], label: "line")])
        chart.title = "Rise"
        chart.xlabel = "step"
        chart.legend = true
        let lines = BrailleChart(width: 40, height: 8, colour: false).render(chart).split(separator: "\n")
        let isBraille = { (c: Character?) in c?.unicodeScalars.first.map { (0x2801...0x28FF).contains($0.value) } == true }
        #expect(lines.first?.trimmingCharacters(in: " ") == "Rise")
        // The rising line ends at the top right and starts at the bottom left.
        #expect(lines.contains { $0.hasPrefix(" 4┤") && isBraille($0.last) })
        #expect(lines.contains { $0.hasPrefix(" 0┤") && isBraille($0.dropFirst(3).first) })
        #expect(lines.contains { $0.hasPrefix("  └┬") })
        #expect(lines.contains { $0.hasPrefix("   0") && $0.hasSuffix("4") })
        #expect(lines.last == "   ── line")
    }

    /// matplotlib's ScalarFormatter: one number of decimals for all ticks, enough for the step.
    @Test func tickLabelsShareTheirDecimals() {
        #expect(Ticks.labels([0, 0.5, 1, 1.5]) == ["0.0", "0.5", "1.0", "1.5"])
        #expect(Ticks.labels([-20, 0, 20, 40]) == ["-20", "0", "20", "40"])
        #expect(Ticks.labels([0.001, 0.002, 0.003]) == ["0.001", "0.002", "0.003"])
        #expect(Ticks.labels([0.25]) == ["0.25"])
        #expect(Ticks.labels([0, 2e7]) == ["0", "2e+07"])
    }

    /// loc='best': the legend leaves the upper right to a line that ends there.
    @Test func legendGoesWhereTheLinesLeaveRoom() {
        let rising = Chart(series: [.init(x: [0, 1, 2, 3], y: [0, 1, 2, 3], label: "up")])
        let frame = ChartFrame(rising, width: 640, height: 480, top: 0)
        let origin = frame.legendOrigin(rising, size: (100, 30), inset: 8)
        #expect(origin.x == frame.left + 8 && origin.y == frame.top + 8)
        let flat = Chart(series: [.init(x: [0, 1], y: [0, 0], label: "flat")])
        let flatFrame = ChartFrame(flat, width: 640, height: 480, top: 0)
        #expect(flatFrame.legendOrigin(flat, size: (100, 30), inset: 8).x == flatFrame.right - 108)
        var placed = rising
        placed.legendLocation = "lower right"
        #expect(frame.legendOrigin(placed, size: (100, 30), inset: 8) == (frame.right - 108, frame.bottom - 38))
    }

    @Test func flatAndEmptyDataDoNotTrap() {
        let chart = BrailleChart(width: 30, height: 5, colour: true)
        _ = chart.render(Chart())
        _ = chart.render(Chart(series: [.init(x: [1, 1], y: [2, 2], label: nil)]))
        _ = chart.render(Chart(series: [.init(x: [0, .nan, 2], y: [.infinity, 1, -1e300], label: nil)]))
        _ = SVGChart().render([Chart(series: [.init(x: [], y: [], label: nil)])])
    }
}

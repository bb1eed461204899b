/// A chart as a PNG file for `plt.savefig('loss.png')`: the layout of SVGChart (ChartFrame)
/// at matplotlib's default 100 dpi, 640×480 pixels a panel, drawn with anti-aliased lines
/// and the bitmap font.
struct PNGChart {
    var width = 640
    var height = 480

    /// Line width of matplotlib's lines (1.5 pt at 100 dpi).
    private static let lineWidth = 2.08

    func render(_ charts: [Chart]) -> [UInt8] {
        var raster = Raster(image: PNGImage(width: width, height: height * max(charts.count, 1)))
        for (index, chart) in charts.enumerated() { draw(chart, top: Double(height * index), on: &raster) }
        return raster.image.encoded()
    }

    private func draw(_ chart: Chart, top: Double, on raster: inout Raster) {
        let frame = ChartFrame(chart, width: Double(width), height: Double(height), top: top)
        let box = Raster.Rect(x0: Raster.pixel(frame.left + 0.5), y0: Raster.pixel(frame.top + 0.5),
                              x1: Raster.pixel(frame.right + 0.5) + 1, y1: Raster.pixel(frame.bottom + 0.5) + 1)
        for (index, series) in chart.series.enumerated() {
            let points = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }.map { (frame.x($0.0), frame.y($0.1)) }
            raster.stroke(points, width: Self.lineWidth, colour: ChartFrame.colour(index), clip: box)
        }
        raster.frame(box, 0x000000)
        let bottom = box.y1 - 1, left = box.x0
        for (tick, label) in zip(frame.xTicks, Ticks.labels(frame.xTicks)) {
            let x = Raster.pixel(frame.x(tick) + 0.5)
            raster.fill(Raster.Rect(x0: x, y0: bottom + 1, x1: x + 1, y1: bottom + 6), 0x000000)
            raster.text(label, x: Double(x) + 0.5, y: Double(bottom) + 13, anchor: .middle)
        }
        var labelWidth = 0
        for (tick, label) in zip(frame.yTicks, Ticks.labels(frame.yTicks)) {
            let y = Raster.pixel(frame.y(tick) + 0.5)
            raster.fill(Raster.Rect(x0: left - 5, y0: y, x1: left, y1: y + 1), 0x000000)
            raster.text(label, x: Double(left) - 8, y: Double(y) + 0.5, anchor: .end)
            labelWidth = max(labelWidth, Raster.textLength(label))
        }
        let centreX = (frame.left + frame.right) / 2
        if !chart.title.isEmpty { raster.text(chart.title, x: centreX, y: frame.top - 14, anchor: .middle, scale: 2) }
        if !chart.xlabel.isEmpty { raster.text(chart.xlabel, x: centreX, y: Double(bottom) + 30, anchor: .middle) }
        if !chart.ylabel.isEmpty {
            raster.text(chart.ylabel, x: Double(left - 8 - labelWidth - 12), y: (frame.top + frame.bottom) / 2,
                        anchor: .middle, rotated: true)
        }
        if chart.legend { drawLegend(chart, frame, on: &raster) }
    }

    /// matplotlib's legend where the lines leave room: a white box with a grey edge, a line
    /// sample and the label for each labelled series.
    private func drawLegend(_ chart: Chart, _ frame: ChartFrame, on raster: inout Raster) {
        let entries = ChartFrame.legendEntries(chart)
        guard !entries.isEmpty else { return }
        let rowHeight = 14, sample = 20
        let textWidth = entries.map { Raster.textLength($0.label) }.max() ?? 0
        let size = (width: Double(sample + 18 + textWidth), height: Double(rowHeight * entries.count + 8))
        let origin = frame.legendOrigin(chart, size: size, inset: 8)
        let x0 = Raster.pixel(origin.x + 0.5), y0 = Raster.pixel(origin.y + 0.5)
        let legend = Raster.Rect(x0: x0, y0: y0, x1: x0 + Int(size.width), y1: y0 + Int(size.height))
        raster.fill(legend, 0xFFFFFF)
        raster.frame(legend, 0xCCCCCC)
        for (row, entry) in entries.enumerated() {
            let y = Double(legend.y0 + 4 + rowHeight * row + rowHeight / 2)
            let x = Double(legend.x0 + 6)
            raster.stroke([(x, y), (x + Double(sample), y)], width: Self.lineWidth, colour: ChartFrame.colour(entry.index), clip: legend)
            raster.text(entry.label, x: x + Double(sample + 6), y: y, anchor: .start)
        }
    }
}

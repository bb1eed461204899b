/// A chart as an SVG file for `plt.savefig('loss.svg')`: matplotlib's default 640×480 figure
/// with its colour cycle (see ChartFrame), a framed plot area, ticks, labels, title and legend.
struct SVGChart {
    var width = 640.0
    var height = 480.0

    func render(_ charts: [Chart]) -> String {
        var out = ["<?xml version=\"1.0\" encoding=\"utf-8\" standalone=\"no\"?>",
                   "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(number(width))pt\" height=\"\(number(height * Double(max(charts.count, 1))))pt\" viewBox=\"0 0 \(number(width)) \(number(height * Double(max(charts.count, 1))))\">",
                   "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>"]
        for (index, chart) in charts.enumerated() {
            out += panel(chart, top: height * Double(index))
        }
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    private func panel(_ chart: Chart, top: Double) -> [String] {
        let frame = ChartFrame(chart, width: width, height: height, top: top)
        let (left, right, plotTop, bottom) = (frame.left, frame.right, frame.top, frame.bottom)
        var out: [String] = []
        for (index, series) in chart.series.enumerated() {
            let points = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }
                .map { "\(number(frame.x($0.0))),\(number(frame.y($0.1)))" }.joined(separator: " ")
            out.append("<polyline fill=\"none\" stroke=\"\(colour(index))\" stroke-width=\"1.5\" points=\"\(points)\"/>")
        }
        out.append("<rect x=\"\(number(left))\" y=\"\(number(plotTop))\" width=\"\(number(right - left))\" height=\"\(number(bottom - plotTop))\" fill=\"none\" stroke=\"black\" stroke-width=\"0.8\"/>")
        for (tick, label) in zip(frame.xTicks, Ticks.labels(frame.xTicks)) {
            out.append(line(frame.x(tick), bottom, frame.x(tick), bottom + 3.5))
            out.append(text(label, x: frame.x(tick), y: bottom + 14, anchor: "middle"))
        }
        for (tick, label) in zip(frame.yTicks, Ticks.labels(frame.yTicks)) {
            out.append(line(left - 3.5, frame.y(tick), left, frame.y(tick)))
            out.append(text(label, x: left - 6, y: frame.y(tick) + 3.5, anchor: "end"))
        }
        if !chart.title.isEmpty { out.append(text(chart.title, x: (left + right) / 2, y: plotTop - 8, anchor: "middle", size: 12)) }
        if !chart.xlabel.isEmpty { out.append(text(chart.xlabel, x: (left + right) / 2, y: bottom + 30, anchor: "middle")) }
        if !chart.ylabel.isEmpty {
            let middle = (plotTop + bottom) / 2
            out.append("<text x=\"0\" y=\"0\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" text-anchor=\"middle\" transform=\"translate(\(number(left - 40)),\(number(middle))) rotate(-90)\">\(escaped(chart.ylabel))</text>")
        }
        let entries = ChartFrame.legendEntries(chart)
        if chart.legend, !entries.isEmpty {
            // The box's size from the labels at DejaVu Sans 10's average advance (about 6 units).
            let size = (width: 36 + 6 * Double(entries.map(\.label.count).max() ?? 0), height: 14 * Double(entries.count) + 8)
            let origin = frame.legendOrigin(chart, size: size, inset: 8)
            out.append("<rect x=\"\(number(origin.x))\" y=\"\(number(origin.y))\" width=\"\(number(size.width))\" height=\"\(number(size.height))\" fill=\"white\" stroke=\"#cccccc\" stroke-width=\"0.8\"/>")
            for (row, entry) in entries.enumerated() {
                let rowY = origin.y + 15 + Double(row) * 14
                out.append("<line x1=\"\(number(origin.x + 6))\" y1=\"\(number(rowY - 3.5))\" x2=\"\(number(origin.x + 26))\" y2=\"\(number(rowY - 3.5))\" stroke=\"\(colour(entry.index))\" stroke-width=\"1.5\"/>")
                out.append(text(entry.label, x: origin.x + 32, y: rowY, anchor: "start"))
            }
        }
        return out
    }

    private func colour(_ index: Int) -> String {
        let hex = String(ChartFrame.colour(index), radix: 16)
        return "#" + String(repeating: "0", count: max(6 - hex.count, 0)) + hex
    }

    private func line(_ x1: Double, _ y1: Double, _ x2: Double, _ y2: Double) -> String {
        "<line x1=\"\(number(x1))\" y1=\"\(number(y1))\" x2=\"\(number(x2))\" y2=\"\(number(y2))\" stroke=\"black\" stroke-width=\"0.8\"/>"
    }

    private func text(_ content: String, x: Double, y: Double, anchor: String, size: Int = 10) -> String {
        "<text x=\"\(number(x))\" y=\"\(number(y))\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"\(size)\" text-anchor=\"\(anchor)\">\(escaped(content))</text>"
    }

    private func number(_ value: Double) -> String {
        value.isFinite ? cFormat("%.2f", value) : "0"
    }

    private func escaped(_ text: String) -> String {
        text.replacing("&", with: "&amp;").replacing("<", with: "&lt;").replacing(">", with: "&gt;")
            .replacing("\"", with: "&quot;")
    }
}

/// A chart as an SVG file for `plt.savefig('loss.svg')`: matplotlib's default 640×480 figure
/// with its colour cycle, a framed plot area, ticks, labels, title and legend.
struct SVGChart {
    var width = 640.0
    var height = 480.0

    /// matplotlib's default colour cycle (tab10).
    private static let palette = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                                  "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"]

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
        // matplotlib's default subplot margins: left .125, right .9, bottom .11, top .88.
        let left = width * 0.125, right = width * 0.9
        let plotTop = top + height * 0.12, bottom = top + height * 0.89
        let (xRange, yRange) = chart.bounds
        func x(_ value: Double) -> Double { left + (value - xRange.lowerBound) / (xRange.upperBound - xRange.lowerBound) * (right - left) }
        func y(_ value: Double) -> Double { bottom - (value - yRange.lowerBound) / (yRange.upperBound - yRange.lowerBound) * (bottom - plotTop) }

        var out: [String] = []
        for (index, series) in chart.series.enumerated() {
            let points = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }
                .map { "\(number(x($0.0))),\(number(y($0.1)))" }.joined(separator: " ")
            out.append("<polyline fill=\"none\" stroke=\"\(Self.palette[index % Self.palette.count])\" stroke-width=\"1.5\" points=\"\(points)\"/>")
        }
        out.append("<rect x=\"\(number(left))\" y=\"\(number(plotTop))\" width=\"\(number(right - left))\" height=\"\(number(bottom - plotTop))\" fill=\"none\" stroke=\"black\" stroke-width=\"0.8\"/>")
        for tick in Ticks.nice(xRange, count: 6) {
            out.append(line(x(tick), bottom, x(tick), bottom + 3.5))
            out.append(text(Ticks.label(tick), x: x(tick), y: bottom + 14, anchor: "middle"))
        }
        for tick in Ticks.nice(yRange, count: 6) {
            out.append(line(left - 3.5, y(tick), left, y(tick)))
            out.append(text(Ticks.label(tick), x: left - 6, y: y(tick) + 3.5, anchor: "end"))
        }
        if !chart.title.isEmpty { out.append(text(chart.title, x: (left + right) / 2, y: plotTop - 8, anchor: "middle", size: 12)) }
        if !chart.xlabel.isEmpty { out.append(text(chart.xlabel, x: (left + right) / 2, y: bottom + 30, anchor: "middle")) }
        if !chart.ylabel.isEmpty {
            let middle = (plotTop + bottom) / 2
            out.append("<text x=\"0\" y=\"0\" font-family=\"DejaVu Sans, sans-serif\" font-size=\"10\" text-anchor=\"middle\" transform=\"translate(\(number(left - 40)),\(number(middle))) rotate(-90)\">\(escaped(chart.ylabel))</text>")
        }
        if chart.legend {
            let labelled = chart.series.enumerated().filter { $0.element.label.map { !$0.hasPrefix("_") } ?? false }
            for (row, (index, series)) in labelled.enumerated() {
                let rowY = plotTop + 14 + Double(row) * 14
                out.append("<line x1=\"\(number(right - 110))\" y1=\"\(number(rowY - 3))\" x2=\"\(number(right - 90))\" y2=\"\(number(rowY - 3))\" stroke=\"\(Self.palette[index % Self.palette.count])\" stroke-width=\"1.5\"/>")
                out.append(text(series.label ?? "", x: right - 85, y: rowY, anchor: "start"))
            }
        }
        return out
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

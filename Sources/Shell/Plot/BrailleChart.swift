/// A chart drawn with Unicode braille (2×4 dots a character) for `plt.show()` in a terminal:
/// title, y tick labels on a left axis, x tick labels under it, the axis labels and a legend,
/// each series in its own colour when colour is on.
struct BrailleChart {
    var width: Int
    var height: Int
    var colour: Bool

    /// matplotlib's first colours (tab10) as the nearest ANSI colours.
    private static let palette = ["34", "33", "32", "31", "35", "36"]

    func render(_ chart: Chart) -> String {
        let (xRange, yRange) = chart.bounds
        let yTicks = Ticks.nice(yRange, count: max(height / 3, 2))
        let yLabels = Ticks.labels(yTicks)
        let margin = (yLabels.map(\.count).max() ?? 1) + 1
        let columns = max(width - margin - 1, 10)
        let rows = max(height, 3)
        var canvas = BrailleCanvas(columns: columns, rows: rows)
        for (index, series) in chart.series.enumerated() {
            let points = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }.map { point in
                (scale(point.0, xRange, canvas.dotColumns), canvas.dotRows - 1 - scale(point.1, yRange, canvas.dotRows))
            }
            canvas.draw(points, series: index)
        }

        var lines: [String] = []
        if !chart.title.isEmpty { lines.append(centred(chart.title, in: margin + 1 + columns)) }
        if !chart.ylabel.isEmpty { lines.append(chart.ylabel) }
        let tickRows = Dictionary(yTicks.enumerated().map { (rows - 1 - scale($0.element, yRange, rows), $0.offset) },
                                  uniquingKeysWith: { first, _ in first })
        for row in 0..<rows {
            let label = tickRows[row].map { yLabels[$0] } ?? ""
            let axis = tickRows[row] == nil ? "│" : "┤"
            lines.append(String(repeating: " ", count: margin - label.count) + label + axis + text(canvas, row: row))
        }
        lines += xAxis(xRange, margin: margin, columns: columns)
        if !chart.xlabel.isEmpty { lines.append(centred(chart.xlabel, in: margin + 1 + columns)) }
        if chart.legend {
            for (index, series) in chart.series.enumerated() {
                guard let label = series.label, !label.hasPrefix("_") else { continue }
                lines.append(String(repeating: " ", count: margin + 1) + paint("──", series: index) + " " + label)
            }
        }
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }

    private func xAxis(_ range: ClosedRange<Double>, margin: Int, columns: Int) -> [String] {
        let ticks = Ticks.nice(range, count: max(columns / 12, 2))
        var rule = Array(repeating: Character("─"), count: columns)
        var labels = Array(repeating: Character(" "), count: margin + columns + 12)
        for (tick, text) in zip(ticks, Ticks.labels(ticks)) {
            let column = scale(tick, range, columns)
            rule[column] = "┬"
            let label = Array(text)
            guard label.count < labels.count else { continue }
            let start = min(max(margin + 1 + column - label.count / 2, 0), labels.count - label.count)
            guard labels[start..<(start + label.count)].allSatisfy({ $0 == " " }),
                  start == 0 || labels[start - 1] == " " else { continue }
            labels.replaceSubrange(start..<(start + label.count), with: label)
        }
        return [String(repeating: " ", count: margin) + "└" + String(rule), String(labels)]
    }

    private func text(_ canvas: BrailleCanvas, row: Int) -> String {
        var out = ""
        for column in 0..<canvas.columns {
            let cell = canvas.cell(column: column, row: row)
            out += cell.dots == 0 ? " " : paint(String(cell.character), series: cell.series)
        }
        return out
    }

    private func paint(_ text: String, series: Int) -> String {
        guard colour else { return text }
        return "\u{1B}[\(Self.palette[series % Self.palette.count])m\(text)\u{1B}[0m"
    }

    private func centred(_ text: String, in width: Int) -> String {
        String(repeating: " ", count: max((width - text.count) / 2, 0)) + text
    }

    /// `value` in `range` as a position in `0..<count`.
    private func scale(_ value: Double, _ range: ClosedRange<Double>, _ count: Int) -> Int {
        let fraction = (value - range.lowerBound) / (range.upperBound - range.lowerBound)
        let position = (fraction * Double(count - 1)).rounded()
        guard position.isFinite else { return 0 }
        return min(max(Int(position), 0), count - 1)
    }
}

/// Braille cells; each dot remembers nothing but its cell remembers the last series drawn.
struct BrailleCanvas {
    struct Cell {
        var dots: UInt8 = 0
        var series = 0
        var character: Character { Character(Unicode.Scalar(0x2800 + UInt32(dots)) ?? " ") }
    }

    let columns: Int
    let rows: Int
    private var cells: [Cell]

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        cells = Array(repeating: Cell(), count: columns * rows)
    }

    var dotColumns: Int { columns * 2 }
    var dotRows: Int { rows * 4 }

    func cell(column: Int, row: Int) -> Cell { cells[row * columns + column] }

    /// Joins consecutive points with straight lines of dots.
    mutating func draw(_ points: [(Int, Int)], series: Int) {
        guard var previous = points.first else { return }
        set(previous.0, previous.1, series: series)
        for point in points.dropFirst() {
            let steps = max(abs(point.0 - previous.0), abs(point.1 - previous.1), 1)
            for step in 1...steps {
                let x = previous.0 + (point.0 - previous.0) * step / steps
                let y = previous.1 + (point.1 - previous.1) * step / steps
                set(x, y, series: series)
            }
            previous = point
        }
    }

    /// Braille dot numbering: columns of dots 1-2-3-7 and 4-5-6-8.
    private static let bits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    private mutating func set(_ x: Int, _ y: Int, series: Int) {
        guard x >= 0, y >= 0, x < dotColumns, y < dotRows else { return }
        let index = (y / 4) * columns + x / 2
        cells[index].dots |= Self.bits[x % 2][y % 4]
        cells[index].series = series
    }
}

private extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}

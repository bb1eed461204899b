import Glibc

/// One plot (matplotlib's Axes) as the renderers see it: line series with their labels and
/// the texts around them.
struct Chart: Equatable {
    struct Series: Equatable {
        var x: [Double]
        var y: [Double]
        var label: String?
    }

    var series: [Series] = []
    var title = ""
    var xlabel = ""
    var ylabel = ""
    var legend = false
    /// matplotlib's `loc`: "best", "upper right", ..., "center".
    var legendLocation = "best"

    /// The data's extent, widened where it is flat so scales never divide by zero.
    var bounds: (x: ClosedRange<Double>, y: ClosedRange<Double>) {
        let points = series.flatMap { zip($0.x, $0.y) }.filter { $0.0.isFinite && $0.1.isFinite }
        func range(_ values: [Double]) -> ClosedRange<Double> {
            guard let low = values.min(), let high = values.max() else { return 0...1 }
            if low == high { return (low - 0.5)...(high + 0.5) }
            return low...high
        }
        return (range(points.map(\.0)), range(points.map(\.1)))
    }
}

/// A chart's plot area in an image (SVG or PNG) of matplotlib's default figure: the subplot
/// margins (left .125, right .9, bottom .11, top .88), the 5% data margins around the lines,
/// and the maps from data to image coordinates, y growing downwards. `top` places the panel
/// when several axes stack in one image.
struct ChartFrame {
    let left: Double, right: Double, top: Double, bottom: Double
    let xRange: ClosedRange<Double>, yRange: ClosedRange<Double>

    /// matplotlib's default colour cycle (tab10), as 0xRRGGBB.
    static let palette: [UInt32] = [0x1f77b4, 0xff7f0e, 0x2ca02c, 0xd62728, 0x9467bd,
                                    0x8c564b, 0xe377c2, 0x7f7f7f, 0xbcbd22, 0x17becf]

    init(_ chart: Chart, width: Double, height: Double, top panelTop: Double) {
        left = width * 0.125
        right = width * 0.9
        top = panelTop + height * 0.12
        bottom = panelTop + height * 0.89
        // Halves first, so that a span near Double.greatestFiniteMagnitude does not overflow.
        func widened(_ r: ClosedRange<Double>) -> ClosedRange<Double> {
            let pad = (r.upperBound / 2 - r.lowerBound / 2) * 0.1
            let low = r.lowerBound - pad, high = r.upperBound + pad
            return low.isFinite && high.isFinite ? low...high : r
        }
        let bounds = chart.bounds
        xRange = widened(bounds.x)
        yRange = widened(bounds.y)
    }

    func x(_ value: Double) -> Double { left + Self.fraction(value, xRange) * (right - left) }

    func y(_ value: Double) -> Double { bottom - Self.fraction(value, yRange) * (bottom - top) }

    /// Where `value` lies in `range`, 0 at the lower bound and 1 at the upper.
    private static func fraction(_ value: Double, _ range: ClosedRange<Double>) -> Double {
        (value / 2 - range.lowerBound / 2) / (range.upperBound / 2 - range.lowerBound / 2)
    }

    var xTicks: [Double] { Ticks.nice(xRange, count: 6) }
    var yTicks: [Double] { Ticks.nice(yRange, count: 6) }

    /// Where a legend box of `size` goes, `inset` in from the frame: the place the chart's `loc`
    /// names, or for "best" the first of matplotlib's places (upper right, upper left, lower
    /// left, lower right, right, centre left, lower centre, upper centre, centre) whose box
    /// covers the fewest points of the lines (sampled every few pixels).
    func legendOrigin(_ chart: Chart, size: (width: Double, height: Double), inset: Double) -> (x: Double, y: Double) {
        let (east, west) = (right - inset - size.width, left + inset)
        let (north, south) = (top + inset, bottom - inset - size.height)
        let (middleX, middleY) = ((left + right - size.width) / 2, (top + bottom - size.height) / 2)
        let places: [(String, (x: Double, y: Double))] = [
            ("upper right", (east, north)), ("upper left", (west, north)), ("lower left", (west, south)),
            ("lower right", (east, south)), ("right", (east, middleY)), ("center left", (west, middleY)),
            ("lower center", (middleX, south)), ("upper center", (middleX, north)), ("center", (middleX, middleY)),
            ("center right", (east, middleY)),
        ]
        if let named = places.first(where: { $0.0 == chart.legendLocation }) { return named.1 }
        let points = sampledPoints(chart)
        func covered(_ corner: (x: Double, y: Double)) -> Int {
            points.filter { $0.0 >= corner.x && $0.0 <= corner.x + size.width && $0.1 >= corner.y && $0.1 <= corner.y + size.height }.count
        }
        let candidates = places.dropLast().map(\.1)
        let counts = candidates.map(covered)
        let best = counts.indices.min { counts[$0] < counts[$1] } ?? 0
        return candidates[best]
    }

    /// The lines' vertices and points every four pixels or so along their segments.
    private func sampledPoints(_ chart: Chart) -> [(Double, Double)] {
        var points: [(Double, Double)] = []
        for series in chart.series {
            let vertices = zip(series.x, series.y).filter { $0.0.isFinite && $0.1.isFinite }.map { (x($0.0), y($0.1)) }
            points += vertices
            for (a, b) in zip(vertices, vertices.dropFirst()) where points.count < 20_000 {
                let length = ((b.0 - a.0) * (b.0 - a.0) + (b.1 - a.1) * (b.1 - a.1)).squareRoot()
                let steps = length.isFinite ? min(Int((length / 4).rounded(.up)), 500) : 1
                for k in stride(from: 1, to: max(steps, 1), by: 1) {
                    let t = Double(k) / Double(steps)
                    points.append((a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1)))
                }
            }
        }
        return points
    }

    /// The series' colour in the cycle.
    static func colour(_ index: Int) -> UInt32 { palette[index % palette.count] }

    /// The series shown in the legend: those with a label not starting with an underscore.
    static func legendEntries(_ chart: Chart) -> [(index: Int, label: String)] {
        chart.series.enumerated().compactMap { index, series in
            guard let label = series.label, !label.hasPrefix("_") else { return nil }
            return (index, label)
        }
    }
}

/// Tick positions at 1, 2 or 5 times a power of ten, as charts usually place them.
enum Ticks {
    static func nice(_ range: ClosedRange<Double>, count: Int) -> [Double] {
        let span = range.upperBound - range.lowerBound
        guard span > 0, span.isFinite, count > 0 else { return [range.lowerBound] }
        let raw = span / Double(count)
        let magnitude = pow(10, (log10(raw)).rounded(.down))
        let step = [1.0, 2.0, 5.0, 10.0].map { $0 * magnitude }.first { $0 >= raw } ?? 10 * magnitude
        var ticks: [Double] = []
        var value = (range.lowerBound / step).rounded(.up) * step
        while value <= range.upperBound + step * 1e-9 && ticks.count < 50 {
            ticks.append(abs(value) < step * 1e-9 ? 0 : value)
            value += step
        }
        return ticks
    }

    /// The labels of evenly spaced ticks as matplotlib's ScalarFormatter writes them: as many
    /// decimals as the step needs, the same for every tick (0.0, 0.5, 1.0); `%g` for a lone
    /// tick, or where that would take more than six decimals or the values are large.
    static func labels(_ ticks: [Double]) -> [String] {
        let step = ticks.count > 1 ? abs(ticks[1] - ticks[0]) : 0
        let largest = ticks.map(abs).max() ?? 0
        let decimals = step > 0 && step.isFinite ? max(0, Int((-log10(step) - 1e-9).rounded(.up))) : Int.max
        let format = decimals <= 6 && largest < 1e7 ? "%.\(decimals)f" : "%g"
        return ticks.map { cFormat(format, $0 == 0 ? 0 : $0) }
    }
}

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

    /// Python's `%g`.
    static func label(_ value: Double) -> String {
        cFormat("%g", value == 0 ? 0 : value)
    }
}

import CLineEdit
import Script

/// `_flint_plot`: draws the figures that `matplotlib.pyplot` (Python, in PlotSource) keeps,
/// as braille text for a terminal, as SVG or as a PNG file. Each axes arrives as a dict with `title`,
/// `xlabel`, `ylabel`, `legend` and `lines` (dicts of `x`, `y` lists of floats and `label`).
enum PlotModule {
    static func make() -> PyModule {
        let module = PyModule(name: "_flint_plot")
        module.define("render_text", ["axes"]) { a throws(PyError) in
            let columns = Int(flint_terminal_columns(1))
            let chart = BrailleChart(width: min(columns > 0 ? columns : 80, 100), height: 16,
                                     colour: Colour(descriptor: 1).enabled)
            return .str(try charts(a[0]).map(chart.render).joined(separator: "\n"))
        }
        module.define("render_svg", ["axes"]) { a throws(PyError) in
            .str(SVGChart().render(try charts(a[0])))
        }
        module.define("save_png", ["axes", "path"]) { a throws(PyError) in
            let png = PNGChart().render(try charts(a[0])), path = try a.string(1)
            do throws(Files.Failure) {
                try Files.writeAtomically(bytes: png, to: path)
            } catch {
                throw PyError(OSErrorClass, "[Errno \(error.reason)] '\(path)'")
            }
            return .none
        }
        return module
    }

    private static func charts(_ value: Value) throws(PyError) -> [Chart] {
        guard case .list(let axes) = value else { throw PyError.typeError("expected a list of axes") }
        var charts: [Chart] = []
        for item in axes.items {
            guard case .dict(let fields) = item else { throw PyError.typeError("expected an axes dict") }
            var chart = Chart()
            chart.title = text(fields.get("title"))
            chart.xlabel = text(fields.get("xlabel"))
            chart.ylabel = text(fields.get("ylabel"))
            if case .bool(let on)? = fields.get("legend") { chart.legend = on }
            if case .str(let place)? = fields.get("legend_loc") { chart.legendLocation = place }
            if case .list(let lines)? = fields.get("lines") {
                for case .dict(let line) in lines.items {
                    chart.series.append(Chart.Series(x: try numbers(line.get("x")), y: try numbers(line.get("y")),
                                                     label: line.get("label").flatMap { if case .str(let s) = $0 { s } else { nil } }))
                }
            }
            charts.append(chart)
        }
        return charts
    }

    private static func text(_ value: Value?) -> String {
        if case .str(let text)? = value { return text }
        return ""
    }

    private static func numbers(_ value: Value?) throws(PyError) -> [Double] {
        guard case .list(let list)? = value else { return [] }
        var out: [Double] = []
        out.reserveCapacity(list.items.count)
        for item in list.items {
            switch item {
            case .float(let x): out.append(x)
            case .int(let n): out.append(Double(n))
            case .bool(let b): out.append(b ? 1 : 0)
            default: throw PyError.typeError("plot data must be numbers, not '\(typeName(item))'")
            }
        }
        return out
    }
}

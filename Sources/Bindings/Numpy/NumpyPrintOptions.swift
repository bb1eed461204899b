import Script
import Tensors

/// `np.set_printoptions` / `np.get_printoptions` over the formatter's NumpyPrintOptions.
func definePrintOptions(_ m: PyModule) {
    m.define("set_printoptions", ["precision?", "threshold?", "edgeitems?", "linewidth?", "suppress?", "**kwargs"]) { a throws(PyError) in
        var o = NumpyPrintOptions.current
        if let p = try a.optionalInt("precision") { o.precision = p }
        if let t = try a.optionalInt("threshold") { o.threshold = t }
        if let e = try a.optionalInt("edgeitems") { o.edgeitems = e }
        if let w = try a.optionalInt("linewidth") { o.linewidth = w }
        if let s = a.optional("suppress"), !s.isNone { o.suppress = try a.interp.truthy(s) }
        NumpyPrintOptions.current = o
        return .none
    }
    m.define("get_printoptions", []) { _ throws(PyError) in
        let o = NumpyPrintOptions.current
        let d = PyDict()
        let entries: [(String, Value)] = [("edgeitems", .int(o.edgeitems)), ("threshold", .int(o.threshold)),
                                          ("floatmode", .str("maxprec")), ("precision", .int(o.precision)),
                                          ("suppress", .bool(o.suppress)), ("linewidth", .int(o.linewidth))]
        for (k, v) in entries { d.set(k, v) }
        return .dict(d)
    }
}

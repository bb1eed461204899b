import Script
import Tensors

private let optionParameters = ["precision?", "threshold?", "edgeitems?", "linewidth?", "suppress?", "**kwargs"]

/// The options with the arguments given applied.
private func updated(_ a: Args, _ o: NumpyPrintOptions) throws(PyError) -> NumpyPrintOptions {
    var o = o
    if let p = try a.optionalInt("precision") { o.precision = p }
    if let t = try a.optionalInt("threshold") { o.threshold = t }
    if let e = try a.optionalInt("edgeitems") { o.edgeitems = e }
    if let w = try a.optionalInt("linewidth") { o.linewidth = w }
    if let s = a.optional("suppress"), !s.isNone { o.suppress = try a.interp.truthy(s) }
    return o
}

let PrintOptionsContextClass = PyClass(name: "printoptions", module: "numpy")

// The context keeps the options to set and, once entered, the ones to restore.
private final class Saved { var options: NumpyPrintOptions; var previous: NumpyPrintOptions?; init(_ o: NumpyPrintOptions) { options = o } }

/// The context's methods, defined once per process: the class is shared by every interpreter.
private let printOptionsContextMethods: Void = {
    PrintOptionsContextClass.defineStatic("__new__", ["cls"] + optionParameters) { a throws(PyError) in
        .instance(PyInstance(PrintOptionsContextClass, payload: Saved(try updated(a, NumpyPrintOptions.current))))
    }
    PrintOptionsContextClass.define("__init__", ["self", "*args", "**kwargs"]) { _ throws(PyError) in .none }
    PrintOptionsContextClass.define("__enter__", ["self"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let saved = i.payload as? Saved else { return .none }
        saved.previous = NumpyPrintOptions.current
        NumpyPrintOptions.current = saved.options
        return .none
    }
    PrintOptionsContextClass.define("__exit__", ["self", "*args"]) { a throws(PyError) in
        guard case .instance(let i) = a[0], let saved = i.payload as? Saved, let previous = saved.previous else { return .bool(false) }
        NumpyPrintOptions.current = previous
        return .bool(false)
    }
}()

/// `np.set_printoptions`, `np.get_printoptions` and the `with np.printoptions(...)` context
/// over the formatter's NumpyPrintOptions.
func definePrintOptions(_ m: PyModule) {
    m.define("set_printoptions", optionParameters) { a throws(PyError) in
        NumpyPrintOptions.current = try updated(a, NumpyPrintOptions.current)
        return .none
    }
    _ = printOptionsContextMethods
    m["printoptions"] = .cls(PrintOptionsContextClass)
    m.define("get_printoptions", []) { _ throws(PyError) in
        let o = NumpyPrintOptions.current
        let d = PyDict()
        let entries: [(String, Value)] = [("edgeitems", .int(o.edgeitems)), ("threshold", .int(o.threshold)),
                                          ("floatmode", .str("maxprec")), ("precision", .int(o.precision)),
                                          ("suppress", .bool(o.suppress)), ("linewidth", .int(o.linewidth))]
        for (k, v) in entries { d.set(k, v) }
        return .dict(d)
    }

    // Flint's arrays issue no floating-point warnings, so `np.errstate` / `np.seterr` accept
    // settings without effect; seterr reports NumPy's defaults (warn on all but underflow).
    let errstate = PyClass(name: "errstate", module: "numpy")
    errstate.define("__init__", ["self", "**kwargs"]) { _ throws(PyError) in .none }
    errstate.define("__enter__", ["self"]) { _ throws(PyError) in .none }
    errstate.define("__exit__", ["self", "*args"]) { _ throws(PyError) in .bool(false) }
    m["errstate"] = .cls(errstate)
    m.define("seterr", ["all?", "divide?", "over?", "under?", "invalid?"]) { _ throws(PyError) in
        let d = PyDict()
        for (k, v) in [("divide", "warn"), ("over", "warn"), ("under", "ignore"), ("invalid", "warn")] { d.set(k, .str(v)) }
        return .dict(d)
    }
}

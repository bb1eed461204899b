// The standard modules: math, time and sys here; random in RandomModule.swift; the rest in Python source.

#if canImport(Glibc)
import Glibc
#endif

extension Interpreter {
    func registerStandardModules() {
        registerModule("math") { _ throws(PyError) in makeMathModule() }
        registerModule("time") { _ throws(PyError) in makeTimeModule() }
        registerModule("random") { _ throws(PyError) in makeRandomModule() }
        registerModule("sys") { _ throws(PyError) in makeSysModule() }
        registerModule("re") { interp throws(PyError) in interp.makeRegexModule() }
        registerModule("_os") { _ throws(PyError) in makeOSModule() }
        registerModule("_traceback") { _ throws(PyError) in makeTracebackHelpers() }
        let pythonSources = [
            ("collections", collectionsModuleSource), ("copy", copyModuleSource), ("itertools", itertoolsModuleSource),
            ("functools", functoolsModuleSource), ("typing", typingModuleSource), ("dataclasses", dataclassesModuleSource),
            ("statistics", statisticsModuleSource), ("string", stringModuleSource), ("json", jsonModuleSource),
            ("os", osModuleSource), ("os.path", osPathModuleSource),
            ("traceback", tracebackModuleSource), ("__future__", futureModuleSource), ("warnings", warningsModuleSource),
            ("contextlib", contextlibModuleSource), ("operator", operatorModuleSource), ("abc", abcModuleSource),
        ]
        for (name, source) in pythonSources { registerSourceModule(name, source: source) }
    }
}

private func makeMathModule() -> PyModule {
    let m = PyModule(name: "math")
    m["pi"] = .float(Double.pi)
    m["e"] = .float(M_E)
    m["tau"] = .float(2 * Double.pi)
    m["inf"] = .float(.infinity)
    m["nan"] = .float(.nan)
    let unary: [(String, (Double) -> Double, (Double) -> Bool)] = [
        ("sqrt", { $0.squareRoot() }, { $0 >= 0 || $0.isNaN }),
        ("exp", { Glibc.exp($0) }, { _ in true }),
        ("log1p", { Glibc.log1p($0) }, { $0 > -1 }),
        ("expm1", { Glibc.expm1($0) }, { _ in true }),
        ("sin", { Glibc.sin($0) }, { !$0.isInfinite }), ("cos", { Glibc.cos($0) }, { !$0.isInfinite }),
        ("tan", { Glibc.tan($0) }, { !$0.isInfinite }),
        ("asin", { Glibc.asin($0) }, { abs($0) <= 1 }), ("acos", { Glibc.acos($0) }, { abs($0) <= 1 }),
        ("atan", { Glibc.atan($0) }, { _ in true }),
        ("sinh", { Glibc.sinh($0) }, { _ in true }), ("cosh", { Glibc.cosh($0) }, { _ in true }),
        ("tanh", { Glibc.tanh($0) }, { _ in true }),
        ("fabs", { Swift.abs($0) }, { _ in true }),
        ("erf", { Glibc.erf($0) }, { _ in true }), ("erfc", { Glibc.erfc($0) }, { _ in true }),
        ("gamma", { Glibc.tgamma($0) }, { !($0 <= 0 && $0 == $0.rounded()) }),
        ("lgamma", { Glibc.lgamma($0) }, { !($0 <= 0 && $0 == $0.rounded()) }),
        ("degrees", { $0 * 180 / Double.pi }, { _ in true }), ("radians", { $0 * Double.pi / 180 }, { _ in true }),
    ]
    for (name, f, domain) in unary {
        m.define(name, ["x"]) { a throws(PyError) in
            let x = try a.double(0)
            guard domain(x) else { throw PyError.valueError("math domain error") }
            let r = f(x)
            if r.isInfinite && x.isFinite && name != "gamma" { throw PyError.overflowError("math range error") }
            return .float(r)
        }
    }
    installIntegerMath(m)
    m.define("pow", ["x", "y"]) { a throws(PyError) in .float(Glibc.pow(try a.double(0), try a.double(1))) }
    m.define("atan2", ["y", "x"]) { a throws(PyError) in .float(Glibc.atan2(try a.double(0), try a.double(1))) }
    m.define("hypot", ["*coordinates"]) { a throws(PyError) in
        var s = 0.0
        for v in a.positional { let d = try a.interp.toDouble(v); s += d * d }
        return .float(s.squareRoot())
    }
    m.define("fmod", ["x", "y"]) { a throws(PyError) in .float(Glibc.fmod(try a.double(0), try a.double(1))) }
    m.define("copysign", ["x", "y"]) { a throws(PyError) in .float(Double(signOf: try a.double(1), magnitudeOf: try a.double(0))) }
    for (name, rule) in [("floor", FloatingPointRoundingRule.down), ("ceil", .up), ("trunc", .towardZero)] {
        m.define(name, ["x"]) { a throws(PyError) in
            switch a[0] { case .int, .bigInt: return a[0]; default: break }
            if case .instance(let i) = a[0], let meth = i.cls.lookup("__\(name)__") {
                return try a.interp.call(a.interp.bind(meth, to: a[0], owner: i.cls), [])
            }
            return try a.interp.toInt(.float(try a.double(0).rounded(rule)))
        }
    }
    for (name, test) in [("isnan", { (d: Double) in d.isNaN }), ("isinf", { (d: Double) in d.isInfinite }), ("isfinite", { (d: Double) in d.isFinite })] {
        m.define(name, ["x"]) { a throws(PyError) in .bool(test(try a.double(0))) }
    }
    m.define("isclose", ["a", "b", "*", "rel_tol?", "abs_tol?"], defaults: ["rel_tol": .float(1e-9), "abs_tol": .float(0)]) { a throws(PyError) in
        let x = try a.double(0), y = try a.double(1)
        let rel = try a.double("rel_tol"), absTol = try a.double("abs_tol")
        if x == y { return .bool(true) }
        let diff = Swift.abs(x - y)
        return .bool(diff <= Swift.max(rel * Swift.max(Swift.abs(x), Swift.abs(y)), absTol))
    }
    m.define("prod", ["iterable", "*", "start?"]) { a throws(PyError) in
        var total = a.optional("start") ?? .int(1)
        for v in try a.interp.toArray(a[0]) { total = try a.interp.binary(.mul, total, v) }
        return total
    }
    m.define("fsum", ["iterable"]) { a throws(PyError) in
        var s = 0.0, c = 0.0
        for v in try a.interp.toArray(a[0]) {
            let y = try a.interp.toDouble(v) - c
            let t = s + y
            c = (t - s) - y
            s = t
        }
        return .float(s)
    }
    return m
}

private func makeTimeModule() -> PyModule {
    let m = PyModule(name: "time")
    func now(_ clock: clockid_t) -> Double {
        var ts = timespec()
        clock_gettime(clock, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
    m.define("time", []) { _ throws(PyError) in .float(now(CLOCK_REALTIME)) }
    m.define("perf_counter", []) { _ throws(PyError) in .float(now(CLOCK_MONOTONIC)) }
    m.define("monotonic", []) { _ throws(PyError) in .float(now(CLOCK_MONOTONIC)) }
    m.define("process_time", []) { _ throws(PyError) in .float(now(CLOCK_PROCESS_CPUTIME_ID)) }
    m.define("sleep", ["secs"]) { a throws(PyError) in
        var remaining = try a.double(0)
        if remaining < 0 { throw PyError.valueError("sleep length must be non-negative") }
        // Sleep in slices so an interrupt request is noticed.
        while remaining > 0 {
            let step = Swift.min(remaining, 0.05)
            usleep(UInt32(step * 1e6))
            remaining -= step
            try a.interp.checkInterrupt()
        }
        return .none
    }
    return m
}

private func makeSysModule() -> PyModule {
    let m = PyModule(name: "sys")
    m["version"] = .str("3.11.7 (Flint)")
    m["version_info"] = .tuple([.int(3), .int(11), .int(7), .str("final"), .int(0)])
    m["platform"] = .str("linux")
    m["maxsize"] = .int(Int.max)
    m["argv"] = .list(PyList([.str("")]))
    m["path"] = .list(PyList())
    m.define("exit", ["status?"]) { a throws(PyError) in
            // SystemExit carries the status, as str(SystemExit(3)) == "3"; the shell turns it into the exit code.
            guard let v = a.optional("status"), !v.isNone else { throw PyError(SystemExitClass, "") }
            throw PyError(SystemExitClass, try a.interp.str(v))
        }
    m.define("getrecursionlimit", []) { a throws(PyError) in .int(a.interp.maxDepth) }
    m.define("exc_info", []) { a throws(PyError) in
        guard let e = a.interp.handling.last else { return .tuple([.none, .none, .none]) }
        return .tuple([.cls(e.exceptionClass), .instance(e.exception), .none])
    }
    m.define("get_int_max_str_digits", []) { _ throws(PyError) in .int(intMaxStrDigits.load(ordering: .relaxed)) }
    m.define("set_int_max_str_digits", ["maxdigits"]) { a throws(PyError) in
        let n = try a.int(0)
        if n != 0 && n < 640 { throw PyError.valueError("maxdigits must be 0 or larger than 640") }
        intMaxStrDigits.store(n, ordering: .relaxed)
        return .none
    }
    let modules = PyDict()
    m["modules"] = .dict(modules)
    let stdout = PyClass(name: "TextIOWrapper", module: "io")
    stdout.define("write", ["self", "s"]) { a throws(PyError) in
        let s = try a.string(1)
        a.interp.output(s)
        return .int(s.unicodeScalars.count)
    }
    stdout.define("flush", ["self"]) { _ throws(PyError) in .none }
    m["stdout"] = .instance(PyInstance(stdout))
    m["stderr"] = .instance(PyInstance(stdout))
    return m
}

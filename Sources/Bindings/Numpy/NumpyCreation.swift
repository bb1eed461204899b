import Script
import Tensors

// np.array, np.asarray and the factories (zeros, ones, full, arange, linspace, eye, *_like);
// float64 is the default dtype, as in NumPy.

/// A shape argument: an int or a sequence of ints, none negative.
private func arrayShape(_ v: Value, _ interp: Interpreter) throws(PyError) -> [Int] {
    let shape = try shapeValue(v, interp)
    _ = try elementCount(shape)
    return shape
}

/// The dtype NumPy gives a Python fill value: int64, float64 or bool.
private func fillDType(_ s: Scalar) -> DType {
    switch s {
    case .bool: return .bool
    case .int: return .int64
    case .double: return .float64
    }
}

/// Element i of `np.linspace`, with its own arithmetic (start + i * step, the end point
/// exact), which PyTorch's differs from.
private func linspaceValue(_ i: Int, _ start: Double, _ stop: Double, _ num: Int, endpoint: Bool) -> Double {
    if endpoint && num > 1 && i == num - 1 { return stop }
    let div = endpoint ? num - 1 : num
    let step = div > 0 ? (stop - start) / Double(div) : 0
    return Double(i) * step + start
}

func defineArrayCreation(_ m: PyModule) {
    m.define("array", ["object", "dtype?", "*", "copy?", "ndmin?"]) { a throws(PyError) in
        let d = try a.optionalNumpyDType("dtype")
        var t = try asTensor(a[0], a.interp, dtype: d)
        if case .instance = a[0] { t = try engine { try t.clone() } }
        let ndmin = try a.optionalInt("ndmin") ?? 0
        if t.dim < ndmin { t = try engine { try t.reshape([Int](repeating: 1, count: ndmin - t.dim) + t.shape) } }
        return wrapArray(t)
    }
    m.define("asarray", ["a", "dtype?"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp, dtype: try a.optionalNumpyDType("dtype"))
        // Arrays are shared; a NumPy scalar is immutable, so its array is a copy.
        return wrapArray(isNumpyScalar(a[0]) ? try engine { try t.clone() } : t)
    }
    for (name, value) in [("zeros", Scalar.int(0)), ("ones", .int(1)), ("empty", .int(0))] {
        m.define(name, ["shape", "dtype?"]) { a throws(PyError) in
            let shape = try arrayShape(a[0], a.interp), d = try a.optionalNumpyDType("dtype") ?? .float64
            return wrapArray(try engine { try Tensor.full(shape, value, dtype: d) })
        }
        m.define(name + "_like", ["a", "dtype?"]) { a throws(PyError) in
            let t = try asTensor(a[0], a.interp), d = try a.optionalNumpyDType("dtype") ?? t.dtype
            return wrapArray(try engine { try Tensor.full(t.shape, value, dtype: d) })
        }
    }
    m.define("full", ["shape", "fill_value", "dtype?"]) { a throws(PyError) in
        let shape = try arrayShape(a[0], a.interp), v = try scalar(a["fill_value"])
        let d = try a.optionalNumpyDType("dtype") ?? fillDType(v)
        return wrapArray(try engine { try Tensor.full(shape, v, dtype: d) })
    }
    m.define("full_like", ["a", "fill_value", "dtype?"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp), v = try scalar(a["fill_value"])
        let d = try a.optionalNumpyDType("dtype") ?? t.dtype
        return wrapArray(try engine { try Tensor.full(t.shape, v, dtype: d) })
    }
    m.define("arange", ["start", "stop?", "step?", "dtype?"]) { a throws(PyError) in
        var start = try scalar(a["start"]), stop = start
        if let s = a.optional("stop"), !s.isNone { stop = try scalar(s) } else { start = .int(0) }
        let step = try a.optionalScalar("step") ?? .int(1)
        if step.doubleValue == 0 { throw PyError(ZeroDivisionErrorClass, "division by zero") }
        let isFloat = [start, stop, step].contains { $0.isFloatingPoint }
        let d = try a.optionalNumpyDType("dtype") ?? (isFloat ? .float64 : .int64)
        let span = stop.doubleValue - start.doubleValue
        if span == 0 || (span > 0) != (step.doubleValue > 0) { return wrapArray(try engine { try Tensor.zeros([0], dtype: d) }) }
        guard (span / step.doubleValue) < 1e15 else { throw PyError.valueError("Maximum allowed size exceeded") }
        return wrapArray(try engine { try Tensor.arange(start, stop, step: step, dtype: d) })
    }
    m.define("linspace", ["start", "stop", "num?", "endpoint?", "retstep?", "dtype?"],
             defaults: ["num": .int(50), "endpoint": .bool(true)]) { a throws(PyError) in
        let num = try a.int("num")
        if num < 0 { throw PyError.valueError("Number of samples, \(num), must be non-negative.") }
        let start = try a.double("start"), stop = try a.double("stop"), endpoint = try a.bool("endpoint")
        let d = try a.optionalNumpyDType("dtype") ?? .float64
        let values = try filledArray([num]) { linspaceValue($0, start, stop, num, endpoint: endpoint) }
        return wrapArray(try engine { try values.to(d) })
    }
    m.define("eye", ["N", "M?", "k?", "dtype?"], defaults: ["k": .int(0)]) { a throws(PyError) in
        let n = try a.int("N"), cols = try a.optionalInt("M") ?? n, k = try a.int("k")
        if n < 0 || cols < 0 { throw PyError.valueError("negative dimensions are not allowed") }
        _ = try elementCount([n, cols])
        let d = try a.optionalNumpyDType("dtype") ?? .float64
        let values = try filledArray([n, cols]) { i in i % cols - i / cols == k ? 1.0 : 0.0 }
        return wrapArray(try engine { try values.to(d) })
    }
    m.define("identity", ["n", "dtype?"]) { a throws(PyError) in
        let n = try a.int("n")
        if n < 0 { throw PyError.valueError("negative dimensions are not allowed") }
        let d = try a.optionalNumpyDType("dtype") ?? .float64
        return wrapArray(try engine { try Tensor.eye(n, dtype: d) })
    }
}

import Script
import Tensors

// `numpy.random`: the legacy global RandomState's functions. Without `size` they return
// Python numbers, as NumPy's do.

/// The `size` argument: nil for one Python number.
private func sampleShape(_ v: Value?, _ interp: Interpreter) throws(PyError) -> [Int]? {
    guard let v, !v.isNone else { return nil }
    let shape = try shapeValue(v, interp)
    if shape.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
    return shape
}

/// One draw as a Python float, or an array of float64 draws in row-major order.
private func samples(_ shape: [Int]?, _ draw: () -> Double) throws(PyError) -> Value {
    guard let shape else { return .float(draw()) }
    let n = shape.reduce(1) { $0 &* $1 }
    return wrapArray(try engine { try Tensor.from((0..<n).map { _ in draw() }, shape: shape, dtype: .float64) })
}

/// Varargs dimensions (`rand(2, 3)`); none means one Python number.
private func dimensions(_ a: Args) throws(PyError) -> [Int]? {
    guard !a.positional.isEmpty else { return nil }
    var dims: [Int] = []
    for v in a.positional { dims.append(try a.interp.toIndex(v)) }
    if dims.contains(where: { $0 < 0 }) { throw PyError.valueError("negative dimensions are not allowed") }
    return dims
}

/// The order a Fisher–Yates shuffle of n items leaves them in (legacy `shuffle`).
private func shuffledOrder(_ n: Int, _ state: RandomState) -> [Int] {
    var order = Array(0..<max(n, 0))
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(state.bounded(UInt64(i)))) }
    return order
}

func makeNumpyRandom() -> PyModule {
    let m = PyModule(name: "numpy.random")
    let state = RandomState()
    m.define("seed", ["seed?"]) { a throws(PyError) in
        guard let v = a.optional("seed"), !v.isNone else { state.reseed(); return .none }
        let s = try a.interp.toIndex(v)
        guard s >= 0 && s <= Int(UInt32.max) else { throw PyError.valueError("Seed must be between 0 and 2**32 - 1") }
        state.seed(UInt32(s))
        return .none
    }
    m.define("rand", ["*args"]) { a throws(PyError) in try samples(try dimensions(a)) { state.double() } }
    m.define("randn", ["*args"]) { a throws(PyError) in try samples(try dimensions(a)) { state.gauss() } }
    for name in ["random", "random_sample", "sample", "ranf"] {
        m.define(name, ["size?"]) { a throws(PyError) in try samples(try sampleShape(a.optional("size"), a.interp)) { state.double() } }
    }
    m.define("standard_normal", ["size?"]) { a throws(PyError) in
        try samples(try sampleShape(a.optional("size"), a.interp)) { state.gauss() }
    }
    m.define("normal", ["loc?", "scale?", "size?"], defaults: ["loc": .float(0), "scale": .float(1)]) { a throws(PyError) in
        let loc = try a.double("loc"), scale = try a.double("scale")
        if scale < 0 { throw PyError.valueError("scale < 0") }
        return try samples(try sampleShape(a.optional("size"), a.interp)) { loc + scale * state.gauss() }
    }
    m.define("uniform", ["low?", "high?", "size?"], defaults: ["low": .float(0), "high": .float(1)]) { a throws(PyError) in
        let low = try a.double("low"), range = try a.double("high") - low
        return try samples(try sampleShape(a.optional("size"), a.interp)) { low + range * state.double() }
    }
    m.define("randint", ["low", "high?", "size?", "dtype?"]) { a throws(PyError) in
        var low = try a.int("low"), high = low
        if let h = a.optional("high"), !h.isNone { high = try a.interp.toIndex(h) } else { low = 0 }
        if low >= high { throw PyError.valueError("low >= high") }
        let range = UInt64(bitPattern: Int64(high &- 1 &- low))
        let d = try a.optionalNumpyDType("dtype") ?? .int64
        guard let shape = try sampleShape(a.optional("size"), a.interp) else {
            return .int(low &+ Int(truncatingIfNeeded: state.bounded(range)))
        }
        let n = shape.reduce(1) { $0 &* $1 }
        let values = (0..<n).map { _ in Int64(low) &+ Int64(truncatingIfNeeded: state.bounded(range)) }
        return wrapArray(try engine { try Tensor.from(values, shape: shape, dtype: .int64).to(d) })
    }
    m.define("permutation", ["x"]) { a throws(PyError) in
        let t: Tensor
        if case .int(let n) = a[0] { t = try engine { try Tensor.arange(.int(0), .int(Int64(n))) } } else { t = try asTensor(a[0], a.interp) }
        guard t.dim > 0 else { throw PyError(AxisErrorClass, "x must be an integer or at least 1-dimensional") }
        let order = shuffledOrder(t.shape[0], state)
        return wrapArray(try engine { try t.indexed(by: [.list(order)]) })
    }
    m.define("shuffle", ["x"]) { a throws(PyError) in
        if case .list(let l) = a[0] {
            for i in stride(from: l.items.count - 1, to: 0, by: -1) { l.items.swapAt(i, Int(state.bounded(UInt64(i)))) }
            return .none
        }
        guard let x = numpyPayload(a[0])?.tensor, x.dim > 0 else { throw PyError.typeError("object of type '\(typeName(a[0]))' has no len()") }
        let order = shuffledOrder(x.shape[0], state)
        _ = try engine { try x.copy_(x.indexed(by: [.list(order)])) }
        return .none
    }
    m.define("choice", ["a", "size?", "replace?", "p?"], defaults: ["replace": .bool(true)]) { a throws(PyError) in
        let population: Tensor
        if case .int(let n) = a[0] {
            if n <= 0 { throw PyError.valueError("a must be greater than 0 unless no samples are taken") }
            population = try engine { try Tensor.arange(.int(0), .int(Int64(n))) }
        } else {
            population = try asTensor(a[0], a.interp)
            if population.dim != 1 { throw PyError.valueError("a must be 1-dimensional") }
            if population.numel == 0 { throw PyError.valueError("a cannot be empty unless no samples are taken") }
        }
        let count = population.numel
        let shape = try sampleShape(a.optional("size"), a.interp)
        let n = shape?.reduce(1) { $0 &* $1 } ?? 1
        var picks: [Int]
        if let p = a.optional("p"), !p.isNone {
            guard try a.bool("replace") else { throw PyError.notImplementedError("choice without replacement with p is not supported") }
            let weights = try engine { try asTensor(p, a.interp, dtype: .float64).doubles() }
            guard weights.count == count else { throw PyError.valueError("'a' and 'p' must have same size") }
            var cdf: [Double] = []
            var total = 0.0
            for w in weights { total += w; cdf.append(total) }
            let last = cdf.last ?? 1
            cdf = cdf.map { $0 / last }
            picks = (0..<n).map { _ in
                let u = state.double()
                return min(cdf.firstIndex { $0 > u } ?? count - 1, count - 1)
            }
        } else if try a.bool("replace") {
            picks = (0..<n).map { _ in Int(state.bounded(UInt64(count - 1))) }
        } else {
            if n > count { throw PyError.valueError("Cannot take a larger sample than population when 'replace=False'") }
            picks = Array(shuffledOrder(count, state).prefix(n))
        }
        let chosen = try engine { try population.indexed(by: [.list(picks)]) }
        guard let shape else {
            let one = try engine { try chosen.reshape([]) }
            if case .int = a[0] { return pythonValue(try engine { try one.item() }) }
            return wrapScalar(one)
        }
        return wrapArray(try engine { try chosen.reshape(shape) })
    }
    return m
}

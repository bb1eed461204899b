#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Script
import Tensors

// `numpy.random`: the `RandomState` class, and the module functions, which are the bound
// methods of one global instance as in NumPy. Without `size` they return Python numbers.

let RandomStateClass = PyClass(name: "RandomState", module: "numpy.random.mtrand")

/// The `size` argument: nil for one Python number.
private func sampleShape(_ v: Value?, _ interp: Interpreter) throws(PyError) -> [Int]? {
    guard let v, !v.isNone else { return nil }
    let shape = try shapeValue(v, interp)
    _ = try elementCount(shape)
    return shape
}

/// One draw as a Python float, or an array of float64 draws in row-major order.
private func samples(_ shape: [Int]?, _ draw: () -> Double) throws(PyError) -> Value {
    guard let shape else { return .float(draw()) }
    _ = try elementCount(shape)
    return wrapArray(try filledArray(shape) { _ in draw() })
}

/// Varargs dimensions (`rand(2, 3)`); none means one Python number.
private func dimensions(_ a: Args) throws(PyError) -> [Int]? {
    guard !a.positional.isEmpty else { return nil }
    var dims: [Int] = []
    for v in a.positional { dims.append(try a.interp.toIndex(v)) }
    _ = try elementCount(dims)
    return dims
}

/// The order a Fisher–Yates shuffle of n items leaves them in (legacy `shuffle`).
private func shuffledOrder(_ n: Int, _ state: RandomState) -> [Int] {
    var order = Array(0..<max(n, 0))
    for i in stride(from: n - 1, to: 0, by: -1) { order.swapAt(i, Int(state.bounded(UInt64(i)))) }
    return order
}

private func seed(_ state: RandomState, _ v: Value?, _ interp: Interpreter) throws(PyError) {
    guard let v, !v.isNone else { return state.reseed() }
    let s = try interp.toIndex(v)
    guard s >= 0 && s <= Int(UInt32.max) else { throw PyError.valueError("Seed must be between 0 and 2**32 - 1") }
    state.seed(UInt32(s))
}

/// RandomState's methods, defined once per process: the class is shared by every interpreter,
/// and several may load numpy at once (tests run in parallel).
private let randomStateClassMethods: Void = {
    defineRandomStateMethods()
    RandomStateClass.defineStatic("__new__", ["cls", "seed?"]) { a throws(PyError) in
        let state = RandomState()
        try seed(state, a.optional("seed"), a.interp)
        return .instance(PyInstance(RandomStateClass, payload: state))
    }
}()

func makeNumpyRandom() -> PyModule {
    let m = PyModule(name: "numpy.random")
    _ = randomStateClassMethods
    let global = Value.instance(PyInstance(RandomStateClass, payload: RandomState()))
    for name in RandomStateClass.dict.keys.compactMap({ if case .str(let s) = $0 { return s } else { return nil } })
    where !name.hasPrefix("_") {
        if let method = RandomStateClass[name] { m[name] = .boundMethod(PyBoundMethod(global, method)) }
    }
    m["RandomState"] = .cls(RandomStateClass)
    return m
}

/// The RandomState behind a method call.
private extension Args {
    var state: RandomState {
        get throws(PyError) {
            guard case .instance(let i) = self[0], let s = i.payload as? RandomState else {
                throw PyError.typeError("descriptor requires a 'numpy.random.mtrand.RandomState' object")
            }
            return s
        }
    }
}

private func defineRandomStateMethods() {
    let cls = RandomStateClass
    cls.define("get_state", ["self", "legacy?"]) { a throws(PyError) in
        let s = try a.state.snapshot
        let words = try filledArray([s.words.count]) { Int64(s.words[$0]) }
        return .tuple([.str("MT19937"), wrapArray(words), .int(s.position), .int(s.gauss == nil ? 0 : 1), .float(s.gauss ?? 0)])
    }
    cls.define("set_state", ["self", "state"]) { a throws(PyError) in
        let parts = try a.interp.toArray(a["state"])
        guard parts.count >= 3 else { throw PyError.valueError("state must be a 624-element array") }
        let words = try engine { try asTensor(parts[1], a.interp).int64s() }.map { UInt32(truncatingIfNeeded: $0) }
        let position = try a.interp.toIndex(parts[2])
        let hasGauss = parts.count > 3 ? try a.interp.truthy(parts[3]) : false
        let gauss = hasGauss && parts.count > 4 ? try a.interp.toDouble(parts[4]) : nil
        guard try a.state.restore(words: words, position: position, gauss: gauss) else {
            throw PyError.valueError("state must be a 624-element array")
        }
        return .none
    }
    cls.define("seed", ["self", "seed?"]) { a throws(PyError) in
        try seed(try a.state, a.optional("seed"), a.interp)
        return .none
    }
    cls.define("rand", ["self", "*args"]) { a throws(PyError) in
        let state = try a.state
        return try samples(try dimensions(a)) { state.double() }
    }
    cls.define("randn", ["self", "*args"]) { a throws(PyError) in
        let state = try a.state
        return try samples(try dimensions(a)) { state.gauss() }
    }
    for name in ["random", "random_sample", "sample", "ranf"] {
        cls.define(name, ["self", "size?"]) { a throws(PyError) in
            let state = try a.state
            return try samples(try sampleShape(a.optional("size"), a.interp)) { state.double() }
        }
    }
    cls.define("standard_normal", ["self", "size?"]) { a throws(PyError) in
        let state = try a.state
        return try samples(try sampleShape(a.optional("size"), a.interp)) { state.gauss() }
    }
    cls.define("normal", ["self", "loc?", "scale?", "size?"], defaults: ["loc": .float(0), "scale": .float(1)]) { a throws(PyError) in
        let state = try a.state
        let loc = try a.double("loc"), scale = try a.double("scale")
        if scale < 0 { throw PyError.valueError("scale < 0") }
        return try samples(try sampleShape(a.optional("size"), a.interp)) { loc + scale * state.gauss() }
    }
    cls.define("uniform", ["self", "low?", "high?", "size?"], defaults: ["low": .float(0), "high": .float(1)]) { a throws(PyError) in
        let state = try a.state
        let low = try a.double("low"), range = try a.double("high") - low
        return try samples(try sampleShape(a.optional("size"), a.interp)) { low + range * state.double() }
    }
    // legacy_standard_exponential: -log(1 - U).
    cls.define("exponential", ["self", "scale?", "size?"], defaults: ["scale": .float(1)]) { a throws(PyError) in
        let state = try a.state, scale = try a.double("scale")
        if scale < 0 { throw PyError.valueError("scale < 0") }
        return try samples(try sampleShape(a.optional("size"), a.interp)) { scale * -log(1 - state.double()) }
    }
    cls.define("standard_exponential", ["self", "size?"]) { a throws(PyError) in
        let state = try a.state
        return try samples(try sampleShape(a.optional("size"), a.interp)) { -log(1 - state.double()) }
    }
    cls.define("randint", ["self", "low", "high?", "size?", "dtype?"]) { a throws(PyError) in
        let state = try a.state
        var low = try a.int("low"), high = low
        if let h = a.optional("high"), !h.isNone { high = try a.interp.toIndex(h) } else { low = 0 }
        if low >= high { throw PyError.valueError("low >= high") }
        let range = UInt64(bitPattern: Int64(high &- 1 &- low))
        let d = try a.optionalNumpyDType("dtype") ?? .int64
        guard let shape = try sampleShape(a.optional("size"), a.interp) else {
            return .int(low &+ Int(truncatingIfNeeded: state.bounded(range)))
        }
        let values = try filledArray(shape) { _ in Int64(low) &+ Int64(truncatingIfNeeded: state.bounded(range)) }
        return wrapArray(try engine { try values.to(d) })
    }
    cls.define("permutation", ["self", "x"]) { a throws(PyError) in
        let state = try a.state
        let t: Tensor
        if case .int(let n) = a[1] { t = try engine { try Tensor.arange(.int(0), .int(Int64(n))) } } else { t = try asTensor(a[1], a.interp) }
        guard t.dim > 0 else { throw PyError(AxisErrorClass, "x must be an integer or at least 1-dimensional") }
        let order = shuffledOrder(t.shape[0], state)
        return wrapArray(try engine { try t.indexed(by: [.list(order)]) })
    }
    cls.define("shuffle", ["self", "x"]) { a throws(PyError) in
        let state = try a.state
        if case .list(let l) = a[1] {
            for i in stride(from: l.items.count - 1, to: 0, by: -1) { l.items.swapAt(i, Int(state.bounded(UInt64(i)))) }
            return .none
        }
        guard let x = numpyPayload(a[1])?.tensor, x.dim > 0 else { throw PyError.typeError("object of type '\(typeName(a[1]))' has no len()") }
        let order = shuffledOrder(x.shape[0], state)
        _ = try engine { try x.copy_(x.indexed(by: [.list(order)])) }
        return .none
    }
    cls.define("choice", ["self", "a", "size?", "replace?", "p?"], defaults: ["replace": .bool(true)]) { a throws(PyError) in
        let state = try a.state
        let population: Tensor
        if case .int(let n) = a[1] {
            if n <= 0 { throw PyError.valueError("a must be greater than 0 unless no samples are taken") }
            population = try engine { try Tensor.arange(.int(0), .int(Int64(n))) }
        } else {
            population = try asTensor(a[1], a.interp)
            if population.dim != 1 { throw PyError.valueError("a must be 1-dimensional") }
            if population.numel == 0 { throw PyError.valueError("a cannot be empty unless no samples are taken") }
        }
        let count = population.numel
        let shape = try sampleShape(a.optional("size"), a.interp)
        let n = try shape.map { (s: [Int]) throws(PyError) in try elementCount(s) } ?? 1
        var picks: [Int]
        if let p = a.optional("p"), !p.isNone {
            guard try a.bool("replace") else { throw PyError.notImplementedError("choice without replacement with p is not supported") }
            let weights = try engine { try asTensor(p, a.interp, dtype: .float64).doubles() }
            guard weights.count == count else { throw PyError.valueError("'a' and 'p' must have same size") }
            if weights.contains(where: { !($0 >= 0) }) { throw PyError.valueError("probabilities are not non-negative") }
            if abs(weights.reduce(0, +) - 1) > 1.4901161193847656e-08 { throw PyError.valueError("probabilities do not sum to 1") }
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
            if case .int = a[1] { return pythonValue(try engine { try one.item() }) }
            return wrapScalar(one)
        }
        return wrapArray(try engine { try chosen.reshape(shape) })
    }
}

import Script
import Tensors

// torch.tensor, torch.zeros, torch.rand, ... and torch.manual_seed.

extension Args {
    /// `requires_grad=` and `out=` applied to a freshly made tensor (made in out's dtype
    /// unless `dtype=` says otherwise, as PyTorch's factories do).
    func finish(_ t: Tensor) throws(PyError) -> Value {
        if let r = optional("requires_grad"), try interp.truthy(r) { try setRequiresGrad(t, true) }
        if let d = optional("device") { try checkDevice(d) }
        if let o = optional("out"), let target = tensorPayload(o), optional("dtype")?.isNone ?? true {
            return try writingOut(wrap(try engine { try t.to(target.dtype) }))
        }
        return try writingOut(wrap(t))
    }
}

private let creationKeywords = ["*", "out?", "dtype?", "layout?", "device?", "pin_memory?", "requires_grad?", "generator?", "size?"]

/// zeros/ones/empty/rand/randn: a shape, then keywords.
private func shaped(_ m: PyModule, _ name: String, _ make: @escaping (Args, [Int], DType?) throws -> Tensor) {
    m.define(name, ["*size"] + creationKeywords) { a throws(PyError) in
        let shape = try a.shape(function: name), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try make(a, shape, dt) })
    }
}

/// zeros_like/ones_like/...: a tensor, then keywords.
private func like(_ m: PyModule, _ name: String, _ make: @escaping (Args, Tensor, DType?) throws -> Tensor) {
    m.define(name, ["input"] + creationKeywords + ["memory_format?"]) { a throws(PyError) in
        guard let t = tensorPayload(a["input"]) else { throw argumentError(name, "input", a["input"]) }
        let dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try make(a, t, dt) })
    }
}

func defineCreation(_ m: PyModule) {
    m.define("tensor", ["data"] + creationKeywords) { a throws(PyError) in
        let dt = try a.optionalDType("dtype")
        if let t = tensorPayload(a["data"]) {
            return try a.finish(try engine { try t.detach().clone().to(dt ?? t.dtype) })
        }
        if let array = numpyPayload(a["data"]) {
            return try a.finish(try engine { try array.tensor.clone().to(dt ?? array.tensor.dtype) })
        }
        return try a.finish(try NestedData(a["data"], a.interp).tensor(dtype: dt))
    }
    m.define("as_tensor", ["data"] + creationKeywords) { a throws(PyError) in
        let dt = try a.optionalDType("dtype")
        if let t = tensorPayload(a["data"]) { return wrap(try engine { try t.to(dt ?? t.dtype) }) }
        if let array = numpyPayload(a["data"]) { return wrap(try engine { try array.tensor.to(dt ?? array.tensor.dtype) }) }
        return wrap(try NestedData(a["data"], a.interp).tensor(dtype: dt))
    }
    shaped(m, "zeros") { _, s, d in try Tensor.zeros(s, dtype: d ?? .float32) }
    shaped(m, "ones") { _, s, d in try Tensor.ones(s, dtype: d ?? .float32) }
    shaped(m, "empty") { _, s, d in try Tensor.empty(s, dtype: d ?? .float32) }
    shaped(m, "rand") { a, s, d in try Tensor.rand(s, dtype: d ?? .float32, generator: a.generator()) }
    shaped(m, "randn") { a, s, d in try Tensor.randn(s, dtype: d ?? .float32, generator: a.generator()) }
    like(m, "zeros_like") { _, t, d in try Tensor.zerosLike(t, dtype: d) }
    like(m, "ones_like") { _, t, d in try Tensor.onesLike(t, dtype: d) }
    like(m, "empty_like") { _, t, d in try Tensor.emptyLike(t, dtype: d) }
    like(m, "rand_like") { a, t, d in try Tensor.randLike(t, dtype: d, generator: a.generator()) }
    like(m, "randn_like") { a, t, d in try Tensor.randnLike(t, dtype: d, generator: a.generator()) }
    m.define("full", ["size", "fill_value"] + creationKeywords) { a throws(PyError) in
        let shape = try shapeValue(a["size"], a.interp), v = try scalar(a["fill_value"]), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.full(shape, v, dtype: dt ?? (v.isFloatingPoint ? .float32 : v.dtype)) })
    }
    m.define("full_like", ["input", "fill_value"] + creationKeywords) { a throws(PyError) in
        guard let t = tensorPayload(a["input"]) else { throw argumentError("full_like", "input", a["input"]) }
        let v = try scalar(a["fill_value"]), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.fullLike(t, v, dtype: dt) })
    }
    m.define("eye", ["n", "m?"] + creationKeywords) { a throws(PyError) in
        let n = try a.int("n"), cols = try a.optionalInt("m"), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.eye(n, cols, dtype: dt ?? .float32) })
    }
    m.define("arange", ["start", "end?", "step?"] + creationKeywords) { a throws(PyError) in
        var start = try scalar(a["start"]), end: Scalar
        if let e = a.optional("end"), !e.isNone { end = try scalar(e) } else { end = start; start = .int(0) }
        let step = try a.optionalScalar("step") ?? .int(1), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.arange(start, end, step: step, dtype: dt) })
    }
    m.define("linspace", ["start", "end", "steps"] + creationKeywords) { a throws(PyError) in
        let s = try a.double("start"), e = try a.double("end"), n = try a.int("steps"), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.linspace(s, e, steps: n, dtype: dt ?? .float32) })
    }
    m.define("randint", ["low", "high?", "size?", "*", "generator?", "dtype?", "device?", "requires_grad?", "layout?", "out?", "pin_memory?"]) { a throws(PyError) in
        var low = 0, high: Int, size: Value
        if let s = a.optional("size"), !s.isNone, let h = a.optional("high") {
            low = try a.int("low"); high = try a.interp.toIndex(h); size = s
        } else if let h = a.optional("high"), case .tuple = h {
            high = try a.int("low"); size = h
        } else if let h = a.optional("high"), case .list = h {
            high = try a.int("low"); size = h
        } else if let s = a.optional("size") {
            high = try a.int("low"); size = s
            if let h = a.optional("high") { low = high; high = try a.interp.toIndex(h) }
        } else {
            throw PyError.typeError("randint() received an invalid combination of arguments - got (\(typeName(a["low"]))), but expected one of:\n * (int high, tuple of ints size, *, torch.Generator generator, Tensor out = None, torch.dtype dtype = None, torch.layout layout = None, torch.device device = None, bool pin_memory = False, bool requires_grad = False)")
        }
        let shape = try shapeValue(size, a.interp), dt = try a.optionalDType("dtype"), g = try a.generator()
        return try a.finish(try engine { try Tensor.randint(Int64(low), Int64(high), shape, dtype: dt ?? .int64, generator: g) })
    }
    m.define("randperm", ["n", "*", "generator?", "dtype?", "device?", "requires_grad?", "layout?", "out?", "pin_memory?"]) { a throws(PyError) in
        let n = try a.int("n"), dt = try a.optionalDType("dtype"), g = try a.generator()
        return try a.finish(try engine { try Tensor.randperm(n, dtype: dt ?? .int64, generator: g) })
    }
    m.define("normal", ["mean", "std?", "size?", "*", "generator?", "dtype?", "device?", "requires_grad?", "out?", "layout?", "pin_memory?"]) { a throws(PyError) in
        let g = try a.generator()
        if let mt = tensorPayload(a["mean"]) {
            let std = try a.optionalDouble("std") ?? 1
            return wrap(try engine { try Tensor.normal(mean: 0, std: 1, mt.shape, dtype: mt.dtype, generator: g).mul(.double(std)).add(mt) })
        }
        let mean = try a.double("mean"), std = try a.optionalDouble("std") ?? 1
        guard let sv = a.optional("size") else { throw PyError.typeError("normal() missing 1 required positional arguments: \"size\"") }
        let shape = try shapeValue(sv, a.interp), dt = try a.optionalDType("dtype")
        return try a.finish(try engine { try Tensor.normal(mean: mean, std: std, shape, dtype: dt ?? .float32, generator: g) })
    }
    m.define("manual_seed", ["seed"]) { a throws(PyError) in
        defaultGenerator.manualSeed(try seedValue(a["seed"], a.interp))
        return defaultGeneratorValue()
    }
    m.define("seed", []) { _ throws(PyError) in .int(Int(Int64(bitPattern: defaultGenerator.seed()))) }
    m.define("initial_seed", []) { _ throws(PyError) in .integer(BigInt(defaultGenerator.initialSeed)) }
}

/// In-place random fills, methods only: uniform_, normal_, bernoulli_, random_.
func randomOps() -> [TensorOp] { [
    inPlace("uniform_", ["from?", "to?", "*", "generator?"], defaults: ["from": .float(0), "to": .float(1)]) { a, t throws(PyError) in
        let lo = try a.double("from"), hi = try a.double("to"), g = try a.generator()
        _ = try engine { try t.uniform_(from: lo, to: hi, generator: g) }
    },
    inPlace("normal_", ["mean?", "std?", "*", "generator?"], defaults: ["mean": .float(0), "std": .float(1)]) { a, t throws(PyError) in
        let mean = try a.double("mean"), std = try a.double("std"), g = try a.generator()
        _ = try engine { try t.normal_(mean: mean, std: std, generator: g) }
    },
    inPlace("bernoulli_", ["p?", "*", "generator?"], defaults: ["p": .float(0.5)]) { a, t throws(PyError) in
        let p = try a.double("p"), g = try a.generator()
        _ = try engine { try t.bernoulli_(p: p, generator: g) }
    },
    inPlace("random_", ["from?", "to?", "*", "generator?"]) { a, t throws(PyError) in
        let g = try a.generator()
        guard let first = try a.optionalInt("from") else { _ = try engine { try t.random_(generator: g) }; return }
        if let hi = try a.optionalInt("to") {
            _ = try engine { try t.random_(from: Int64(first), to: Int64(hi), generator: g) }
        } else {
            _ = try engine { try t.random_(from: 0, to: Int64(first), generator: g) }
        }
    },
    TensorOp("bernoulli", ["*", "generator?"]) { a, t throws(PyError) in
        let g = try a.generator()
        return wrap(try engine { try t.bernoulli(generator: g) })
    },
] }

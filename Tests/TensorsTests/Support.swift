import Testing
@testable import Tensors

/// Small constructors so test expressions read like the PyTorch ones they mirror.
func T(_ v: [Double], _ shape: [Int]? = nil, _ dtype: DType = .float32) throws -> Tensor {
    try Tensor.from(v, shape: shape ?? [v.count], dtype: dtype)
}

func I(_ v: [Int64], _ shape: [Int]? = nil, _ dtype: DType = .int64) throws -> Tensor {
    try Tensor.from(v, shape: shape ?? [v.count], dtype: dtype)
}

func B(_ v: [Bool], _ shape: [Int]? = nil) throws -> Tensor {
    try Tensor.from(v, shape: shape ?? [v.count])
}

/// A leaf that requires grad.
func P(_ v: [Double], _ shape: [Int]? = nil, _ dtype: DType = .float32) throws -> Tensor {
    let t = try T(v, shape, dtype)
    try t.setRequiresGrad()
    return t
}

/// Compares shape, dtype and values (floats within a relative tolerance).
func check(_ t: Tensor, shape: [Int], dtype: DType, values: [Double],
           tolerance: Double = 1e-5, sourceLocation: SourceLocation = #_sourceLocation) throws {
    #expect(t.shape == shape, "shape", sourceLocation: sourceLocation)
    #expect(t.dtype == dtype, "dtype", sourceLocation: sourceLocation)
    let got = try t.doubles()
    #expect(got.count == values.count, "count", sourceLocation: sourceLocation)
    for (g, e) in zip(got, values) {
        let ok = (g.isNaN && e.isNaN) || g == e || Swift.abs(g - e) <= tolerance * Swift.max(1, Swift.abs(e))
        #expect(ok, "got \(got) expected \(values)", sourceLocation: sourceLocation)
        if !ok { return }
    }
}

/// Expects `body` to throw a TensorError of `kind` with exactly `message`.
func expectError(_ kind: TensorError.Kind, _ message: String,
                 sourceLocation: SourceLocation = #_sourceLocation, _ body: () throws -> Any) {
    do {
        _ = try body()
        Issue.record("expected error: \(message)", sourceLocation: sourceLocation)
    } catch let e as TensorError {
        #expect(e.kind == kind, "kind of \(e.message)", sourceLocation: sourceLocation)
        #expect(e.message == message, sourceLocation: sourceLocation)
    } catch {
        Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
    }
}

/// Checks the gradients autograd gives for `f` against central finite differences in
/// float64. The output is reduced with fixed pseudo-random weights so every output element
/// contributes with a different weight.
func gradcheck(_ inputs: [Tensor], eps: Double = 1e-6, tolerance: Double = 1e-4,
               sourceLocation: SourceLocation = #_sourceLocation, _ f: ([Tensor]) throws -> Tensor) throws {
    let leaves = try inputs.map { x -> Tensor in
        let t = try x.cloneData(dtype: .float64)
        try t.setRequiresGrad()
        return t
    }
    func weights(_ n: Int) -> [Double] {
        (0..<n).map { (i: Int) -> Double in
            let r: Int = (i * 7919 + 13) % 17
            return Double(r) / 17 + 0.1
        }
    }
    func loss(_ xs: [Tensor]) throws -> Tensor {
        let y = try f(xs)
        let w = try Tensor.from(weights(y.numel), shape: y.shape, dtype: y.dtype)
        return try y.mul(w).sum()
    }
    try loss(leaves).backward()
    for (k, leaf) in leaves.enumerated() {
        let base = try leaf.doubles()
        let analytic = try leaf.grad.map { try $0.doubles() } ?? [Double](repeating: 0, count: base.count)
        for i in base.indices {
            func value(_ delta: Double) throws -> Double {
                var v = base
                v[i] += delta
                var xs = leaves.map { $0.detach() }
                xs[k] = try Tensor.from(v, shape: leaf.shape, dtype: .float64)
                return try GradMode.withDisabled { try loss(xs).item().doubleValue }
            }
            let numeric = (try value(eps) - value(-eps)) / (2 * eps)
            let ok = Swift.abs(numeric - analytic[i]) <= tolerance * Swift.max(1, Swift.abs(numeric))
            #expect(ok, "input \(k) element \(i): analytic \(analytic[i]) numeric \(numeric)", sourceLocation: sourceLocation)
            if !ok { return }
        }
    }
}

struct MissingGrad: Error {}

/// The gradient of the first input after `f(inputs).backward()`.
func G(_ xs: [Tensor], _ f: ([Tensor]) throws -> Tensor) throws -> Tensor {
    try f(xs).backward()
    guard let g = xs[0].grad else { throw MissingGrad() }
    return g
}

/// The grad_fn name of a tensor, "None" for leaves.
func N(_ t: Tensor) -> String { t.gradFn?.name ?? "None" }

/// `gradcheck` for a function of one tensor.
func gradcheck(_ input: Tensor, sourceLocation: SourceLocation = #_sourceLocation,
               _ f: (Tensor) throws -> Tensor) throws {
    try gradcheck([input], sourceLocation: sourceLocation) { try f($0[0]) }
}

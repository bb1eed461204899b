/// Random creation and in-place sampling through the PyTorch-exact generator in Random/:
/// rand, randn, randint, randperm, normal, bernoulli, uniform_, normal_, random_.
extension Tensor {
    /// Whether the elements cover one dense block of memory in some dimension order; PyTorch
    /// then fills them in memory order, as for a contiguous tensor.
    var isDenseInMemory: Bool {
        let dims = (0..<dim).filter { shape[$0] != 1 }.sorted { strides[$0] > strides[$1] }
        return isContiguousLayout(dims.map { shape[$0] }, dims.map { strides[$0] })
    }

    /// Fills a float tensor through `fill` on its memory (a temporary for scattered views).
    private func fillFloats(_ op: String, _ fill: (UnsafeMutableBufferPointer<Float>) -> Void,
                            _ fill64: (UnsafeMutableBufferPointer<Double>) -> Void) throws(TensorError) -> Tensor {
        guard dtype.isFloatingPoint else { throw .notImplemented("\"\(op)\" not implemented for '\(dtype.scalarTypeName)'") }
        try checkInPlace()
        let target = isDenseInMemory ? self : try Tensor(zerosOf: shape, dtype: dtype)
        if dtype == .float32 {
            fill(UnsafeMutableBufferPointer(start: target.pointer(Float.self), count: numel))
        } else {
            fill64(UnsafeMutableBufferPointer(start: target.pointer(Double.self), count: numel))
        }
        if target !== self { copyElements(from: target, into: self) }
        storage.version += 1
        return self
    }

    /// PyTorch's `uniform_(from, to)`.
    @discardableResult
    public func uniform_(from: Double = 0, to: Double = 1, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard from <= to else {
            throw .runtime("uniform_ expects to return a [from, to) range, but found from=\(pythonNumber(from)) > to=\(pythonNumber(to))")
        }
        return try fillFloats("check_uniform_bounds",
                              { generator.fillUniform($0, from: from, to: to) },
                              { generator.fillUniform($0, from: from, to: to) })
    }

    /// PyTorch's `normal_(mean, std)`; non-contiguous tensors take the scalar path.
    @discardableResult
    public func normal_(mean: Double = 0, std: Double = 1, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard std >= 0 else { throw .runtime("normal expects std >= 0.0, but found std \(pythonNumber(std))") }
        let contiguous = isContiguous
        return try fillFloats("normal_kernel_cpu", { b in
            if contiguous { generator.fillNormal(b, mean: mean, std: std) } else {
                for i in b.indices { b[i] = Float(generator.normalSample(mean: mean, std: std)) }
            }
        }, { b in
            if contiguous { generator.fillNormal(b, mean: mean, std: std) } else {
                for i in b.indices { b[i] = generator.normalSample(mean: mean, std: std) }
            }
        })
    }

    /// PyTorch's `bernoulli_(p)` with a scalar probability.
    @discardableResult
    public func bernoulli_(p: Double = 0.5, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard p >= 0 && p <= 1 else { throw .runtime("bernoulli_ expects p to be in [0, 1], but got p=\(pythonNumber(p))") }
        return try fillFloats("bernoulli_scalar_cpu_",
                              { generator.fillBernoulli($0, p: p) }, { generator.fillBernoulli($0, p: p) })
    }

    /// PyTorch's `torch.bernoulli(probabilities)`: 1 where a uniform draw falls below each element.
    public func bernoulli(generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard dtype == .float32 else {
            let u = try Tensor.rand(shape, dtype: .float64, generator: generator)
            return try u.lt(to(.float64)).to(dtype)
        }
        let probabilities = try contiguousData()
        let out = try Tensor(zerosOf: shape, dtype: dtype)
        generator.fillBernoulli(UnsafeMutableBufferPointer(start: out.pointer(Float.self), count: numel),
                                probabilities: UnsafeBufferPointer(start: probabilities.pointer(Float.self), count: numel))
        return out
    }

    /// PyTorch's `random_(from, to)`: integers in [from, to).
    @discardableResult
    public func random_(from low: Int64, to high: Int64, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard low < high else {
            throw .runtime("random_ expects 'from' to be less than 'to', but got from=\(low) >= to=\(high)")
        }
        try checkInPlace()
        let target = try Tensor(zerosOf: shape, dtype: dtype == .float32 ? .float32 : (dtype == .float64 ? .float64 : .int64))
        let n = numel
        switch target.dtype {
        case .float32: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Float.self), count: n), low: low, high: high)
        case .float64: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Double.self), count: n), low: low, high: high)
        default: generator.fillRandom(UnsafeMutableBufferPointer(start: target.pointer(Int64.self), count: n), low: low, high: high)
        }
        copyElements(from: target, into: self)
        storage.version += 1
        return self
    }

    public static func rand(_ shape: [Int], dtype: DType = .float32, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try Tensor(zerosOf: shape, dtype: dtype).uniform_(generator: generator)
    }

    public static func randn(_ shape: [Int], dtype: DType = .float32, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try Tensor(zerosOf: shape, dtype: dtype).normal_(generator: generator)
    }

    /// `torch.normal(mean, std, size)`.
    public static func normal(mean: Double, std: Double, _ shape: [Int], dtype: DType = .float32,
                              generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try Tensor(zerosOf: shape, dtype: dtype).normal_(mean: mean, std: std, generator: generator)
    }

    /// `torch.randint(low, high, size)` (int64 unless a dtype is given).
    public static func randint(_ low: Int64, _ high: Int64, _ shape: [Int], dtype: DType = .int64,
                               generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try Tensor(zerosOf: shape, dtype: dtype).random_(from: low, to: high, generator: generator)
    }

    /// `torch.randperm(n)`.
    public static func randperm(_ n: Int, dtype: DType = .int64, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard n >= 0 else { throw .runtime("n must be non-negative, got\(n)") }
        return try from(generator.randperm(n), shape: [n], dtype: dtype)
    }

    public static func randLike(_ t: Tensor, dtype: DType? = nil, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try rand(t.shape, dtype: dtype ?? t.dtype, generator: generator)
    }

    public static func randnLike(_ t: Tensor, dtype: DType? = nil, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        try randn(t.shape, dtype: dtype ?? t.dtype, generator: generator)
    }
}

/// A double as C++ streams print it in ATen's messages: integral values without ".0".
func pythonNumber(_ d: Double) -> String {
    d == d.rounded() && Swift.abs(d) < 1e15 ? String(Int64(d)) : "\(d)"
}

/// Factory functions: torch.tensor-style construction, zeros/ones/full/empty, eye, arange,
/// linspace and the *_like variants.
extension Tensor {
    /// A tensor of `shape` holding `values` in row-major order, converted to `dtype`.
    public static func from(_ values: [Double], shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try fromBuffer(values, shape: shape, dtype: dtype, .float64)
    }

    public static func from(_ values: [Int64], shape: [Int], dtype: DType = .int64) throws(TensorError) -> Tensor {
        try fromBuffer(values, shape: shape, dtype: dtype, .int64)
    }

    public static func from(_ values: [Bool], shape: [Int], dtype: DType = .bool) throws(TensorError) -> Tensor {
        try fromBuffer(values.map { $0 ? UInt8(1) : 0 }, shape: shape, dtype: dtype, .bool)
    }

    private static func fromBuffer<T: TensorElement>(_ values: [T], shape: [Int], dtype: DType, _ sourceType: DType) throws(TensorError) -> Tensor {
        let n = try checkedNumel(shape)
        guard n == values.count else {
            throw .runtime("shape '\(shapeString(shape))' is invalid for input of size \(values.count)")
        }
        let src = try Tensor(zerosOf: shape, dtype: sourceType)
        let p = src.pointer(T.self)
        for i in 0..<n { p[i] = values[i] }
        return try src.contiguousData(dtype: dtype)
    }

    /// A 0-dim tensor; the dtype defaults to PyTorch's for the Python number's type.
    public static func scalar(_ value: Scalar, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try full([], value, dtype: dtype)
    }

    /// A Python number taking part in one operation (ranks below tensors in promotion).
    public static func wrapped(_ value: Scalar, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let dt = dtype ?? {
            switch value {
            case .bool: return DType.bool
            case .int: return .int64
            case .double: return .float64
            }
        }()
        let t = try full([], value, dtype: dt)
        t.isWrappedNumber = true
        return t
    }

    public static func full(_ shape: [Int], _ value: Scalar, dtype: DType? = nil) throws(TensorError) -> Tensor {
        let out = try Tensor(zerosOf: shape, dtype: dtype ?? value.dtype)
        try out.fillUnchecked(value)
        return out
    }

    public static func zeros(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        if shape.contains(where: { $0 < 0 }) { throw .runtime("zeros: Dimension size must be non-negative.") }
        return try Tensor(zerosOf: shape, dtype: dtype)
    }

    public static func ones(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try full(shape, .int(1), dtype: dtype)
    }

    /// PyTorch's `empty`: contents are unspecified; here they are zeros.
    public static func empty(_ shape: [Int], dtype: DType = .float32) throws(TensorError) -> Tensor {
        try Tensor(zerosOf: shape, dtype: dtype)
    }

    public static func eye(_ n: Int, _ m: Int? = nil, dtype: DType = .float32) throws(TensorError) -> Tensor {
        let cols = m ?? n
        guard n >= 0 else { throw .runtime("n must be greater or equal to 0, got \(n)") }
        guard cols >= 0 else { throw .runtime("m must be greater or equal to 0, got \(cols)") }
        let out = try Tensor(zerosOf: [n, cols], dtype: dtype)
        let one = try Tensor.scalar(.int(1), dtype: dtype)
        for i in 0..<Swift.min(n, cols) {
            copyElements(from: one, into: out.aliased(shape: [], strides: [], offset: i * cols + i))
        }
        return out
    }

    /// PyTorch's `arange(start, end, step)`; integer arguments give int64, otherwise float32.
    public static func arange(_ start: Scalar, _ end: Scalar, step: Scalar = .int(1), dtype: DType? = nil) throws(TensorError) -> Tensor {
        let isFloat = start.isFloatingPoint || end.isFloatingPoint || step.isFloatingPoint
        let dt = dtype ?? (isFloat ? .float32 : .int64)
        let (s, e, st) = (start.doubleValue, end.doubleValue, step.doubleValue)
        guard st != 0 else { throw .runtime("step must be nonzero") }
        guard s.isFinite && e.isFinite else { throw .runtime("unsupported range: \(s) -> \(e)") }
        guard (st > 0 && e >= s) || (st < 0 && e <= s) else {
            throw .runtime("upper bound and lower bound inconsistent with step sign")
        }
        let estimate = ((e - s) / st).rounded(.up)
        guard estimate < 9e15 else { throw .runtime("invalid size, possible overflow?") }
        var count = Int(estimate)
        if !isFloat {
            // Exact integer arithmetic avoids rounding for large ranges.
            let (si, ei, sti) = (start.int64Value, end.int64Value, step.int64Value)
            let (span, overflow) = ei.subtractingReportingOverflow(si)
            guard !overflow else { throw .runtime("invalid size, possible overflow?") }
            count = Int(span / sti + (span % sti != 0 ? 1 : 0))
        }
        let out = try Tensor(zerosOf: [count], dtype: .float64)
        let p = out.pointer(Double.self)
        for i in 0..<count { p[i] = s + Double(i) * st }
        return try out.contiguousData(dtype: dt)
    }

    /// PyTorch's `linspace`: the first half counts up from start, the second down from end.
    public static func linspace(_ start: Double, _ end: Double, steps: Int, dtype: DType = .float32) throws(TensorError) -> Tensor {
        guard steps >= 0 else { throw .runtime("number of steps must be non-negative") }
        let out = try Tensor(zerosOf: [steps], dtype: dtype)
        // ATen's formulas, which GCC contracts into fused multiply-adds: the first half counts
        // up from `start`, the second down from `end`.
        func fill<T: FloatElement>(_: T.Type) {
            let p = out.pointer(T.self)
            let (s, e) = (T(start), T(end))
            let step = steps > 1 ? (e - s) / T(steps - 1) : 0
            let half = steps / 2
            // One step is just `start` (ATen fills it before its loop).
            if steps == 1 { p[0] = s; return }
            for i in 0..<steps { p[i] = i < half ? s.addingProduct(step, T(i)) : e.addingProduct(-step, T(steps - i - 1)) }
        }
        switch dtype {
        case .float64: fill(Double.self)
        case .float32: fill(Float.self)
        default:
            let d = try linspace(start, end, steps: steps, dtype: .float64)
            copyElements(from: d, into: out)
        }
        return out
    }

    public static func zerosLike(_ t: Tensor, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try zeros(t.shape, dtype: dtype ?? t.dtype)
    }

    public static func onesLike(_ t: Tensor, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try ones(t.shape, dtype: dtype ?? t.dtype)
    }

    public static func fullLike(_ t: Tensor, _ value: Scalar, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try full(t.shape, value, dtype: dtype ?? t.dtype)
    }

    public static func emptyLike(_ t: Tensor, dtype: DType? = nil) throws(TensorError) -> Tensor {
        try zeros(t.shape, dtype: dtype ?? t.dtype)
    }

    /// Writes `value` into every element, without autograd checks.
    func fillUnchecked(_ value: Scalar) throws(TensorError) {
        guard isContiguous else {
            copyElements(from: try Tensor.full([], value, dtype: dtype), into: self)
            return
        }
        func fill<T: TensorElement>(_ v: T) {
            let p = pointer(T.self)
            for i in 0..<numel { p[i] = v }
        }
        switch dtype {
        case .float32: fill(Float(value.doubleValue))
        case .float64: fill(value.doubleValue)
        case .int64: fill(value.int64Value)
        case .int32: fill(Int32(truncatingIfNeeded: value.int64Value))
        case .uint8: fill(UInt8(truncatingIfNeeded: value.int64Value))
        case .bool: fill(UInt8(value.boolValue ? 1 : 0))
        }
    }
}

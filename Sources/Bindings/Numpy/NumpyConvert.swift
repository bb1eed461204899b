import Script
import Tensors

// Python values to arrays as `np.asarray` reads them: arrays, NumPy scalars, tensors, Python
// numbers (int → int64, float → float64, bool → bool) and nested sequences of those.

/// `np.asarray(v)`: the array's own tensor when `v` is one (no copy).
func asTensor(_ v: Value, _ interp: Interpreter, dtype: DType? = nil) throws(PyError) -> Tensor {
    let t: Tensor
    switch v {
    case .bool(let b): t = try engine { try Tensor.scalar(.bool(b), dtype: .bool) }
    case .int(let n): t = try engine { try Tensor.scalar(.int(Int64(n)), dtype: .int64) }
    case .float(let d): t = try engine { try Tensor.scalar(.double(d), dtype: .float64) }
    case .list, .tuple, .range: t = try NumpyNested(v, interp).tensor()
    case .instance(let i):
        if let a = i.payload as? NDArray { t = a.tensor } else if let u = i.payload as? Tensor {
            t = try tensorAsArray(u)
        } else if i.cls.lookup("__array__") != nil {
            let r = try interp.callMethod(v, "__array__", [])
            guard numpyPayload(r) != nil || tensorPayload(r) != nil else {
                throw PyError.valueError("object __array__ method not producing an array")
            }
            return try asTensor(r, interp, dtype: dtype)
        } else {
            throw notNumeric(v)
        }
    default:
        throw notNumeric(v)
    }
    guard let dtype else { return t }
    return try engine { try t.to(dtype) }
}

/// Flint's arrays hold numbers only (NumPy would make a str or object array).
private func notNumeric(_ v: Value) -> PyError {
    PyError.typeError("Flint's numpy holds numbers only; cannot make an array from '\(typeName(v))'")
}

/// A tensor seen as an array, as `Tensor.__array__` gives it (sharing storage).
func tensorAsArray(_ t: Tensor) throws(PyError) -> Tensor {
    if t.requiresGrad {
        throw PyError.runtimeError("Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.")
    }
    return t.detach()
}

/// Nested sequences of numbers, arrays and tensors to one array, with NumPy's dtype inference.
private struct NumpyNested {
    var shape: [Int] = []
    /// Python numbers stay scalars (the common case, built in one go); arrays are joined.
    enum Leaf { case number(Scalar), array(Tensor) }
    var leaves: [Leaf] = []
    var dtype: DType?

    init(_ v: Value, _ interp: Interpreter) throws(PyError) {
        try walk(v, depth: 0, interp)
    }

    private mutating func walk(_ v: Value, depth: Int, _ interp: Interpreter) throws(PyError) {
        switch v {
        case .list, .tuple, .range:
            if depth >= 64 {
                throw PyError.valueError("setting an array element with a sequence. The requested array would exceed the maximum number of dimension of 64.")
            }
            let items = try interp.toArray(v)
            try expect(items.count, at: depth)
            for item in items { try walk(item, depth: depth + 1, interp) }
        case .bool(let b): try number(.bool(b), .bool, depth)
        case .int(let n): try number(.int(Int64(n)), .int64, depth)
        case .float(let d): try number(.double(d), .float64, depth)
        default:
            let t = try asTensor(v, interp)
            for (k, n) in t.shape.enumerated() { try expect(n, at: depth + k) }
            if depth + t.dim != shape.count { throw inhomogeneous(depth) }
            leaves.append(.array(t))
            dtype = dtype.map { numpyPromote($0, t.dtype) } ?? t.dtype
        }
    }

    private mutating func number(_ s: Scalar, _ d: DType, _ depth: Int) throws(PyError) {
        if depth != shape.count { throw inhomogeneous(depth) }
        leaves.append(.number(s))
        dtype = dtype.map { numpyPromote($0, d) } ?? d
    }

    /// Records or checks the length of the sequences at one depth.
    private mutating func expect(_ count: Int, at depth: Int) throws(PyError) {
        if depth == shape.count && leaves.isEmpty {
            shape.append(count)
        } else if depth >= shape.count || shape[depth] != count {
            throw inhomogeneous(min(depth, shape.count))
        }
    }

    private func inhomogeneous(_ depth: Int) -> PyError {
        let detected = shapeTuple(Array(shape.prefix(depth)))
        return PyError.valueError("setting an array element with a sequence. The requested array has an inhomogeneous shape after \(depth) dimensions. The detected shape was \(detected) + inhomogeneous part.")
    }

    func tensor() throws(PyError) -> Tensor {
        let d = dtype ?? .float64
        var numbers: [Scalar] = []
        numbers.reserveCapacity(leaves.count)
        for leaf in leaves { if case .number(let s) = leaf { numbers.append(s) } }
        if numbers.count == leaves.count { return try engine { try Tensor.fromScalars(numbers, shape: shape, dtype: d) } }
        return try engine {
            let parts = try leaves.map { leaf in
                switch leaf {
                case .number(let s): return try Tensor.scalar(s, dtype: d).reshape([1])
                case .array(let t): return try t.to(d).reshape([t.numel])
                }
            }
            return try Tensor.cat(parts).reshape(shape)
        }
    }
}

/// NumPy's promotion of two array dtypes: like PyTorch's, except that float32 meets int32 and
/// int64 in float64 (float32 cannot hold them exactly).
func numpyPromote(_ a: DType, _ b: DType) -> DType {
    let high = max(a, b), low = min(a, b)
    if high == .float32 && (low == .int32 || low == .int64) { return .float64 }
    return high
}

/// A ufunc operand: an array, or a Python number, which NumPy 2 treats as "weak" (it adopts
/// the other operand's dtype when its kind fits: `float32_array + 1.5` stays float32).
struct UfuncOperand {
    let tensor: Tensor
    let isWeak: Bool

    init(_ v: Value, _ interp: Interpreter) throws(PyError) {
        switch v {
        case .bool, .int, .float: isWeak = true
        case .bigInt: throw PyError.overflowError("Python int too large to convert to C long")
        default: isWeak = false
        }
        tensor = try asTensor(v, interp)
    }

    /// An array operand.
    init(_ t: Tensor) {
        tensor = t
        isWeak = false
    }

    /// Whether the value can take part in an array operator (else the operator returns NotImplemented).
    static func accepts(_ v: Value) -> Bool {
        switch v {
        case .bool, .int, .bigInt, .float, .list, .tuple: return true
        case .instance(let i): return i.payload is NDArray
        default: return false
        }
    }
}

/// A Python int must fit the integer dtype it adopts (NEP 50).
func checkWeakInteger(_ a: UfuncOperand, _ b: UfuncOperand) throws(PyError) {
    guard a.isWeak != b.isWeak else { return }
    let (weak, d) = a.isWeak ? (a.tensor, b.tensor.dtype) : (b.tensor, a.tensor.dtype)
    guard weak.dtype == .int64, d == .int32 || d == .uint8, let v = try? weak.item().int64Value else { return }
    let fits = d == .uint8 ? (0...255).contains(v) : (Int64(Int32.min)...Int64(Int32.max)).contains(v)
    if !fits { throw PyError.overflowError("Python integer \(v) out of bounds for \(d.name)") }
}

/// The dtype two operands are computed in (NEP 50).
func resultDType(_ a: UfuncOperand, _ b: UfuncOperand) -> DType {
    func kind(_ d: DType) -> Int { d == .bool ? 0 : d.isFloatingPoint ? 2 : 1 }
    switch (a.isWeak, b.isWeak) {
    case (true, false): return kind(a.tensor.dtype) <= kind(b.tensor.dtype) ? b.tensor.dtype : a.tensor.dtype
    case (false, true): return kind(b.tensor.dtype) <= kind(a.tensor.dtype) ? a.tensor.dtype : b.tensor.dtype
    default: return numpyPromote(a.tensor.dtype, b.tensor.dtype)
    }
}

/// The shape two operands broadcast to, or NumPy's error.
func broadcastShape(_ a: [Int], _ b: [Int]) throws(PyError) -> [Int] {
    if a == b || b.isEmpty { return a }
    if a.isEmpty { return b }
    return try broadcastShape([a, b])
}

/// The shape several operands broadcast to; NumPy's error names them all.
func broadcastShape(_ shapes: [[Int]]) throws(PyError) -> [Int] {
    let n = shapes.map(\.count).max() ?? 0
    var out = [Int](repeating: 1, count: n)
    for shape in shapes {
        for (k, size) in shape.enumerated() {
            let j = k + n - shape.count
            guard out[j] == size || out[j] == 1 || size == 1 else {
                throw PyError.valueError("operands could not be broadcast together with shapes " + shapes.map(shapeText).joined(separator: " ") + " ")
            }
            if size != 1 { out[j] = size }
        }
    }
    return out
}

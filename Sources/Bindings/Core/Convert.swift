import Script
import Tensors

// Python values to engine values: tensors, scalars, shapes, dims, dtypes.

extension Args {
    /// Parameter `name` as a tensor; TypeError in PyTorch's words otherwise.
    func tensor(_ name: String, function: String) throws(PyError) -> Tensor {
        let v = self[name]
        guard let t = tensorPayload(v) else {
            throw PyError.typeError("\(function)(): argument '\(name)' (position 1) must be Tensor, not \(typeName(v))")
        }
        return t
    }

    func selfTensor() throws(PyError) -> Tensor {
        guard let t = tensorPayload(self[0]) else {
            throw PyError.typeError("descriptor requires a 'torch._C.TensorBase' object but received a '\(typeName(self[0]))'")
        }
        return t
    }

    /// An optional tensor parameter (None or absent gives nil).
    func optionalTensor(_ name: String) throws(PyError) -> Tensor? {
        guard let v = optional(name), !v.isNone else { return nil }
        guard let t = tensorPayload(v) else { throw PyError.typeError("expected Tensor as argument '\(name)', but got \(typeName(v))") }
        return t
    }

    func optionalInt(_ name: String) throws(PyError) -> Int? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try interp.toIndex(v)
    }

    func optionalDouble(_ name: String) throws(PyError) -> Double? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try interp.toDouble(v)
    }

    func optionalDType(_ name: String) throws(PyError) -> DType? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try dtype(of: v)
    }

    func optionalScalar(_ name: String) throws(PyError) -> Scalar? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try scalar(v)
    }

    /// A shape given as varargs (`ones(2, 3)`), one sequence (`ones((2, 3))`) or `size=`.
    func shape(function: String) throws(PyError) -> [Int] {
        if let s = optional("size"), !s.isNone { return try shapeValue(s, interp) }
        return try sizes(function)
    }

    /// Sizes given as varargs or as one sequence: view(2, 3), view((2, 3)), permute([1, 0]).
    func sizes(_ function: String) throws(PyError) -> [Int] {
        if positional.count == 1, !isInteger(positional[0]) { return try shapeValue(positional[0], interp) }
        var out: [Int] = []
        for (k, v) in positional.enumerated() {
            guard isInteger(v) else {
                throw PyError.typeError("\(function)(): argument 'size' failed to unpack the object at pos \(k + 1) with error \"type must be tuple of ints,but got \(typeName(v))\"")
            }
            do throws(PyError) { out.append(try unpackLong(v, interp)) } catch {
                throw PyError.typeError("\(function)(): argument 'size' failed to unpack the object at pos \(k + 1) with error \"\(error.message)\"")
            }
        }
        return out
    }
}

func isInteger(_ v: Value) -> Bool {
    switch v {
    case .int, .bool, .bigInt: return true
    case .instance(let i):
        if let t = i.payload as? Tensor { return t.numel == 1 && !t.dtype.isFloatingPoint && t.dim == 0 }
        if let base = i.baseValue { return isInteger(base) }
    default: break
    }
    return false
}

/// A sequence of ints: tuple, list, torch.Size.
func shapeValue(_ v: Value, _ interp: Interpreter) throws(PyError) -> [Int] {
    switch v {
    case .int(let n): return [n]
    case .bigInt: throw bigUnpackError
    case .instance(let i):
        if let s = i.payload as? [Int] { return s }
    case .tuple, .list: break
    default:
        throw PyError.typeError("argument 'size' must be tuple of ints, not \(typeName(v))")
    }
    var dims: [Int] = []
    for (k, e) in try interp.toArray(v).enumerated() {
        guard isInteger(e) else {
            throw PyError.typeError("argument 'size' must be tuple of ints, but found element of type \(typeName(e)) at pos \(k)")
        }
        dims.append(try unpackLong(e, interp))
    }
    return dims
}

/// An int argument PyTorch unpacks as a C long long.
func unpackLong(_ v: Value, _ interp: Interpreter) throws(PyError) -> Int {
    if case .bigInt = v { throw bigUnpackError }
    return try interp.toIndex(v)
}

/// `dim` arguments: an int or a tuple/list of ints.
func dimsValue(_ v: Value, _ interp: Interpreter) throws(PyError) -> [Int] {
    if case .int(let d) = v { return [d] }
    return try shapeValue(v, interp)
}

/// A Python number (or a one-element tensor) as an engine scalar.
func scalar(_ v: Value) throws(PyError) -> Scalar {
    switch v {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int64(i))
    case .bigInt: throw bigScalarError
    case .float(let d): return .double(d)
    case .instance(let i):
        if let t = i.payload as? Tensor, t.numel == 1 { return try engine { try t.item() } }
    default: break
    }
    throw PyError.typeError("expected a number, but got \(typeName(v))")
}

/// PyTorch's errors for a Python int beyond 64 bits: as a Scalar (`t + 2**70`, `full`), and where
/// it is unpacked as a C long long (`torch.tensor(2**70)`, `t[2**70]`).
let bigScalarError = PyError.overflowError("int too big to convert")
let bigUnpackError = PyError.valueError("Overflow when unpacking long long")

func pythonValue(_ s: Scalar) -> Value {
    switch s {
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(Int(i))
    case .double(let d): return .float(d)
    }
}

/// torch.float32, ..., or the Python types float/int/bool as PyTorch accepts them.
func dtype(of v: Value) throws(PyError) -> DType {
    switch v {
    case .instance(let i):
        if let d = i.payload as? DType { return d }
    case .cls(let c):
        switch c.name {
        case "float": return .float64
        case "int": return .int64
        case "bool": return .bool
        default: break
        }
    default: break
    }
    throw PyError.typeError("dtype must be torch.dtype, not \(typeName(v))")
}

/// Nested Python sequences to a tensor, as torch.tensor reads them.
struct NestedData {
    var shape: [Int] = []
    var scalars: [Scalar] = []
    var inferred: DType = .bool
    var sawNumber = false
    /// Whether an int beyond 64 bits was read (only a floating dtype can hold it).
    var sawBigInt = false

    init(_ v: Value, _ interp: Interpreter) throws(PyError) {
        try walk(v, depth: 0, interp)
        if !sawNumber { inferred = .float32 }
    }

    private mutating func walk(_ v: Value, depth: Int, _ interp: Interpreter) throws(PyError) {
        switch v {
        case .list, .tuple:
            let items = try interp.toArray(v)
            if depth == shape.count {
                shape.append(items.count)
            } else if depth > shape.count || shape[depth] != items.count {
                if depth > shape.count { throw PyError.valueError("expected sequence of length \(shape.count > depth ? shape[depth] : 0) at dim \(depth) (got \(items.count))") }
                throw PyError.valueError("expected sequence of length \(shape[depth]) at dim \(depth) (got \(items.count))")
            }
            for item in items { try walk(item, depth: depth + 1, interp) }
        case .instance(let i) where i.payload is Tensor || i.payload is NDArray:
            // NumPy arrays and scalars carry an engine tensor too; a nested one is read like a list.
            guard let t = (i.payload as? Tensor) ?? (i.payload as? NDArray)?.tensor else { return }
            if t.dim > 0, i.payload is NDArray {
                try walk(.list(PyList(try engine { try t.unbind(dim: 0) }.map { wrapArray($0) })), depth: depth, interp)
                return
            }
            try leafDepthCheck(depth)
            if t.dim == 0 {
                append(try engine { try t.item() }, dtype: t.dtype)
            } else {
                throw PyError.valueError("only one element tensors can be converted to Python scalars")
            }
        case .instance(let i) where i.baseValue != nil:
            // A list, tuple or number subclass's instance reads as its builtin value.
            try walk(i.baseValue ?? .none, depth: depth, interp)
        default:
            try leafDepthCheck(depth)
            let s: Scalar
            switch v {
            case .bool(let b): s = .bool(b)
            case .int(let n): s = .int(Int64(n))
            case .bigInt(let b):
                sawBigInt = true
                append(.double(b.doubleValue), dtype: .int64)
                return
            case .float(let d): s = .double(d)
            default: throw PyError.typeError("new(): invalid data type '\(typeName(v))'")
            }
            append(s, dtype: s.dtype)
        }
    }

    private func leafDepthCheck(_ depth: Int) throws(PyError) {
        if depth < shape.count && !scalars.isEmpty {
            throw PyError.valueError("expected sequence of length \(shape[depth]) at dim \(depth) (got 0)")
        }
    }

    private mutating func append(_ s: Scalar, dtype: DType) {
        if !sawNumber { inferred = dtype; sawNumber = true } else { inferred = DType.promote(inferred, dtype) }
        scalars.append(s)
    }

    func tensor(dtype: DType?) throws(PyError) -> Tensor {
        let count = shape.reduce(1, *)
        if count != scalars.count && !(count == 0) {
            throw PyError.valueError("expected sequence of length \(shape.last ?? 0) at dim \(shape.count - 1) (got \(scalars.count))")
        }
        let d = dtype ?? inferred
        if sawBigInt && !d.isFloatingPoint { throw bigUnpackError }
        if let range = integerRange(d) {
            for case .int(let v) in scalars where !range.contains(v) {
                throw PyError.runtimeError("value cannot be converted to type \(d.name) without overflow")
            }
        }
        return try engine { try Tensor.fromScalars(scalars, shape: shape, dtype: d) }
    }
}

/// The Python ints a narrow integer dtype holds (PyTorch refuses others in torch.tensor).
private func integerRange(_ d: DType) -> ClosedRange<Int64>? {
    switch d {
    case .uint8: return 0...255
    case .int32: return Int64(Int32.min)...Int64(Int32.max)
    default: return nil
    }
}

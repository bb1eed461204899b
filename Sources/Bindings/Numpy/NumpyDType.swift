import Script
import Tensors

// `np.dtype` objects (`dtype('float64')`), the scalar types as dtype arguments and constructors
// (`np.float64(3)`), and the dtype spellings NumPy accepts: 'float32', np.float32, float, ...

let NumpyDTypeClass = PyClass(name: "dtype", module: "numpy")

/// One object per dtype, so `a.dtype is b.dtype` holds as in NumPy.
private let dtypeObjects = Locked<[DType: PyInstance]>([:])

func wrapNumpyDType(_ d: DType) -> Value {
    .instance(dtypeObjects.withLock { objects in
        if let v = objects[d] { return v }
        let v = PyInstance(NumpyDTypeClass, payload: NumpyDType(d))
        objects[d] = v
        return v
    })
}

/// The payload of a `np.dtype` object (a distinct type, so torch's dtype checks do not take it).
struct NumpyDType { let dtype: DType; init(_ d: DType) { dtype = d } }

/// A dtype argument: `np.dtype`, a scalar type, a name, or Python's float/int/bool.
func numpyDType(_ v: Value) throws(PyError) -> DType {
    switch v {
    case .instance(let i):
        if let d = i.payload as? NumpyDType { return d.dtype }
        if let a = i.payload as? NDArray { return a.tensor.dtype }
    case .cls(let c):
        if let d = numpyScalarClasses.first(where: { $0.value === c })?.key { return d }
        switch c.name {
        case "float": return .float64
        case "int": return .int64
        case "bool": return .bool
        default: break
        }
    case .str(let s):
        let names: [String: DType] = ["float": .float64, "double": .float64, "f8": .float64, "f4": .float32,
                                      "int": .int64, "long": .int64, "i8": .int64, "i4": .int32, "u1": .uint8,
                                      "bool_": .bool, "?": .bool]
        if let d = DType.allCases.first(where: { $0.name == s }) ?? names[s] { return d }
        throw PyError.typeError("data type '\(s)' not understood")
    default: break
    }
    throw PyError.typeError("Cannot interpret '\(reprNoInterp(v))' as a data type")
}

extension Args {
    func optionalNumpyDType(_ name: String) throws(PyError) -> DType? {
        guard let v = optional(name), !v.isNone else { return nil }
        return try numpyDType(v)
    }
}

private func reprNoInterp(_ v: Value) -> String {
    switch v {
    case .instance(let i): return "<\(i.cls.module).\(i.cls.name) object>"
    case .cls(let c): return "<class '\(c.module == "builtins" ? c.name : c.module + "." + c.name)'>"
    case .int(let n): return String(n)
    default: return typeName(v)
    }
}

/// The methods of numpy's dtype and scalar classes, defined once per process: the classes are
/// shared by every interpreter, and several may load numpy at once (tests run in parallel).
private let numpyDTypeClassMethods: Void = {
    NumpyDTypeClass.defineStatic("__new__", ["cls", "dtype"]) { a throws(PyError) in wrapNumpyDType(try numpyDType(a["dtype"])) }
    NumpyDTypeClass.define("__repr__", ["self"]) { a throws(PyError) in .str("dtype('\(try selfDType(a).name)')") }
    NumpyDTypeClass.define("__str__", ["self"]) { a throws(PyError) in .str(try selfDType(a).name) }
    NumpyDTypeClass.define("__eq__", ["self", "other"]) { a throws(PyError) in
        let d = try selfDType(a)
        guard let other = try? numpyDType(a[1]) else { return .bool(false) }
        return .bool(d == other)
    }
    NumpyDTypeClass.define("__ne__", ["self", "other"]) { a throws(PyError) in
        let d = try selfDType(a)
        guard let other = try? numpyDType(a[1]) else { return .bool(true) }
        return .bool(d != other)
    }
    NumpyDTypeClass.define("__hash__", ["self"]) { a throws(PyError) in .int(try selfDType(a).rawValue) }
    NumpyDTypeClass.defineProperty("name") { i throws(PyError) in .str(try dtypeOf(i).name) }
    NumpyDTypeClass.defineProperty("itemsize") { i throws(PyError) in .int(try dtypeOf(i).itemSize) }
    NumpyDTypeClass.defineProperty("kind") { i throws(PyError) in
        let d = try dtypeOf(i)
        return .str(d == .bool ? "b" : d.isFloatingPoint ? "f" : d == .uint8 ? "u" : "i")
    }
    NumpyDTypeClass.defineProperty("type") { i throws(PyError) in
        numpyScalarClasses[try dtypeOf(i)].map { .cls($0) } ?? .none
    }
    for (d, cls) in numpyScalarClasses {
        // np.float64(x): a scalar for a number, an array for a sequence, as NumPy does.
        cls.defineStatic("__new__", ["cls", "value?"]) { a throws(PyError) in
            guard let v = a.optional("value") else { return wrapScalar(try engine { try Tensor.zeros([], dtype: d) }) }
            if case .str(let s) = v, d.isFloatingPoint {
                guard let x = Double(s) else {
                    throw PyError.valueError("could not convert string to float: '\(s)'")
                }
                return wrapScalar(try engine { try Tensor.scalar(.double(x), dtype: d) })
            }
            return wrapResult(try engine { try asTensor(v, a.interp).to(d).clone() })
        }
    }
}()

func defineNumpyDTypes(_ m: PyModule) throws(PyError) {
    _ = numpyDTypeClassMethods
    m["dtype"] = .cls(NumpyDTypeClass)
    for (d, cls) in numpyScalarClasses { m[d == .bool ? "bool" : d.name] = .cls(cls) }
    let aliases: [(String, DType)] = [("bool_", .bool), ("double", .float64), ("single", .float32),
                                      ("int_", .int64), ("intp", .int64), ("ubyte", .uint8)]
    for (name, d) in aliases { m[name] = numpyScalarClasses[d].map { .cls($0) } }
    m["generic"] = .cls(GenericClass)
    for (name, cls) in numpyAbstractClasses { m[name] = .cls(cls) }
    m["True_"] = wrapScalar(try engine { try Tensor.scalar(.bool(true), dtype: .bool) })
    m["False_"] = wrapScalar(try engine { try Tensor.scalar(.bool(false), dtype: .bool) })
    m["ndarray"] = .cls(NDArrayClass)
}

private func selfDType(_ a: Args) throws(PyError) -> DType {
    guard case .instance(let i) = a[0] else { throw PyError.typeError("expected a numpy.dtype") }
    return try dtypeOf(i)
}

private func dtypeOf(_ i: PyInstance) throws(PyError) -> DType {
    guard let d = i.payload as? NumpyDType else { throw PyError.typeError("expected a numpy.dtype, got \(i.cls.name)") }
    return d.dtype
}

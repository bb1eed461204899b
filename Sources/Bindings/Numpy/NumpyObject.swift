import Script
import Tensors

// The array and NumPy scalar as Python objects: repr/str/format, properties, conversions to
// Python values, len and iteration.

/// The one element of a size-1 array as a Python number (`a.item()`, truth tests).
private func onlyElement(_ t: Tensor) throws(PyError) -> Scalar {
    guard t.numel == 1 else { throw PyError.typeError("only length-1 arrays can be converted to Python scalars") }
    return try engine { try t.reshape([]).item() }
}

/// The value of a 0-dim array or NumPy scalar (`float(a)`, `int(a)`); NumPy 2.4 refuses others.
private func zeroDimElement(_ t: Tensor) throws(PyError) -> Scalar {
    guard t.dim == 0 else { throw PyError.typeError("only 0-dimensional arrays can be converted to Python scalars") }
    return try engine { try t.item() }
}

func arrayObjectOps() -> [ArrayOp] { [
    // The same nested lists as Tensor.tolist (numpy loads torch, so the method is there).
    ArrayOp("tolist", function: false) { a, t throws(PyError) in try a.interp.callMethod(wrap(t), "tolist", []) },
    ArrayOp("item", ["*args"], function: false) { a, t throws(PyError) in
        guard let i = a.positional.first else {
            guard t.numel == 1 else { throw PyError.valueError("can only convert an array of size 1 to a Python scalar") }
            return pythonValue(try onlyElement(t))
        }
        let n = try a.interp.toIndex(i)
        guard n >= -t.numel && n < t.numel else { throw PyError.indexError("index \(n) is out of bounds for size \(t.numel)") }
        return pythonValue(try engine { try t.reshape([t.numel]).element(at: n < 0 ? n + t.numel : n) })
    },
    ArrayOp("copy", function: true) { _, t throws(PyError) in wrapResult(try engine { try t.clone() }) },
    ArrayOp("astype", ["dtype", "order?", "casting?", "subok?", "copy?"], function: false) { a, t throws(PyError) in
        let d = try numpyDType(a["dtype"])
        if d == t.dtype, let copy = a.optional("copy"), !(try a.interp.truthy(copy)) { return a[0] }
        return wrapResult(try engine { try t.to(d).clone() })
    },
    ArrayOp("fill", ["value"], function: false) { a, t throws(PyError) in
        let s = try scalar(a["value"])
        _ = try engine { try t.fill_(s) }
        return .none
    },
    ArrayOp("dot", ["b"], function: false) { a, _ throws(PyError) in try arrayDot(a[0], a["b"], a.interp) },
] }

func defineArrayObject() {
    NDArrayClass.define("__repr__", ["self"]) { a throws(PyError) in
        let t = try selfArray(a)
        return .str(numpyRepr(shape: t.shape, elements: t.elements))
    }
    NDArrayClass.define("__str__", ["self"]) { a throws(PyError) in
        let t = try selfArray(a)
        return .str(numpyStr(shape: t.shape, elements: t.elements))
    }
    GenericClass.define("__repr__", ["self"]) { a throws(PyError) in .str(numpyScalarRepr(try selfArray(a).elements)) }
    GenericClass.define("__str__", ["self"]) { a throws(PyError) in .str(numpyScalarStr(try selfArray(a).elements)) }
    for cls in [NDArrayClass, GenericClass] {
        cls.define("__format__", ["self", "format_spec"]) { a throws(PyError) in
            let t = try selfArray(a), spec = try a.string("format_spec")
            if t.dim == 0 { return .str(try a.interp.format(pythonValue(try onlyElement(t)), spec)) }
            guard spec.isEmpty else { throw PyError.typeError("unsupported format string passed to numpy.ndarray.__format__") }
            return .str(try a.interp.str(a[0]))
        }
        cls.define("__float__", ["self"]) { a throws(PyError) in .float(try zeroDimElement(selfArray(a)).doubleValue) }
        cls.define("__int__", ["self"]) { a throws(PyError) in
            let s = try zeroDimElement(selfArray(a))
            guard case .double(let d) = s else { return .int(Int(s.int64Value)) }
            guard d.isFinite, let i = Int(exactly: d.rounded(.towardZero)) else {
                throw PyError.valueError(d.isNaN ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer")
            }
            return .int(i)
        }
        cls.define("__index__", ["self"]) { a throws(PyError) in
            let t = try selfArray(a)
            guard t.dim == 0, t.dtype.isIntegral || t.dtype == .bool && cls === GenericClass else {
                throw PyError.typeError("only integer scalar arrays can be converted to a scalar index")
            }
            return .int(Int(try onlyElement(t).int64Value))
        }
        cls.define("__bool__", ["self"]) { a throws(PyError) in
            let t = try selfArray(a)
            if t.numel == 0 {
                throw PyError.valueError("The truth value of an empty array is ambiguous. Use `array.size > 0` to check that an array is not empty.")
            }
            guard t.numel == 1 else {
                throw PyError.valueError("The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()")
            }
            return .bool(try onlyElement(t).boolValue)
        }
        cls.define("__round__", ["self", "ndigits?"]) { a throws(PyError) in
            let t = try selfArray(a)
            let value = pythonValue(try onlyElement(t))
            guard case .float = value else { return value }
            // round(x) is a Python int; round(x, n) stays a NumPy float.
            guard let digits = a.optional("ndigits"), !digits.isNone else { return try a.interp.callMethod(value, "__round__", []) }
            return try a.interp.callMethod(a[0], "round", [digits])  // np.round's arithmetic
        }
        cls.defineProperty("shape") { i throws(PyError) in .tuple(try array(i).shape.map { .int($0) }) }
        cls.defineProperty("ndim") { i throws(PyError) in .int(try array(i).dim) }
        cls.defineProperty("size") { i throws(PyError) in .int(try array(i).numel) }
        cls.defineProperty("dtype") { i throws(PyError) in wrapNumpyDType(try array(i).dtype) }
        cls.defineProperty("itemsize") { i throws(PyError) in .int(try array(i).dtype.itemSize) }
        cls.defineProperty("nbytes") { i throws(PyError) in
            let t = try array(i)
            return .int(t.numel * t.dtype.itemSize)
        }
        cls.defineProperty("T") { i throws(PyError) in
            let t = try array(i)
            return wrapResult(try engine { try t.dim < 2 ? t : t.reversedDims() })
        }
    }
    GenericClass.define("__hash__", ["self"]) { a throws(PyError) in
        try a.interp.callMethod(pythonValue(try onlyElement(try selfArray(a))), "__hash__", [])
    }
    NDArrayClass.define("__hash__", ["self"]) { _ throws(PyError) in throw PyError.typeError("unhashable type: 'numpy.ndarray'") }
    // Scalars share the array methods, __getitem__ included, but are not iterable.
    GenericClass.define("__iter__", ["self"]) { a throws(PyError) in
        throw PyError.typeError("'\(typeName(a[0]))' object is not iterable")
    }
    NDArrayClass.define("__len__", ["self"]) { a throws(PyError) in
        let t = try selfArray(a)
        guard t.dim > 0 else { throw PyError.typeError("len() of unsized object") }
        return .int(t.shape[0])
    }
    NDArrayClass.define("__iter__", ["self"]) { a throws(PyError) in
        let t = try selfArray(a)
        guard t.dim > 0 else { throw PyError.typeError("iteration over a 0-d array") }
        // Rows are views, as in NumPy; elements of a 1-dim array are scalar copies.
        let rows = try engine { try t.dim == 1 ? t.clone().unbind(dim: 0) : t.unbind(dim: 0) }
        return .iterator(PyIterator(array: rows.map(wrapResult), typeName: "iterator"))
    }
    NDArrayClass.define("__contains__", ["self", "value"]) { a throws(PyError) in
        let r = try applyBinary(a[0], a[1], a.interp, .comparison) { try $0.eq($1) }
        return .bool(try engine { try numpyPayload(r)?.tensor.any().item().boolValue ?? false })
    }
}

/// The tensor inside an instance passed to a property.
private func array(_ i: PyInstance) throws(PyError) -> Tensor {
    guard let a = i.payload as? NDArray else { throw PyError.typeError("expected a numpy.ndarray, got \(i.cls.name)") }
    return a.tensor
}

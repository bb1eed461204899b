import Script
import Tensors

// Shape methods and functions: reshape, transpose, flatten, ravel, squeeze, expand_dims.

/// A new shape given as varargs (`a.reshape(2, 3)`) or one sequence (`a.reshape((2, 3))`),
/// with one -1 inferred, and NumPy's error when the sizes disagree.
private func newShape(_ values: [Value], for t: Tensor, _ interp: Interpreter) throws(PyError) -> [Int] {
    var dims: [Int] = []
    if values.count == 1, !isInteger(values[0]), numpyPayload(values[0]) == nil {
        dims = try shapeValue(values[0], interp)
    } else {
        for v in values { dims.append(try interp.toIndex(v)) }
    }
    let known = dims.filter { $0 != -1 }.reduce(1) { $0 &* $1 }
    let unknown = dims.filter { $0 == -1 }.count
    if unknown > 1 { throw PyError.valueError("can only specify one unknown dimension") }
    let fits = unknown == 1 ? known != 0 && t.numel % known == 0 : known == t.numel
    guard fits, !dims.contains(where: { $0 < -1 }) else {
        // NumPy writes an unknown dimension as "newaxis", and drops a leading one.
        let parts = dims.enumerated().compactMap { $0.element == -1 ? ($0.offset == 0 ? nil : "newaxis") : String($0.element) }
        let text = "(" + parts.joined(separator: ",") + (dims.count == 1 ? ",)" : ")")
        throw PyError.valueError("cannot reshape array of size \(t.numel) into shape \(text)")
    }
    return unknown == 1 ? dims.map { $0 == -1 ? t.numel / known : $0 } : dims
}

func arrayShapeOps() -> [ArrayOp] { [
    ArrayOp("reshape", ["*shape", "order?"], function: false) { a, t throws(PyError) in
        let shape = try newShape(a.positional, for: t, a.interp)
        return wrapArray(try engine { try t.reshape(shape) })
    },
    ArrayOp("flatten", function: false) { _, t throws(PyError) in wrapArray(try engine { try t.reshape([t.numel]).clone() }) },
    ArrayOp("ravel") { _, t throws(PyError) in wrapArray(try engine { try t.reshape([t.numel]) }) },
    ArrayOp("transpose", ["*axes", "**kwargs"]) { a, t throws(PyError) in
        var axes: [Int] = []
        if let (name, _) = a.keywords.first(where: { $0.0 != "axes" }) {
            throw PyError.typeError("transpose() got an unexpected keyword argument '\(name)'")
        }
        if let (_, v) = a.keywords.first(where: { $0.0 == "axes" }) {
            if !v.isNone { axes = try shapeValue(v, a.interp) }
        } else if a.positional.count == 1, !isInteger(a.positional[0]) {
            if !a.positional[0].isNone { axes = try shapeValue(a.positional[0], a.interp) }
        } else {
            for v in a.positional { axes.append(try a.interp.toIndex(v)) }
        }
        if axes.isEmpty { return wrapArray(try engine { try t.dim < 2 ? t : t.reversedDims() }) }
        guard axes.count == t.dim else { throw PyError.valueError("axes don't match array") }
        var normalized: [Int] = []
        for d in axes { normalized.append(try normalizeAxis(d, t.dim)) }
        if Set(normalized).count != normalized.count { throw PyError.valueError("repeated axis in transpose") }
        return wrapArray(try engine { try t.permute(normalized) })
    },
    ArrayOp("squeeze", ["axis?"]) { a, t throws(PyError) in
        guard let axes = try a.axes(of: t) else { return wrapArray(try engine { try t.squeeze() }) }
        if axes.contains(where: { t.shape[$0] != 1 }) {
            throw PyError.valueError("cannot select an axis to squeeze out which has size not equal to one")
        }
        return wrapArray(try engine { try t.reshape(t.shape.enumerated().filter { !axes.contains($0.offset) }.map(\.element)) })
    },
] }

func defineShapeFunctions(_ m: PyModule) {
    m.define("reshape", ["a", "shape"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp)
        let shape = try newShape([a["shape"]], for: t, a.interp)
        return wrapArray(try engine { try t.reshape(shape) })
    }
    m.define("expand_dims", ["a", "axis"]) { a throws(PyError) in
        let t = try asTensor(a[0], a.interp)
        let d = try normalizeAxis(try a.int("axis"), t.dim + 1)
        return wrapArray(try engine { try t.unsqueeze(d) })
    }
    m.define("shape", ["a"]) { a throws(PyError) in .tuple(try asTensor(a[0], a.interp).shape.map { .int($0) }) }
    m.define("ndim", ["a"]) { a throws(PyError) in .int(try asTensor(a[0], a.interp).dim) }
    m.define("size", ["a"]) { a throws(PyError) in .int(try asTensor(a[0], a.interp).numel) }
}

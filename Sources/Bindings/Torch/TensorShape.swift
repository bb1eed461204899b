import Script
import Tensors

// Views and reshaping, joining and splitting.

private func sized(_ name: String, function: Bool = false, _ f: @escaping (Tensor, [Int]) throws -> Tensor) -> TensorOp {
    TensorOp(name, ["*size"], function: function) { a, t throws(PyError) in
        let s = try a.sizes(name)
        return wrap(try engine { try f(t, s) })
    }
}

func shapeOps() -> [TensorOp] { [
    sized("view") { try $0.view($1) },
    TensorOp("reshape", ["*shape"]) { a, t throws(PyError) in
        let s = try a.sizes("reshape")
        return wrap(try engine { try t.reshape(s) })
    },
    sized("expand") { try $0.expand($1) },
    TensorOp("permute", ["*dims"]) { a, t throws(PyError) in
        let s = try a.sizes("permute")
        return wrap(try engine { try t.permute(s) })
    },
    TensorOp("flatten", ["start_dim?", "end_dim?"], defaults: ["start_dim": .int(0), "end_dim": .int(-1)]) { a, t throws(PyError) in
        let s = try a.int("start_dim"), e = try a.int("end_dim")
        return wrap(try engine { try t.flatten(startDim: s, endDim: e) })
    },
    TensorOp("unflatten", ["dim", "sizes"]) { a, t throws(PyError) in
        let d = try a.int("dim"), sizes = try shapeValue(a["sizes"], a.interp)
        return wrap(try engine {
            let dd = d < 0 ? d + t.dim : d
            guard dd >= 0 && dd < t.dim else { return try t.view([]) }
            return try t.view(Array(t.shape[..<dd]) + sizes + Array(t.shape[(dd + 1)...]))
        })
    },
    TensorOp("squeeze", ["dim?"]) { a, t throws(PyError) in
        let d = try a.dim()
        return wrap(try engine { try t.squeeze(dim: d) })
    },
    TensorOp("unsqueeze", ["dim"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        return wrap(try engine { try t.unsqueeze(d) })
    },
    TensorOp("transpose", ["dim0", "dim1"]) { a, t throws(PyError) in
        let d0 = try a.int("dim0"), d1 = try a.int("dim1")
        return wrap(try engine { try t.transpose(d0, d1) })
    },
    TensorOp("transpose_", ["dim0", "dim1"], function: false) { a, t throws(PyError) in
        let d0 = try a.int("dim0"), d1 = try a.int("dim1")
        _ = try engine { try t.transpose_(d0, d1) }
        return a[0]
    },
    TensorOp("swapaxes", ["axis0", "axis1"]) { a, t throws(PyError) in
        let d0 = try a.int("axis0"), d1 = try a.int("axis1")
        return wrap(try engine { try t.transpose(d0, d1) })
    },
    TensorOp("movedim", ["source", "destination"]) { a, t throws(PyError) in
        let s = try a.int("source"), d = try a.int("destination")
        return wrap(try engine { try t.movedim(s, d) })
    },
    unary("t") { try $0.t() },
    unary("contiguous", function: false) { try $0.contiguous() },
    unary("clone") { try $0.clone() },
    unary("detach") { try $0.detach() },
    tensorBinary("view_as", function: false) { try $0.viewAs($1) },
    tensorBinary("reshape_as", function: false) { try $0.reshapeAs($1) },
    tensorBinary("expand_as", function: false) { try $0.expandAs($1) },
    TensorOp("narrow", ["dim", "start", "length"]) { a, t throws(PyError) in
        let d = try a.int("dim"), s = try a.int("start"), n = try a.int("length")
        return wrap(try engine { try t.narrow(d, s, n) })
    },
    TensorOp("select", ["dim", "index"]) { a, t throws(PyError) in
        let d = try a.int("dim"), i = try a.int("index")
        return wrap(try engine { try t.select(d, i) })
    },
    TensorOp("chunk", ["chunks", "dim?"], defaults: ["dim": .int(0)]) { a, t throws(PyError) in
        let n = try a.int("chunks"), d = try a.int("dim")
        return wrap(try engine { try t.chunk(n, dim: d) })
    },
    TensorOp("split", ["split_size_or_sections", "dim?"], defaults: ["dim": .int(0)]) { a, t throws(PyError) in
        let d = try a.int("dim"), s = a["split_size_or_sections"]
        if isInteger(s) {
            let n = try a.interp.toIndex(s)
            return wrap(try engine { try t.split(n, dim: d) })
        }
        let sizes = try shapeValue(s, a.interp)
        return wrap(try engine { try t.split(sizes: sizes, dim: d) })
    },
    TensorOp("unbind", ["dim?"], defaults: ["dim": .int(0)]) { a, t throws(PyError) in
        let d = try a.int("dim")
        return wrap(try engine { try t.unbind(dim: d) })
    },
    TensorOp("index_select", ["dim", "index"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        guard let i = tensorPayload(a["index"]) else { throw argumentError("index_select", "index", a["index"]) }
        return wrap(try engine { try t.indexSelect(d, i) })
    },
    TensorOp("gather", ["dim", "index"]) { a, t throws(PyError) in
        let d = try a.int("dim")
        guard let i = tensorPayload(a["index"]) else { throw argumentError("gather", "index", a["index"]) }
        return wrap(try engine { try t.gather(d, i) })
    },
    TensorOp("masked_fill", ["mask", "value"]) { a, t throws(PyError) in
        guard let m = tensorPayload(a["mask"]) else { throw argumentError("masked_fill", "mask", a["mask"]) }
        let v = try scalar(a["value"])
        return wrap(try engine { try t.maskedFill(m, v) })
    },
    TensorOp("masked_select", ["mask"]) { a, t throws(PyError) in
        guard let m = tensorPayload(a["mask"]) else { throw argumentError("masked_select", "mask", a["mask"]) }
        return wrap(try engine { try t.maskedSelect(m) })
    },
    unary("nonzero") { try $0.nonzero() },
] }

/// torch.cat / torch.stack / torch.where take their tensors first, so they are torch functions only.
func defineJoinFunctions(_ m: PyModule) {
    for (name, join) in [("cat", Tensor.cat), ("concat", Tensor.cat), ("concatenate", Tensor.cat), ("stack", Tensor.stack)]
        as [(String, ([Tensor], Int) throws(TensorError) -> Tensor)] {
        m.define(name, ["tensors", "dim?", "*", "out?"], defaults: ["dim": .int(0)]) { a throws(PyError) in
            var ts: [Tensor] = []
            for v in try a.interp.toArray(a["tensors"]) {
                guard let t = tensorPayload(v) else {
                    throw PyError.typeError("expected Tensor as element \(ts.count) in argument 0, but got \(typeName(v))")
                }
                ts.append(t)
            }
            let d = try a.int("dim")
            return try a.writingOut(wrap(try engine { try join(ts, d) }))
        }
    }
    m.define("where", ["condition", "input?", "other?"]) { a throws(PyError) in
        guard let c = tensorPayload(a["condition"]) else { throw argumentError("where", "condition", a["condition"]) }
        guard let x = a.optional("input"), let y = a.optional("other") else {
            return wrap(try engine { try c.nonzero().unbind(dim: 1) })
        }
        guard let ox = try Operand(x), let oy = try Operand(y) else { throw argumentError("where", "input", x) }
        return wrap(try engine {
            switch (ox, oy) {
            case (.tensor(let tx), .tensor(let ty)): return try Tensor.where(c, tx, ty)
            case (.tensor(let tx), .scalar(let sy)): return try Tensor.where(c, tx, sy)
            case (.scalar(let sx), .tensor(let ty)): return try Tensor.where(c, sx, ty)
            case (.scalar(let sx), .scalar(let sy)): return try Tensor.where(c, Tensor.wrapped(sx), Tensor.wrapped(sy))
            }
        })
    }
}

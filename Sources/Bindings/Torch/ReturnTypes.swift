import Script
import Tensors

// torch.return_types.max, sort, topk, ...: named pairs that print, index and unpack like
// PyTorch's structseq objects.

private let returnTypeClasses = Locked<[String: PyClass]>([:])

private func returnTypeClass(_ name: String) -> PyClass {
    returnTypeClasses.withLock { classes in
        if let c = classes[name] { return c }
        let c = makeReturnTypeClass(name)
        classes[name] = c
        return c
    }
}

private func makeReturnTypeClass(_ name: String) -> PyClass {
    let c = PyClass(name: name, module: "torch.return_types")
    c.define("__repr__", ["self"]) { a throws(PyError) in
        guard case .instance(let me) = a[0], let fields = me.payload as? [(String, Value)] else { return .str("") }
        var parts: [String] = []
        for (k, v) in fields { parts.append("\(k)=\(try a.interp.repr(v))") }
        return .str("torch.return_types.\(name)(\n" + parts.joined(separator: ",\n") + ")")
    }
    c.define("__getitem__", ["self", "index"]) { a throws(PyError) in
        guard case .instance(let me) = a[0], let fields = me.payload as? [(String, Value)] else { return .none }
        return try a.interp.getItem(.tuple(fields.map { $0.1 }), a["index"])
    }
    c.define("__len__", ["self"]) { a throws(PyError) in
        guard case .instance(let me) = a[0], let fields = me.payload as? [(String, Value)] else { return .int(0) }
        return .int(fields.count)
    }
    c.define("__iter__", ["self"]) { a throws(PyError) in
        guard case .instance(let me) = a[0], let fields = me.payload as? [(String, Value)] else { return .none }
        return .iterator(PyIterator(array: fields.map { $0.1 }, typeName: "tuple_iterator"))
    }
    return c
}

/// `torch.return_types.NAME(values=..., indices=...)`.
func returnType(_ name: String, _ fields: [(String, Tensor)]) -> Value {
    let inst = PyInstance(returnTypeClass(name), payload: fields.map { ($0.0, wrap($0.1)) } as [(String, Value)])
    for (k, t) in fields { inst[k] = wrap(t) }
    return .instance(inst)
}

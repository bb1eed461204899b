/// `repr(tensor)` through the PyTorch-exact formatter in Format/.
extension Tensor: CustomStringConvertible {
    /// All elements in row-major order with their dtype, as the formatter takes them.
    public var elements: TensorElements {
        switch dtype {
        case .float32: return .float32(rowMajor(Float.self))
        case .float64: return .float64(rowMajor(Double.self))
        case .int64: return .int64(rowMajor(Int64.self))
        case .int32: return .int32(rowMajor(Int32.self))
        case .uint8: return .uint8(rowMajor(UInt8.self))
        case .bool: return .bool(rowMajor(UInt8.self).map { $0 != 0 })
        }
    }

    /// The autograd part of the repr: `grad_fn=<AddBackward0>` or `requires_grad=True`.
    public var reprSuffixes: [String] {
        if let fn = gradFn { return ["grad_fn=<\(fn.name)>"] }
        return requiresGrad ? ["requires_grad=True"] : []
    }

    public var description: String {
        tensorRepr(shape: shape, elements: elements, suffixes: reprSuffixes)
    }

    /// Elements of storage type T in row-major order (T must match the dtype's storage).
    private func rowMajor<T>(_: T.Type) -> [T] {
        var out: [T] = []
        out.reserveCapacity(numel)
        let p = storage.pointer(T.self)
        StridedLoop(shape: shape, strides: [strides]).forEachRow { o, n, s in
            for i in 0..<n { out.append(p[storageOffset + o[0] + i * s[0]]) }
        }
        return out
    }
}

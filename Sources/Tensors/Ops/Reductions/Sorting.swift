/// sort, argsort, topk, unique.

/// Lane order for sorting: NaN counts as larger than every number, as in PyTorch.
@inline(__always)
func sortsBefore<T: TensorElement>(_ a: T, _ b: T, descending: Bool) -> Bool {
    if a.isNaNValue || b.isNaNValue { return descending ? (a.isNaNValue && !b.isNaNValue) : (!a.isNaNValue && b.isNaNValue) }
    return descending ? a > b : a < b
}

extension Tensor {
    /// Int64 indices that sort each lane along `d` (stable).
    private func sortIndices(_ d: Int, descending: Bool) throws(TensorError) -> Tensor {
        func k<T: TensorElement>(_: T.Type) throws(TensorError) -> Tensor {
            try mapLanes(d, T.self, .int64, Int64.self) { p, o, n in
                let order = (0..<n).sorted { sortsBefore(p[$0], p[$1], descending: descending) }
                for (j, i) in order.enumerated() { o[j] = Int64(i) }
            }
        }
        switch dtype {
        case .float32: return try k(Float.self)
        case .float64: return try k(Double.self)
        case .int64: return try k(Int64.self)
        case .int32: return try k(Int32.self)
        case .uint8, .bool: return try k(UInt8.self)
        }
    }

    /// PyTorch's `sort(dim, descending)`: (values, indices) (SortBackward0).
    public func sort(dim: Int = -1, descending: Bool = false) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, self.dim)
        return try valuesAt(d, sortIndices(d, descending: descending), keepdim: true, "SortBackward0")
    }

    public func argsort(dim: Int = -1, descending: Bool = false) throws(TensorError) -> Tensor {
        try sortIndices(try normalizeDim(dim, self.dim), descending: descending)
    }

    /// PyTorch's `topk(k, dim, largest, sorted)`: (values, indices) (TopkBackward0).
    public func topk(_ k: Int, dim: Int = -1, largest: Bool = true) throws(TensorError) -> (values: Tensor, indices: Tensor) {
        let d = try normalizeDim(dim, self.dim)
        let n = self.dim == 0 ? 1 : shape[d]
        guard k >= 0 && k <= n else { throw .runtime("selected index k out of range") }
        let order = try sortIndices(d, descending: largest)
        let picked = self.dim == 0 ? order : try order.narrow(d, 0, k).contiguousData()
        return try valuesAt(d, picked, keepdim: true, "TopkBackward0")
    }

    /// PyTorch's `unique(sorted, return_inverse, return_counts)` over the flattened tensor.
    public func unique(returnInverse: Bool = false, returnCounts: Bool = false) throws(TensorError) -> (values: Tensor, inverse: Tensor?, counts: Tensor?) {
        let flat = try reshape([-1])
        let (sorted, order) = try GradMode.withDisabled { () throws(TensorError) in try flat.sort(dim: 0) }
        let keys = try sorted.doubles(), idx = try order.int64s()
        let exact = dtype.isFloatingPoint ? [] : try sorted.int64s()
        var firsts: [Int] = [], counts: [Int64] = []
        var inverse = [Int64](repeating: 0, count: keys.count)
        for i in keys.indices {
            let same = i > 0 && (exact.isEmpty ? keys[i] == keys[i - 1] : exact[i] == exact[i - 1])
            if !same { firsts.append(i); counts.append(0) }
            counts[counts.count - 1] += 1
            inverse[Int(idx[i])] = Int64(firsts.count - 1)
        }
        let values = try sorted.gatherElements(IndexPlan(shape: [firsts.count], memory: firsts.map { $0 + sorted.storageOffset }, logical: firsts))
        return (values,
                returnInverse ? try Tensor.from(inverse, shape: shape) : nil,
                returnCounts ? try Tensor.from(counts, shape: [counts.count]) : nil)
    }
}

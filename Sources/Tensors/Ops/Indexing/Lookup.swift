/// take, index_fill, isin, bincount, searchsorted/bucketize.
extension Tensor {
    /// PyTorch's `take(index)` (TakeBackward0): elements of the flattened tensor, negative
    /// indices counting from the end; the result has the index's shape.
    public func take(_ index: Tensor) throws(TensorError) -> Tensor {
        guard index.dtype == .int64 else { throw .runtime("take(): Expected a long tensor for index, but got \(index.dtype.scalarTypeName)") }
        let n = numel
        var flat = try index.int64s()
        for (k, i) in flat.enumerated() {
            guard i >= -Int64(n) && i < Int64(n) else {
                throw .index("out of range: tried to access index \(i) on a tensor of \(n) elements.")
            }
            if i < 0 { flat[k] = i + Int64(n) }
        }
        let positions = try Tensor.from(flat, shape: [flat.count])
        return try Tensor.composite("TakeBackward0", [self]) { x throws(TensorError) in
            try x[0].reshape([-1]).indexSelect(0, positions).reshape(index.shape)
        }
    }

    /// PyTorch's `index_fill(dim, index, value)` (IndexFillBackward0).
    public func indexFill(_ dim: Int, _ index: Tensor, _ value: Scalar) throws(TensorError) -> Tensor {
        guard index.dim <= 1 else { throw .runtime("Index has to be a vector/scalar") }
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let size = self.dim == 0 ? 1 : shape[d]
        var hit = [Bool](repeating: false, count: size)
        for i in try index.int64s() {
            guard i >= -Int64(size) && i < Int64(size) else {
                throw .index("index \(i) is out of bounds for dimension \(d) with size \(size)")
            }
            hit[Int(i < 0 ? i + Int64(size) : i)] = true
        }
        var maskShape = [Int](repeating: 1, count: self.dim)
        if self.dim > 0 { maskShape[d] = size }
        let mask = try Tensor.from(hit, shape: maskShape)
        return try Tensor.composite("IndexFillBackward0", [self]) { x throws(TensorError) in
            try Tensor.where(mask, value, x[0])
        }
    }

    /// PyTorch's `isin(elements, test_elements, invert)`: membership, compared in the
    /// promoted dtype.
    public static func isin(_ elements: Tensor, _ test: Tensor, invert: Bool = false) throws(TensorError) -> Tensor {
        let dt = resultType(elements, test)
        let pool = Set(try test.to(.float64).doubles())
        let hits = try elements.to(dt).to(.float64).doubles().map { pool.contains($0) != invert }
        return try Tensor.from(hits, shape: elements.shape)
    }

    /// PyTorch's `bincount(weights, minlength)`: counts (int64) or summed weights per value.
    public func bincount(weights: Tensor? = nil, minlength: Int = 0) throws(TensorError) -> Tensor {
        if dtype.isFloatingPoint { throw .notImplemented("\"bincount_cpu\" not implemented for '\(dtype.scalarTypeName)'") }
        let values = try int64s()
        guard dim == 1, !values.contains(where: { $0 < 0 }) else {
            throw .runtime("bincount only supports 1-d non-negative integral inputs.")
        }
        guard minlength >= 0 else { throw .runtime("minlength should be >= 0") }
        if let weights, weights.dim != 1 || weights.shape[0] != values.count {
            throw .runtime("weights should be 1-d and have the same length as input")
        }
        let bins = Swift.max(minlength, Int(values.max() ?? -1) &+ 1)
        // Outputs live in tensor storage, so an absurd bin count fails as an allocation error.
        guard let weights else {
            let out = try Tensor(zerosOf: [bins], dtype: .int64)
            let counts = out.pointer(Int64.self)
            for v in values { counts[Int(v)] += 1 }
            return out
        }
        let out = try Tensor(zerosOf: [bins], dtype: .float64)
        let sums = out.pointer(Double.self)
        for (v, w) in zip(values, try weights.to(.float64).doubles()) { sums[Int(v)] += w }
        return try out.to(weights.dtype == .float32 ? .float32 : .float64)
    }

    /// PyTorch's `searchsorted(sorted_sequence, values, right)`: for each value, the index
    /// where inserting it keeps each row of the sequence sorted (int64, or int32 on request).
    public static func searchsorted(_ sorted: Tensor, _ values: Tensor, right: Bool = false,
                                    outInt32: Bool = false) throws(TensorError) -> Tensor {
        let rowsMatch = sorted.dim == values.dim && Array(sorted.shape.dropLast()) == Array(values.shape.dropLast())
        guard sorted.dim == 1 || rowsMatch else {
            throw .runtime("torch.searchsorted(): boundaries tensor should be 1 dimension or the first N-1 dimensions of boundaries tensor and input value tensor must match, but we got boundaries tensor \(shapeString(sorted.shape)) and input value tensor \(shapeString(values.shape))")
        }
        let dt = resultType(sorted, values)
        let seq = try sorted.to(dt).to(.float64).doubles(), vals = try values.to(dt).to(.float64).doubles()
        let width = sorted.shape.last ?? 0
        let perRow = sorted.dim == 1 ? vals.count : Swift.max(values.shape.last ?? 1, 1)
        var out = [Int64](repeating: 0, count: vals.count)
        for (k, v) in vals.enumerated() {
            let base = sorted.dim == 1 ? 0 : (k / perRow) * width
            var (lo, hi) = (0, width)
            while lo < hi {
                let mid = (lo + hi) / 2
                let s = seq[base + mid]
                if right ? s <= v : s < v { lo = mid + 1 } else { hi = mid }
            }
            out[k] = Int64(lo)
        }
        return try Tensor.from(out, shape: values.shape).to(outInt32 ? .int32 : .int64)
    }

    /// PyTorch's `bucketize(input, boundaries, right)`: searchsorted on 1-D boundaries.
    public static func bucketize(_ input: Tensor, _ boundaries: Tensor, right: Bool = false,
                                 outInt32: Bool = false) throws(TensorError) -> Tensor {
        guard boundaries.dim == 1 else { throw .runtime("boundaries tensor must be 1 dimension, but got dim(\(boundaries.dim))") }
        return try searchsorted(boundaries, input, right: right, outInt32: outInt32)
    }
}

extension Tensor {
    /// PyTorch's `index_copy(dim, index, source)` (IndexCopyBackward0): slices of source
    /// written at the indexed positions along dim.
    public func indexCopy(_ dim: Int, _ index: Tensor, _ source: Tensor) throws(TensorError) -> Tensor {
        let d = try normalizeDim(dim, Swift.max(self.dim, 1))
        let size = self.dim == 0 ? 1 : shape[d]
        for i in try index.int64s() where i < 0 || i >= Int64(size) {
            throw .index("index_copy_(): index \(i) is out of bounds for dimension \(d) with size \(size)")
        }
        return try Tensor.composite("IndexCopyBackward0", [self, source]) { t throws(TensorError) in
            let cleared = try t[0].indexFill(d, index, .int(0))
            return try cleared.indexAdd(d, index, t[1].to(dtype))
        }
    }

    /// PyTorch's `masked_scatter(mask, source)` (MaskedScatterBackward0): source's elements,
    /// in order, written where the (broadcast) mask is true.
    public func maskedScatter(_ mask: Tensor, _ source: Tensor) throws(TensorError) -> Tensor {
        guard mask.dtype == .bool else { throw .runtime("masked_scatter_only supports boolean masks, but got mask with dtype \(mask.dtype.scalarTypeName)") }
        let m = try mask.expand(try broadcastShapes(mask.shape, shape))
        let flat = try m.contiguous().reshape([-1]).to(.int64)
        let count = Int(try flat.sum().item().int64Value)
        guard count <= source.numel else { throw .runtime("Number of elements of source < number of ones in mask") }
        // Each true position takes the next source element: a running count of the mask.
        let order = try flat.cumsum(dim: 0).sub(.int(1)).clamp(min: .int(0)).reshape(m.shape)
        return try Tensor.composite("MaskedScatterBackward0", [self, source]) { t throws(TensorError) in
            let picked = count == 0 ? try t[1].reshape([-1]).narrow(0, 0, 0) : try t[1].reshape([-1]).take(order)
            return count == 0 ? try t[0].clone() : try Tensor.where(m, picked.to(dtype), t[0])
        }
    }
}

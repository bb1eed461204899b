/// repeat, flip, tril/triu, one_hot, mT.
extension Tensor {
    /// PyTorch's `repeat(sizes)` (RepeatBackward0): tiles the tensor.
    public func `repeat`(_ sizes: [Int]) throws(TensorError) -> Tensor {
        guard sizes.count >= dim else {
            throw .runtime("Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor")
        }
        if let bad = sizes.first(where: { $0 < 0 }) {
            throw .runtime("Trying to create tensor with negative dimension \(bad): \(shapeString(sizes))")
        }
        let lead = sizes.count - dim
        let padded = [Int](repeating: 1, count: lead) + shape
        let paddedStrides = [Int](repeating: 0, count: lead) + strides
        // View as [r0, s0, r1, s1, ...] with stride 0 along each repeat, then copy.
        var tiledShape: [Int] = [], tiledStrides: [Int] = []
        for i in 0..<sizes.count {
            tiledShape += [sizes[i], padded[i]]
            tiledStrides += [0, paddedStrides[i]]
        }
        let outShape = zip(sizes, padded).map { $0 * $1 }
        let tiled = aliased(shape: tiledShape, strides: tiledStrides, offset: storageOffset)
        let out = try tiled.cloneData().aliased(shape: outShape, strides: contiguousStrides(outShape), offset: 0)
        out.viewBase = nil
        if needsGrad(self) {
            let inShape = shape
            out.setHistory("RepeatBackward0", [self], saves: false) { g, _ throws(TensorError) in
                let pairs = try g.reshape(tiledShape)
                let summed = try pairs.sum(dims: Array(Swift.stride(from: 0, to: tiledShape.count, by: 2)))
                return [try summed.reshape(inShape)]
            }
        }
        return out
    }

    /// PyTorch's `flip(dims)` (FlipBackward0): a reversed copy.
    public func flip(_ dims: [Int]) throws(TensorError) -> Tensor {
        var st = strides, offset = storageOffset
        var seen: [Int] = []
        for d in dims {
            let n = try normalizeDim(d, dim)
            if seen.contains(n) { throw .runtime("dims has duplicates, original flip dims size=\(dims.count), but unique flip dims size=\(Set(dims).count)") }
            seen.append(n)
            guard dim > 0 else { continue }
            if shape[n] > 0 { offset += (shape[n] - 1) * strides[n] }
            st[n] = -strides[n]
        }
        let out = try aliased(shape: shape, strides: st, offset: offset).cloneData()
        if needsGrad(self) {
            out.setHistory("FlipBackward0", [self], saves: false) { g, _ throws(TensorError) in [try g.flip(seen)] }
        }
        return out
    }

    /// PyTorch's `tril(diagonal)` / `triu(diagonal)` on the last two dimensions.
    public func tril(_ diagonal: Int = 0) throws(TensorError) -> Tensor { try triangle(diagonal, lower: true) }
    public func triu(_ diagonal: Int = 0) throws(TensorError) -> Tensor { try triangle(diagonal, lower: false) }

    private func triangle(_ diagonal: Int, lower: Bool) throws(TensorError) -> Tensor {
        guard dim >= 2 else {
            throw .runtime("\(lower ? "tril" : "triu"): input tensor must have at least 2 dimensions")
        }
        let (rows, cols) = (shape[dim - 2], shape[dim - 1])
        let r = try Tensor.arange(.int(0), .int(Int64(rows))).reshape([rows, 1])
        let c = try Tensor.arange(.int(0), .int(Int64(cols))).reshape([1, cols])
        let offset = try c.sub(r)
        let keep = lower ? try offset.le(.int(Int64(diagonal))) : try offset.ge(.int(Int64(diagonal)))
        let out = try GradMode.withDisabled { () throws(TensorError) in
            try Tensor.whereKernel(keep, self, Tensor.zeros([], dtype: dtype), dtype: dtype)
        }
        if needsGrad(self) {
            out.setHistory(lower ? "TrilBackward0" : "TriuBackward0", [self], saves: false) { g, _ throws(TensorError) in
                [try g.masked(keep.logicalNot())]
            }
        }
        return out
    }

    /// `F.one_hot(tensor, num_classes)`: int64 with a new last dimension.
    public func oneHot(numClasses: Int = -1) throws(TensorError) -> Tensor {
        guard dtype == .int64 else { throw .runtime("one_hot is only applicable to index tensor of type LongTensor.") }
        let values = try int64s()
        if values.contains(where: { $0 < 0 }) { throw .runtime("Class values must be non-negative.") }
        let classes: Int
        if numClasses == -1 {
            guard let m = values.max() else { throw .runtime("Can not infer total number of classes from empty tensor.") }
            classes = Int(m) &+ 1  // a wrapped count is refused as a shape below
        } else {
            if values.contains(where: { $0 >= numClasses }) { throw .runtime("Class values must be smaller than num_classes.") }
            classes = numClasses
        }
        let out = try Tensor(zerosOf: shape + [classes], dtype: .int64)
        let p = out.pointer(Int64.self)
        for (i, v) in values.enumerated() { p[i * classes + Int(v)] = 1 }
        return out
    }

    /// PyTorch's `.mT`: the last two dimensions swapped (TransposeBackward0).
    public func matrixTranspose() throws(TensorError) -> Tensor {
        guard dim >= 2 else {
            throw .runtime("tensor.mT is only supported on matrices or batches of matrices. Got \(dim)-D tensor.")
        }
        return try transpose(-2, -1)
    }

    /// PyTorch's `isclose`: |a - b| <= atol + rtol * |b| elementwise.
    public func isclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNan: Bool = false) throws(TensorError) -> Tensor {
        let dt = resultType(self, other)
        let (a, b) = (try to(dt), try other.to(dt))
        var close = try a.eq(b)
        if dt.isFloatingPoint {
            let diff = try a.sub(b).abs()
            close = try close.logicalOr(diff.le(b.abs().mul(.double(rtol)).add(.double(atol))))
            if equalNan { close = try close.logicalOr(a.isnan().logicalAnd(b.isnan())) }
        }
        return close
    }

    public func allclose(_ other: Tensor, rtol: Double = 1e-5, atol: Double = 1e-8, equalNan: Bool = false) throws(TensorError) -> Bool {
        try isclose(other, rtol: rtol, atol: atol, equalNan: equalNan).all().item().boolValue
    }
}

extension Tensor {
    /// PyTorch's `roll(shifts, dims)` (RollBackward0); without dims the flattened tensor rolls.
    public func roll(_ shifts: [Int], dims: [Int] = []) throws(TensorError) -> Tensor {
        if dims.isEmpty {
            guard shifts.count == 1 else {
                throw .runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:0")
            }
            let flat = try GradMode.withDisabled { () throws(TensorError) in try reshape([-1]).roll(shifts, dims: [0]).reshape(shape) }
            return try recordRoll(flat, shifts, dims)
        }
        guard shifts.count == dims.count else {
            throw .runtime("shifts and dimensions must align. shifts: \(shifts.count), dims:\(dims.count)")
        }
        var out = self
        try GradMode.withDisabled { () throws(TensorError) in
            for (s, d) in zip(shifts, dims) {
                let n = try normalizeDim(d, dim)
                guard dim > 0, shape[n] > 0 else { continue }
                let size = shape[n]
                let k = ((s % size) + size) % size
                if k == 0 { continue }
                out = try Tensor.cat([out.narrow(n, size - k, k), out.narrow(n, 0, size - k)], dim: n)
            }
        }
        return try recordRoll(out === self ? cloneData() : out, shifts, dims)
    }

    private func recordRoll(_ out: Tensor, _ shifts: [Int], _ dims: [Int]) throws(TensorError) -> Tensor {
        if needsGrad(self) {
            out.setHistory("RollBackward0", [self], saves: false) { g, _ throws(TensorError) in
                [try g.roll(shifts.map { -$0 }, dims: dims)]
            }
        }
        return out
    }

    /// PyTorch's `hstack`: cat along dim 1, or dim 0 for 1-D tensors.
    public static func hstack(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        let atLeast1D = try tensors.map { t throws(TensorError) in t.dim == 0 ? try t.reshape([1]) : t }
        return try cat(atLeast1D, dim: atLeast1D.first?.dim == 1 ? 0 : 1)
    }

    /// PyTorch's `vstack`: 1-D tensors become rows, then cat along dim 0.
    public static func vstack(_ tensors: [Tensor]) throws(TensorError) -> Tensor {
        try cat(tensors.map { t throws(TensorError) in t.dim < 2 ? try t.reshape([1, -1]) : t }, dim: 0)
    }
}

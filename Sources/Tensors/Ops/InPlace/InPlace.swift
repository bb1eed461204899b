/// In-place operations (add_, mul_, copy_, fill_, ...): the leaf checks, PyTorch's casting
/// rules, and history rewriting when the modified tensor is part of a graph.
extension Tensor {
    /// PyTorch refuses in-place changes to leaves that require grad (and views of them)
    /// while grad mode is on.
    func checkInPlace() throws(TensorError) {
        guard GradMode.isEnabled else { return }
        if isLeaf && requiresGradFlag {
            if viewBase != nil {
                throw .runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
            }
            throw .runtime("a leaf Variable that requires grad is being used in an in-place operation.")
        }
        if let base = viewBase, base.isLeaf && base.requiresGradFlag && gradFn != nil {
            throw .runtime("a view of a leaf Variable that requires grad is being used in an in-place operation.")
        }
    }

    /// Replaces this tensor's values with `compute(old)`; when recording, the old values and
    /// history are kept in a copy so the new node can refer to them.
    func inPlace(_ others: [Tensor], _ compute: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        try checkInPlace()
        let recording = needsGrad([self] + others)
        var source = self
        if recording {
            source = try cloneData()
            source.gradFn = gradFn
            source.outputNr = outputNr
            source.requiresGradFlag = requiresGradFlag
        }
        let out = try compute(source)
        try checkWritable(out)
        copyElements(from: out, into: self)
        storage.version += 1
        if recording {
            gradFn = out.gradFn
            outputNr = out.outputNr
        }
        return self
    }

    /// The in-place result must keep this tensor's shape and be castable to its dtype.
    private func checkWritable(_ out: Tensor) throws(TensorError) {
        guard canCast(out.dtype, to: dtype) else {
            throw .runtime("result type \(out.dtype.scalarTypeName) can't be cast to the desired output type \(dtype.scalarTypeName)")
        }
        guard try broadcastShapes(out.shape, shape) == shape else {
            throw .runtime("output with shape \(shapeString(shape)) doesn't match the broadcast shape \(shapeString(try broadcastShapes(out.shape, shape)))")
        }
    }

    /// Elementwise `self = self op other`, directly in place when nothing is recorded.
    private func arithInPlace(_ op: ArithOp, _ other: Tensor,
                              _ fallback: (Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        if !needsGrad(self, other) && resultType(self, other) == dtype, try broadcastShapes(shape, other.shape) == shape {
            try checkInPlace()
            let o = other.dtype == dtype ? other : try other.cloneData(dtype: dtype)
            splitElementwise([self, o], into: self) { inputs, out in arith(op, inputs[0], inputs[1], into: out) }
            storage.version += 1
            return self
        }
        return try inPlace([other], fallback)
    }

    @discardableResult
    public func add_(_ other: Tensor, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        if alpha != .int(1) { return try inPlace([other]) { x throws(TensorError) in try x.add(other, alpha: alpha) } }
        return try arithInPlace(.add, other) { x throws(TensorError) in try x.add(other) }
    }

    @discardableResult
    public func add_(_ other: Scalar, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try add_(.wrapped(other), alpha: alpha)
    }

    @discardableResult
    public func sub_(_ other: Tensor, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        if alpha != .int(1) || dtype == .bool { return try inPlace([other]) { x throws(TensorError) in try x.sub(other, alpha: alpha) } }
        return try arithInPlace(.sub, other) { x throws(TensorError) in try x.sub(other) }
    }

    @discardableResult
    public func sub_(_ other: Scalar, alpha: Scalar = .int(1)) throws(TensorError) -> Tensor {
        try sub_(.wrapped(other), alpha: alpha)
    }

    @discardableResult
    public func mul_(_ other: Tensor) throws(TensorError) -> Tensor {
        try arithInPlace(.mul, other) { x throws(TensorError) in try x.mul(other) }
    }

    @discardableResult
    public func mul_(_ other: Scalar) throws(TensorError) -> Tensor { try mul_(.wrapped(other)) }

    @discardableResult
    public func div_(_ other: Tensor) throws(TensorError) -> Tensor {
        try inPlace([other]) { x throws(TensorError) in try x.div(other) }
    }

    @discardableResult
    public func div_(_ other: Scalar) throws(TensorError) -> Tensor { try div_(.wrapped(other)) }

    @discardableResult
    public func pow_(_ exponent: Scalar) throws(TensorError) -> Tensor {
        try inPlace([]) { x throws(TensorError) in try x.pow(exponent) }
    }

    @discardableResult
    public func clamp_(min lo: Scalar? = nil, max hi: Scalar? = nil) throws(TensorError) -> Tensor {
        try inPlace([]) { x throws(TensorError) in try x.clamp(min: lo, max: hi) }
    }

    @discardableResult
    public func neg_() throws(TensorError) -> Tensor { try inPlace([]) { x throws(TensorError) in try x.neg() } }

    @discardableResult
    public func relu_() throws(TensorError) -> Tensor { try inPlace([]) { x throws(TensorError) in try x.relu() } }

    @discardableResult
    public func sigmoid_() throws(TensorError) -> Tensor { try inPlace([]) { x throws(TensorError) in try x.sigmoid() } }

    @discardableResult
    public func exp_() throws(TensorError) -> Tensor { try inPlace([]) { x throws(TensorError) in try x.exp() } }

    @discardableResult
    public func sqrt_() throws(TensorError) -> Tensor { try inPlace([]) { x throws(TensorError) in try x.sqrt() } }

    /// PyTorch's `fill_(value)` (FillBackward: zero gradient).
    @discardableResult
    public func fill_(_ value: Scalar) throws(TensorError) -> Tensor {
        try checkInPlace()
        try fillUnchecked(value)
        storage.version += 1
        if needsGrad(self) { gradFn = nil }
        return self
    }

    @discardableResult
    public func zero_() throws(TensorError) -> Tensor { try fill_(.int(0)) }

    /// PyTorch's `copy_(src)`: broadcasts `src` and converts its dtype.
    @discardableResult
    public func copy_(_ src: Tensor) throws(TensorError) -> Tensor {
        try checkInPlace()
        if try broadcastShapes(shape, src.shape) != shape {
            _ = try src.expand(shape)
        }
        if needsGrad(self, src) {
            let (dt, sh, srcShape) = (dtype, shape, src.shape)
            return try inPlace([src]) { x throws(TensorError) in
                let out = try src.expand(sh).cloneData(dtype: dt)
                out.setHistory("CopyBackwards", [x, src], saves: false) { g, _ throws(TensorError) in
                    [try Tensor.zerosLike(g), try reduceGrad(g, to: srcShape)]
                }
                return out
            }
        }
        copyElements(from: src, into: self)
        storage.version += 1
        return self
    }

    /// `self += other` for gradient accumulation: no checks, converts dtype.
    func addInPlaceUnchecked(_ other: Tensor) throws(TensorError) {
        let o = other.dtype == dtype ? other : try other.cloneData(dtype: dtype)
        splitElementwise([self, o], into: self) { inputs, out in arith(.add, inputs[0], inputs[1], into: out) }
        storage.version += 1
    }
}

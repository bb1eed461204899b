/// Activation functions of torch.nn.functional with PyTorch's grad_fn names. Each forward is
/// composed from engine ops without recording; the node then holds its own derivative.
extension Tensor {
    /// Computes `forward(x)` unrecorded and records `name` with gradient `g * derivative(x, y)`.
    private func activation(_ name: String, _ forward: (Tensor) throws(TensorError) -> Tensor,
                            _ derivative: @escaping (Tensor, Tensor) throws(TensorError) -> Tensor) throws(TensorError) -> Tensor {
        let x = try to(dtype.floatingOrDefault)
        let y = try GradMode.withDisabled { () throws(TensorError) in try forward(x) }
        if needsGrad(self) {
            y.setHistory(name, [self], saves: true) { [y = y.detach()] g, _ throws(TensorError) in [try g.mul(derivative(x, y.reattached()))] }
        }
        return y
    }

    /// A 0-dim tensor of this tensor's dtype.
    func constant(_ v: Double) throws(TensorError) -> Tensor { try Tensor.scalar(.double(v), dtype: dtype) }

    private static func choose(_ c: Tensor, _ a: Tensor, _ b: Tensor) throws(TensorError) -> Tensor {
        try Tensor.where(c, a, b)
    }

    public func leakyRelu(negativeSlope: Double = 0.01) throws(TensorError) -> Tensor {
        try activation("LeakyReluBackward0", { x throws(TensorError) in
            try Tensor.choose(x.gt(.int(0)), x, x.mul(.double(negativeSlope)))
        }, { x, _ throws(TensorError) in
            try Tensor.where(x.gt(.int(0)), x.constant(1), x.constant(negativeSlope))
        })
    }

    /// GELU, exact (erf) or with the tanh approximation.
    public func gelu(approximate: Bool = false) throws(TensorError) -> Tensor {
        let k = (2 / Double.pi).squareRoot(), c = 0.044715
        if approximate {
            return try activation("GeluBackward0", { x throws(TensorError) in
                let t = try x.add(x.pow(.int(3)).mul(.double(c))).mul(.double(k)).tanh()
                return try x.mul(.double(0.5)).mul(t.add(.int(1)))
            }, { x, _ throws(TensorError) in
                let t = try x.add(x.pow(.int(3)).mul(.double(c))).mul(.double(k)).tanh()
                let inner = try x.square().mul(.double(3 * c)).add(.int(1)).mul(.double(k))
                return try t.add(.int(1)).mul(.double(0.5)).add(x.mul(.double(0.5)).mul(t.square().rsub(.int(1))).mul(inner))
            })
        }
        return try activation("GeluBackward0", { x throws(TensorError) in
            try x.mul(.double(0.5)).mul(x.mul(.double(1 / 2.0.squareRoot())).erf().add(.int(1)))
        }, { x, _ throws(TensorError) in
            let cdf = try x.mul(.double(1 / 2.0.squareRoot())).erf().add(.int(1)).mul(.double(0.5))
            let pdf = try x.square().mul(.double(-0.5)).exp().mul(.double(1 / (2 * Double.pi).squareRoot()))
            return try cdf.add(x.mul(pdf))
        })
    }

    public func elu(alpha: Double = 1) throws(TensorError) -> Tensor {
        try scaledElu(alpha: alpha, scale: 1, "EluBackward0")
    }

    public func selu() throws(TensorError) -> Tensor {
        try scaledElu(alpha: 1.6732632423543772848170429916717, scale: 1.0507009873554804934193349852946, "EluBackward0")
    }

    private func scaledElu(alpha: Double, scale: Double, _ name: String) throws(TensorError) -> Tensor {
        try activation(name, { x throws(TensorError) in
            try Tensor.choose(x.gt(.int(0)), x, x.exp().sub(.int(1)).mul(.double(alpha))).mul(.double(scale))
        }, { x, _ throws(TensorError) in
            try Tensor.where(x.gt(.int(0)), x.constant(1), x.exp().mul(.double(alpha))).mul(.double(scale))
        })
    }

    public func celu(alpha: Double = 1) throws(TensorError) -> Tensor {
        try activation("CeluBackward0", { x throws(TensorError) in
            try Tensor.choose(x.gt(.int(0)), x, x.div(.double(alpha)).exp().sub(.int(1)).mul(.double(alpha)))
        }, { x, _ throws(TensorError) in
            try Tensor.where(x.gt(.int(0)), x.constant(1), x.div(.double(alpha)).exp())
        })
    }

    public func softplus(beta: Double = 1, threshold: Double = 20) throws(TensorError) -> Tensor {
        try activation("SoftplusBackward0", { x throws(TensorError) in
            let bx = try x.mul(.double(beta))
            return try Tensor.choose(bx.gt(.double(threshold)), x, bx.exp().log1p().div(.double(beta)))
        }, { x, _ throws(TensorError) in
            let bx = try x.mul(.double(beta))
            return try Tensor.where(bx.gt(.double(threshold)), x.constant(1), bx.sigmoid())
        })
    }

    public func silu() throws(TensorError) -> Tensor {
        try activation("SiluBackward0", { x throws(TensorError) in try x.mul(x.sigmoid()) }, { x, _ throws(TensorError) in
            let s = try x.sigmoid()
            return try s.mul(x.mul(s.rsub(.int(1))).add(.int(1)))
        })
    }

    public func mish() throws(TensorError) -> Tensor {
        try activation("MishBackward0", { x throws(TensorError) in try x.mul(x.softplus().tanh()) }, { x, _ throws(TensorError) in
            let t = try x.softplus().tanh()
            return try t.add(x.mul(t.square().rsub(.int(1))).mul(x.sigmoid()))
        })
    }

    /// `hardtanh(min, max)`; `relu6` is hardtanh(0, 6) (both HardtanhBackward0).
    public func hardtanh(min lo: Double = -1, max hi: Double = 1) throws(TensorError) -> Tensor {
        try activation("HardtanhBackward0", { x throws(TensorError) in
            try x.clamp(min: .double(lo), max: .double(hi))
        }, { x, _ throws(TensorError) in
            try x.gt(.double(lo)).logicalAnd(x.lt(.double(hi))).to(x.dtype)
        })
    }

    public func relu6() throws(TensorError) -> Tensor { try hardtanh(min: 0, max: 6) }

    public func logSigmoid() throws(TensorError) -> Tensor {
        try activation("LogSigmoidBackward0", { x throws(TensorError) in
            try x.clamp(max: .int(0)).sub(x.abs().neg().exp().log1p())
        }, { x, _ throws(TensorError) in try x.neg().sigmoid() })
    }

    public func hardsigmoid() throws(TensorError) -> Tensor {
        try activation("HardsigmoidBackward0", { x throws(TensorError) in
            try x.add(.int(3)).clamp(min: .int(0), max: .int(6)).div(.int(6))
        }, { x, _ throws(TensorError) in
            try x.gt(.int(-3)).logicalAnd(x.lt(.int(3))).to(x.dtype).div(.int(6))
        })
    }

    public func hardswish() throws(TensorError) -> Tensor {
        try activation("HardswishBackward0", { x throws(TensorError) in
            try x.mul(x.add(.int(3)).clamp(min: .int(0), max: .int(6))).div(.int(6))
        }, { x, _ throws(TensorError) in
            let middle = try x.mul(.int(2)).add(.int(3)).div(.int(6))
            return try Tensor.where(x.lt(.int(-3)), x.constant(0), Tensor.where(x.gt(.int(3)), x.constant(1), middle))
        })
    }

    /// `F.dropout(x, p, training)`: x times a Bernoulli(1 - p) mask scaled by 1 / (1 - p),
    /// drawn as PyTorch's CPU path draws it (MulBackward0).
    public func dropout(p: Double = 0.5, training: Bool = true, generator: Generator = defaultGenerator) throws(TensorError) -> Tensor {
        guard p >= 0 && p <= 1 else {
            throw .value("dropout probability has to be between 0 and 1, but got \(p)")
        }
        guard training && p > 0 else { return self }
        if p == 1 { return try mul(Tensor.zerosLike(self)) }
        let noise = try Tensor.zerosLike(self, dtype: dtype.floatingOrDefault)
        try GradMode.withDisabled { () throws(TensorError) in
            try noise.bernoulli_(p: 1 - p, generator: generator).div_(.double(1 - p))
        }
        return try mul(noise)
    }
}

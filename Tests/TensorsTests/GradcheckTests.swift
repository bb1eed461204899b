import Testing
@testable import Tensors

// Every differentiable op's backward formula against central finite differences in float64.

private let a23: [Double] = [0.3, -1.2, 0.8, 1.5, -0.4, 2.1]
private let b23: [Double] = [1.1, 0.7, -0.9, 0.2, 1.3, -0.6]
private let pos23: [Double] = [0.3, 1.2, 0.8, 1.5, 0.4, 2.1]

@Suite struct ArithmeticGradients {
    @Test func add() throws { try gradcheck([T(a23, [2, 3]), T([0.5, -1, 2])]) { try $0[0].add($0[1], alpha: .double(1.5)) } }
    @Test func sub() throws { try gradcheck([T(a23, [2, 3]), T([0.5, -1], [2, 1])]) { try $0[0].sub($0[1], alpha: .int(2)) } }
    @Test func mul() throws { try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try $0[0].mul($0[1]) } }
    @Test func mulBroadcast() throws { try gradcheck([T(a23, [2, 3]), T([2], [])]) { try $0[0].mul($0[1]) } }
    @Test func div() throws { try gradcheck([T(a23, [2, 3]), T(pos23, [2, 3])]) { try $0[0].div($0[1]) } }
    @Test func rsubRdiv() throws { try gradcheck([T(pos23, [2, 3])]) { try $0[0].rsub(.int(3)).add($0[0].rdiv(.int(2))) } }
    @Test func powScalar() throws { try gradcheck([T(pos23, [2, 3])]) { try $0[0].pow(.double(2.5)).add($0[0].pow(.int(3))) } }
    @Test func powTensor() throws { try gradcheck([T(pos23, [2, 3]), T(b23, [2, 3])]) { try $0[0].pow($0[1]) } }
    @Test func rpow() throws { try gradcheck([T(a23, [2, 3])]) { try $0[0].rpow(.double(1.7)) } }
    @Test func remainder() throws { try gradcheck([T(a23, [2, 3]), T([0.7, 0.9, 1.3], [3])]) { try $0[0].remainder($0[1]) } }
    @Test func maximumMinimum() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try $0[0].maximum($0[1]).add($0[0].minimum($0[1]).mul(.int(3))) }
    }
    @Test func whereAndMaskedFill() throws {
        let c = try B([true, false, true, false, false, true], [2, 3])
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try Tensor.where(c, $0[0], $0[1]).add($0[0].maskedFill(c, .int(7))) }
    }
}

@Suite struct UnaryGradients {
    @Test func floatFunctions() throws {
        try gradcheck(T(pos23, [2, 3])) { x in
            try x.exp().add(x.log()).add(x.log1p()).add(x.sqrt()).add(x.rsqrt()).add(x.reciprocal())
        }
    }
    @Test func trigonometric() throws {
        try gradcheck(T(a23, [2, 3])) { x in try x.sin().add(x.cos()).add(x.tanh()).add(x.sigmoid()) }
    }
    @Test func piecewise() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.abs().add(x.relu()).add(x.neg()).add(x.square()).add(x.clamp(min: .double(-0.5), max: .int(1)))
        }
    }
}

@Suite struct ReductionGradients {
    @Test func sumMean() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.sum(dims: [0]).add(x.mean(dims: [0])).add(x.sum().add(x.mean()))
        }
    }
    @Test func keepdim() throws { try gradcheck([T(a23, [2, 3])]) { try $0[0].sum(dims: [1], keepdim: true).mul($0[0]) } }
    @Test func prod() throws { try gradcheck([T(a23, [2, 3])]) { try $0[0].prod(dim: 1).add($0[0].prod()) } }
    @Test func prodWithZero() throws { try gradcheck([T([0.5, 0, 2, 1.5], [2, 2])]) { try $0[0].prod() } }
    @Test func varianceStd() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.variance(dims: [1]).add(x.std(dims: [1], correction: 0)).add(x.std().add(x.variance()))
        }
    }
    @Test func norms() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.norm(dims: [1]).add(x.norm(p: 1, dims: [1])).add(x.norm(p: 3, dims: [1]))
        }
    }
    @Test func extrema() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.max(dim: 1).values.add(x.min(dim: 1).values).add(x.max()).add(x.amax(dims: [1]))
        }
    }
    @Test func medianSortTopk() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.median(dim: 1).values.add(x.sort(dim: 1).values.sum(dims: [1])).add(x.topk(2).values.sum(dims: [1]))
        }
    }
    @Test func softmaxFamily() throws {
        try gradcheck(T(a23, [2, 3])) { x in try x.softmax(dim: 1).add(x.logSoftmax(dim: 0)) }
    }
    @Test func logsumexpCumsum() throws {
        try gradcheck(T(a23, [2, 3])) { x in try x.logsumexp(dims: [1], keepdim: true).add(x.cumsum(dim: 1)) }
    }
}

@Suite struct ShapeGradients {
    @Test func views() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.t().reshape([6]).add(x.view([3, 2]).flatten()).add(x.permute([1, 0]).contiguous().view([6]))
        }
    }
    @Test func squeezeExpand() throws {
        try gradcheck(T([0.3, -1.2, 0.8], [3, 1])) { x in try x.expand([3, 4]).add(x.squeeze().unsqueeze(1)) }
    }
    @Test func catStackSplit() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { v in
            let c = try Tensor.cat([v[0], v[1]], dim: 1)
            let parts = try c.split(2, dim: 1)
            return try Tensor.stack([parts[0], parts[2]]).sum(dims: [0]).add(c.chunk(3, dim: 1)[1])
        }
    }
    @Test func slicing() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.narrow(1, 1, 2).add(x.slice(1, start: 0, step: 2)).add(x.select(1, 0).unsqueeze(1))
        }
    }
    @Test func indexing() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            let mask = try B([true, false, true, true, false, true], [2, 3])
            let picked = try x.indexed(by: [.tensor(mask)]).sum()
            let rows = try x.indexed(by: [.list([1, 1, 0]), .slice(start: 1, stop: nil, step: nil)])
            return try rows.mul(picked)
        }
    }
    @Test func gatherIndexSelect() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.gather(1, I([2, 2, 0, 1], [2, 2])).add(x.indexSelect(1, I([0, 0])))
        }
    }
    @Test func setIndexedRecordsBoth() throws {
        try gradcheck([T(a23, [2, 3]), T([5, 6], [2])]) { v in
            let y = try v[0].mul(.int(2))
            try y.setIndexed([.slice(start: nil, stop: nil, step: nil), .int(1)], to: v[1])
            try y.setIndexed([.list([0]), .list([2])], to: v[1].sum())
            return y
        }
    }
    @Test func inPlaceOnNonLeaf() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { v in
            let y = try v[0].mul(.int(3))
            try y.add_(v[1]).mul_(v[1]).clamp_(min: .int(-1))
            return y
        }
    }
}

@Suite struct MatmulGradients {
    @Test func mmAddmm() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [3, 2]), T([0.5, -0.5], [2])]) { v in
            try Tensor.addmm(v[2], v[0], v[1], beta: .double(0.5), alpha: .int(2)).add(v[0].mm(v[1]))
        }
    }
    @Test func matmulRanks() throws {
        try gradcheck([T(a23, [2, 3]), T([0.2, -0.3, 0.9], [3])]) { v in
            try v[0].matmul(v[1]).sum().add(v[1].matmul(v[0].t()).sum()).add(v[1].dot(v[1]))
        }
    }
    @Test func batched() throws {
        let a = (0..<12).map { Double($0) * 0.1 - 0.5 }
        try gradcheck([T(a, [2, 2, 3]), T(a23, [3, 2])]) { v in
            try v[0].matmul(v[1]).sum().add(v[0].bmm(v[0].transpose(1, 2)).sum()).add(v[1].t().matmul(v[0].transpose(1, 2)).sum())
        }
    }
    @Test func linear() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3]), T([0.1, 0.2], [2])]) { v in
            try Tensor.linear(v[0], v[1], v[2]).add(Tensor.linear(v[0].select(0, 0), v[1]))
        }
    }
}

@Suite struct LossGradients {
    @Test func mse() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try Tensor.mseLoss($0[0], $0[1]).add(Tensor.mseLoss($0[0], $0[1], reduction: .sum)) }
    }
    @Test func crossEntropyIndices() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try Tensor.crossEntropy(x, I([2, 0]), weight: T([1, 2, 0.5])).add(Tensor.crossEntropy(x, I([1, 1]), reduction: .sum))
        }
    }
    @Test func crossEntropyProbabilities() throws {
        try gradcheck(T(a23, [2, 3])) { x in try Tensor.crossEntropy(x, T([0.2, 0.3, 0.5, 1, 0, 0], [2, 3])) }
    }
    @Test func binaryCrossEntropy() throws {
        try gradcheck([T([0.2, 0.7, 0.4], [3]), T([1, 0, 0.3], [3])]) { try Tensor.binaryCrossEntropy($0[0], $0[1]) }
    }
    @Test func withLogits() throws {
        try gradcheck([T(a23, [2, 3]), T([1, 0, 0.3, 0, 1, 0.5], [2, 3])]) { v in
            try Tensor.binaryCrossEntropyWithLogits(v[0], v[1], posWeight: T([2, 1, 0.5]))
        }
    }
    @Test func l1() throws { try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try Tensor.l1Loss($0[0], $0[1]) } }
}

@Suite struct ActivationGradients {
    private let x: [Double] = [0.3, -1.2, 0.8, 1.5, -0.4, 2.1, -3.5, 3.7]

    @Test func reluFamily() throws {
        try gradcheck(T(x)) { x in
            try x.leakyRelu(negativeSlope: 0.2).add(x.elu(alpha: 1.5)).add(x.selu()).add(x.celu(alpha: 0.7))
        }
    }
    @Test func smooth() throws {
        try gradcheck(T(x)) { x in
            try x.gelu().add(x.gelu(approximate: true)).add(x.softplus(beta: 2)).add(x.silu()).add(x.mish())
        }
    }
    @Test func hard() throws {
        try gradcheck(T(x)) { x in
            try x.hardtanh(min: -1, max: 1.6).add(x.relu6()).add(x.hardsigmoid()).add(x.hardswish()).add(x.logSigmoid()).add(x.erf())
        }
    }
}

@Suite struct MoreMathGradients {
    @Test func libm() throws {
        try gradcheck(T([0.3, -0.7, 0.9])) { x in
            try x.tan().add(x.asin()).add(x.acos()).add(x.atan()).add(x.sinh()).add(x.cosh()).add(x.expm1()).add(x.exp2()).add(x.frac())
        }
        try gradcheck(T([0.3, 1.7, 0.9])) { x in try x.log2().add(x.log10()) }
    }
    @Test func binary() throws {
        try gradcheck([T([5.5, -5.3, 7.1]), T([2.2, 1.5, -3.1])]) { try $0[0].fmod($0[1]).add($0[0].atan2($0[1])) }
    }
}

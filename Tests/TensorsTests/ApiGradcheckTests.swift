import Testing
@testable import Tensors

// Finite-difference checks for the tensor API breadth ops (issue 3): each backward formula,
// including the composite nodes named after PyTorch's fused kernels.

private let a23: [Double] = [0.3, -1.2, 0.8, 1.5, -0.4, 2.1]
private let b23: [Double] = [1.1, 0.7, -0.9, 0.2, 1.3, -0.6]
private let m33: [Double] = [3.1, 0.4, -0.7, 0.2, 2.6, 0.5, -0.3, 0.9, 3.4]
private let n33: [Double] = [0.5, -1.1, 0.3, 1.2, 0.8, -0.4, -0.6, 0.2, 1.7]

@Suite struct ElementwiseApiGradients {
    @Test func bounds() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.clampMin(.double(0.5)).add(x.clampMax(.double(-0.5))).add(x.nanToNum())
        }
    }
    @Test func pairMath() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try $0[0].logaddexp($0[1]).add($0[0].hypot($0[1])) }
    }
    @Test func cumprod() throws { try gradcheck(T(a23, [2, 3])) { try $0.cumprod(dim: 1) } }
    @Test func moments() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            let (s, m) = try x.stdMean(dims: [1])
            let (v, m2) = try x.varMean()
            return try s.add(m).add(v.add(m2))
        }
    }
}

@Suite struct ShapeApiGradients {
    @Test func triangles() throws { try gradcheck(T(m33, [3, 3])) { try $0.tril().add($0.triu(1).mul(.int(2))) } }
    @Test func splits() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            let parts = try x.tensorSplit(sections: 2, dim: 1)
            return try Tensor.columnStack([parts[1], parts[0]]).sum(dims: [1]).add(x.numpySplit("vsplit", indices: [1])[1].sum())
        }
    }
    @Test func repeatingAndDiff() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.repeatInterleave(2, dim: 1).sum(dims: [1]).add(x.repeatInterleave(Tensor.from([Int64(1), 3], shape: [2]), dim: 0).sum(dims: [1]).sum())
                .add(x.diff(n: 2).sum())
        }
    }
    @Test func kron() throws { try gradcheck([T(a23, [2, 3]), T([0.5, -1], [2])]) { try $0[0].kron($0[1]) } }
    @Test func pad() throws { try gradcheck(T(a23, [2, 3])) { try $0.constantPad([1, -1, 2, 0], value: .double(0.5)) } }
    @Test func dstack() throws { try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { try Tensor.dstack([$0[0], $0[1]]) } }
}

@Suite struct IndexingApiGradients {
    @Test func take() throws {
        try gradcheck(T(a23, [2, 3])) { try $0.take(Tensor.from([Int64(0), -1, 4, 4], shape: [2, 2])) }
    }
    @Test func indexFill() throws {
        try gradcheck(T(a23, [2, 3])) { try $0.indexFill(1, Tensor.from([Int64(0), 2], shape: [2]), .double(3)) }
    }
    @Test func inPlaceScatter() throws {
        let index = try Tensor.from([Int64(2), 0], shape: [2, 1])
        try gradcheck([T(a23, [2, 3]), T([0.5, -0.25], [2, 1])]) { t in
            let x = try t[0].mul(.int(1))
            try x.applyInPlace(inputs: [t[1]]) { y throws(TensorError) in try y.scatterAdd(1, index, t[1]) }
            return x
        }
    }
}

@Suite struct ProductApiGradients {
    @Test func einsumPairs() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [3, 2])]) { t in
            try Tensor.einsum("ij,jk->ik", t).add(Tensor.einsum("ij,jk", t).mul(.int(2)))
                .add(Tensor.einsum("ij,ji->i", t).sum())
        }
    }
    @Test func einsumSingleAndBatched() throws {
        try gradcheck([T(m33, [3, 3]), T(n33 + m33 + n33, [3, 3, 3])]) { t in
            try Tensor.einsum("ii->i", [t[0]]).add(Tensor.einsum("bij,bjk->bik", [t[1], t[1]]).sum(dims: [0, 1]))
                .add(Tensor.einsum("...ij,jk->...k", [t[1], t[0]]).sum(dims: [0]))
        }
    }
    @Test func scaledProducts() throws {
        let batch = n33 + m33
        try gradcheck([T([0.1, 0.2, 0.3], [3]), T(m33, [3, 3]), T(a23 + [0.5, 0.5, 0.5], [3, 3]), T(batch, [2, 3, 3])]) { t in
            try Tensor.addmv(t[0], t[1], t[0], beta: .double(0.5), alpha: .int(2)).sum()
                .add(Tensor.baddbmm(t[2], t[3], t[3], alpha: .double(0.5)).sum())
                .add(Tensor.addbmm(t[1], t[3], t[3], beta: .int(2)).sum())
        }
    }
    @Test func distances() throws {
        try gradcheck([T(a23, [2, 3]), T(b23, [2, 3])]) { t in
            try t[0].normalize().sum(dims: [1]).add(Tensor.cosineSimilarity(t[0], t[1]))
                .add(Tensor.pairwiseDistance(t[0], t[1])).add(Tensor.cdist(t[0], t[1]).sum(dims: [1]))
        }
    }
}

@Suite struct LinalgGradients {
    @Test func inverseAndDet() throws {
        try gradcheck(T(m33, [3, 3])) { try $0.inv().add($0.det()) }
    }
    @Test func solve() throws {
        try gradcheck([T(m33, [3, 3]), T(n33, [3, 3]), T([0.5, 1, -2], [3])]) { t in
            try Tensor.solve(t[0], t[1]).add(Tensor.solve(t[0], t[2]))
        }
    }
    @Test func norms() throws {
        try gradcheck(T(n33, [3, 3])) { x in
            try x.matrixNorm(ord: "fro").add(x.matrixNorm(ord: "1")).add(x.matrixNorm(ord: "-inf")).add(x.vectorNorm(ord: -.infinity))
        }
    }
    @Test func singularMatrixErrors() throws {
        let s = try T([1, 2, 2, 4], [2, 2])
        #expect(throws: TensorError.self) { try s.inv() }
        #expect(try s.det().item().doubleValue == 0)
        #expect(throws: TensorError.self) { try Tensor.solve(s, T([1, 1], [2])) }
    }
}

@Suite struct BreadthGradients {
    @Test func tilingAndDiagonals() throws {
        try gradcheck([T(a23, [2, 3]), T([0.5, -1, 2], [3])]) { t in
            try t[0].tile([2, 1]).sum(dims: [0]).add(t[1].diagEmbed(offset: 1).sum(dims: [0]).narrow(0, 0, 3))
                .add(t[0].takeAlongDim(Tensor.from([Int64(2), 0], shape: [2, 1]), dim: 1).sum())
        }
    }
    @Test func rotationsAndWindows() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.rot90().sum(dims: [1]).sum().add(x.unfold(1, size: 2, step: 1).sum(dims: [2]).sum(dims: [1]).sum())
                .add(Tensor.blockDiag([x, x.narrow(1, 0, 1)]).sum(dims: [0]).sum())
        }
    }
    @Test func runningExtremaAndLogScan() throws {
        try gradcheck(T(a23, [2, 3])) { x in
            try x.cummax(dim: 1).values.add(x.cummin(dim: 0).values).add(x.logcumsumexp(dim: 1))
        }
    }
    @Test func orderStatistics() throws {
        try gradcheck(T(a23 + b23, [3, 4])) { x in
            try x.kthvalue(2, dim: 1).values.add(x.quantile([0.3, 0.75], scalarQ: false, dim: 1).sum(dims: [0]))
                .add(x.aminmax().max).add(x.nansum()).add(x.nanmean(dims: [1]))
        }
    }
    @Test func specialFunctions() throws {
        try gradcheck([T([0.2, 0.4, 0.7], [3]), T([1.5, 0.3, 2.2], [3])]) { t in
            try t[0].logit().add(Tensor.xlogy(t[0], t[1])).add(t[0].deg2rad()).add(t[1].rad2deg()).add(t[0].sgn())
        }
    }
    @Test func covariance() throws {
        try gradcheck(T(a23 + b23, [3, 4])) { x in try x.cov().add(x.corrcoef()) }
    }
    @Test func contractions() throws {
        try gradcheck([T(m33, [3, 3]), T(n33, [3, 3])]) { t in
            try Tensor.cross(t[0], t[1]).add(Tensor.tensordot(t[0], t[1], [1], [0])).add(Tensor.inner(t[0], t[1]))
                .add(Tensor.dist(t[0], t[1])).add(t[0].matrixPower(3)).add(t[0].matrixPower(-1))
        }
    }
    @Test func logDeterminants() throws {
        try gradcheck(T(m33, [3, 3])) { x in try x.slogdet().logabsdet.add(x.logdet()) }
    }
}

@Suite struct SingularValueGradients {
    @Test func svdvalsAndNorms() throws {
        try gradcheck(T(a23 + b23, [3, 4])) { x in
            try x.svdvals().add(x.matrixNorm(ord: "nuc")).add(x.matrixNorm(ord: "2")).add(x.matrixNorm(ord: "-2"))
        }
    }
    @Test func reconstruction() throws {
        let x = try T(a23 + b23, [4, 3], .float64)
        let (u, s, vh) = try x.svd(fullMatrices: false)
        #expect(try u.mul(s.unsqueeze(0)).matmul(vh).allclose(x, atol: 1e-12))
    }
}

@Suite struct SymmetricGradients {
    private let spd: [Double] = [4, 1, 2, 1, 3, 0.5, 2, 0.5, 5]
    @Test func eigenvalues() throws {
        // Symmetrised first, so the finite differences stay on symmetric matrices.
        try gradcheck(T(spd, [3, 3])) { x in try x.add(x.matrixTranspose()).eigh().values }
    }
    @Test func cholesky() throws {
        try gradcheck(T(spd, [3, 3])) { x in try x.add(x.matrixTranspose()).cholesky() }
    }
}

@Suite struct ScatterReduceGradients {
    @Test func sumAndMean() throws {
        let index = try Tensor.from([Int64(0), 1, 0, 1], shape: [4])
        try gradcheck([T([1, 2, 3, 4], [4]), T([0.5, -1, 2, 1.5], [4])]) { t in
            try t[0].scatterReduce(0, index, t[1], .sum).add(t[0].scatterReduce(0, index, t[1], .mean, includeSelf: false))
        }
    }
}

@Suite struct CopyIntoGradients {
    @Test func indexCopyAndMaskedScatter() throws {
        let mask = try B([true, false, true, false, true, true], [2, 3])
        try gradcheck([T(a23, [2, 3]), T([0.5, -1, 2, 1.5, 3, -2], [2, 3])]) { t in
            try t[0].indexCopy(1, Tensor.from([Int64(2)], shape: [1]), t[1].narrow(1, 0, 1)).add(t[0].maskedScatter(mask, t[1]))
        }
    }
}

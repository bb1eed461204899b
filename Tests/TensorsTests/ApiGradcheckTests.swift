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

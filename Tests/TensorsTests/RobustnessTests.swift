import Testing
@testable import Tensors

/// Odd shapes, dtypes and dimension arguments must give values or errors, never a trap.
@Suite struct Robustness {
    static func samples() throws -> [Tensor] {
        [try T([3], []), try T([]), try Tensor.zeros([2, 0]), try T([1.5]), try T([1, -2, 3]),
         try T([1, 2, 3, 4, 5, 6], [2, 3]), try T([1, 2, 3, 4, 5, 6], [2, 1, 3]).transpose(0, 2),
         try I([1, 0, 3]), try B([true, false]), try I([2, 5], [1, 2], .int32), try I([7], [1, 1], .uint8)]
    }

    typealias Op = (Tensor, Int) throws -> Any

    static var ops: [Op] { [
        { t, d in try t.sum(dims: [d]) }, { t, d in try t.mean(dims: [d], keepdim: true) }, { t, d in try t.prod(dim: d) },
        { t, d in try t.variance(dims: [d]) }, { t, d in try t.std(dims: [d], correction: 0) },
        { t, d in try t.max(dim: d) }, { t, d in try t.min(dim: d, keepdim: true) }, { t, _ in try t.max() },
        { t, d in try t.argmax(dim: d) }, { t, _ in try t.argmin() }, { t, d in try t.amax(dims: [d]) },
        { t, d in try t.median(dim: d) }, { t, _ in try t.median() }, { t, d in try t.norm(dims: [d]) },
        { t, d in try t.cumsum(dim: d) }, { t, d in try t.logsumexp(dims: [d]) }, { t, d in try t.softmax(dim: d) },
        { t, d in try t.logSoftmax(dim: d) }, { t, d in try t.sort(dim: d) }, { t, d in try t.topk(1, dim: d) },
        { t, d in try t.topk(d) }, { t, _ in try t.unique(returnInverse: true, returnCounts: true) },
        { t, d in try t.all(dim: d) }, { t, d in try t.any(dim: d) },
        { t, d in try t.view([d, -1]) }, { t, d in try t.reshape([-1, d]) }, { t, d in try t.flatten(startDim: d) },
        { t, d in try t.squeeze(dim: d) }, { t, d in try t.unsqueeze(d) }, { t, d in try t.transpose(d, 0) },
        { t, d in try t.permute([d, 0]) }, { t, _ in try t.t() }, { t, _ in try t.reversedDims() },
        { t, d in try t.expand([d, 3]) }, { t, d in try t.movedim(d, 0) }, { t, d in try t.select(d, 1) },
        { t, d in try t.narrow(d, 1, 1) }, { t, d in try t.slice(d, start: -1, step: 2) },
        { t, d in try t.split(2, dim: d) }, { t, d in try t.chunk(3, dim: d) }, { t, d in try t.unbind(dim: d) },
        { t, d in try t.split(sizes: [1, 1], dim: d) }, { t, d in try t.repeat([d, 2]) }, { t, d in try t.flip([d]) },
        { t, d in try t.tril(d) }, { t, _ in try t.oneHot() }, { t, _ in try t.nonzero() },
        { t, d in try t.indexSelect(d, I([0, 1])) }, { t, d in try t.gather(d, I([0], [1])) },
        { t, d in try t.indexed(by: [.int(d), .ellipsis, .none]) },
        { t, d in try t.indexed(by: [.list([d, 0]), .slice(start: d, stop: nil, step: 2)]) },
        { t, d in try t.indexed(by: [.tensor(t.gt(.int(Int64(d))))]) }, { t, _ in try t.indexed(by: [.tensor(B([true]))]) },
        { t, d in try t.setIndexed([.int(d)], to: T([9])) }, { t, d in try t.setIndexed([.list([d])], to: T([1, 2])) },
        { t, d in try t.matmul(t) }, { t, _ in try t.mm(t.t()) }, { t, _ in try t.bmm(t) }, { t, _ in try t.dot(t) },
        { t, _ in try t.mv(T([1, 2, 3])) }, { t, _ in try Tensor.linear(t, T([1, 2, 3, 4, 5, 6], [2, 3]), T([1, 2])) },
        { t, d in try Tensor.cat([t, t], dim: d) }, { t, d in try Tensor.stack([t, t], dim: d) },
        { t, d in try t.pow(.int(Int64(d))) }, { t, d in try t.floorDivide(.int(Int64(d))) }, { t, d in try t.remainder(.int(Int64(d))) },
        { t, d in try t.div(.int(Int64(d)), roundingMode: "trunc") }, { t, _ in try t.bitwiseNot() }, { t, _ in try t.neg() },
        { t, d in try t.clamp(min: .int(Int64(d))) }, { t, _ in try t.relu() }, { t, _ in try t.sigmoid() }, { t, _ in try t.item() },
        { t, d in try t.element(at: d) }, { t, _ in try t.description }, { t, _ in try t.sum().backward() },
        { t, d in try Tensor.crossEntropy(t, I([Int64(d)])) }, { t, d in try Tensor.nllLoss(t, I([Int64(d), 0])) },
        { t, _ in try Tensor.mseLoss(t, t) }, { t, _ in try Tensor.binaryCrossEntropy(t, t) },
        { t, d in try t.add_(.int(Int64(d))) }, { t, _ in try t.uniform_() }, { t, _ in try t.normal_(generator: Generator(seed: 1)) },
        { t, d in try t.copy_(T([Double(d)])) }, { t, d in try t.maskedFill(t.gt(.int(Int64(d))), .int(0)) },
        { t, d in try t.cumprod(dim: d) }, { t, d in try t.roll([d], dims: [d]) }, { t, d in try t.roll([d]) },
        { t, d in try t.diag(d) }, { t, _ in try t.trace() }, { t, d in try t.fmod(.int(Int64(d))) },
        { t, _ in try t.atan2(t) }, { t, d in try t.scatter(d, I([0, 1], [1, 2]), t) },
        { t, d in try t.scatterAdd(d, I([0], [1, 1]), t) }, { t, d in try t.indexAdd(d, I([0]), t) },
        { t, d in try t.scatter(d, I([1]), value: .int(3)) }, { t, _ in try Tensor.hstack([t, t]) },
        { t, _ in try Tensor.vstack([t, t]) }, { t, d in try t.dropout(p: 0.5, generator: Generator(seed: UInt64(d + 3))) },
    ] }

    @Test func noTraps() throws {
        for t in try Robustness.samples() {
            for op in Robustness.ops {
                for d in -3...3 {
                    _ = try? op(t.cloneData(), d)
                    // The same with a leaf that requires grad, then backward through the result.
                    guard t.isFloatingPoint else { continue }
                    let leaf = try t.cloneData()
                    try leaf.setRequiresGrad()
                    let results: [Tensor]
                    switch try? op(leaf, d) {
                    case let r as Tensor: results = [r]
                    case let r as [Tensor]: results = r
                    case let r as (values: Tensor, indices: Tensor): results = [r.values]
                    default: results = []
                    }
                    for r in results where r.requiresGrad { try? r.sum().backward() }
                }
            }
        }
    }
}

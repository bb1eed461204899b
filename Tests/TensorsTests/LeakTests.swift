import Testing
@testable import Tensors

/// Nodes keep saved outputs without their history, so an unused graph is freed with its
/// outputs (no reference cycle output → grad_fn → saved output).
@Suite struct GraphLifetime {
    @Test func outputsAreFreedWithoutBackward() throws {
        let ops: [(Tensor) throws -> Tensor] = [
            { try $0.sigmoid() }, { try $0.exp() }, { try $0.relu() }, { try $0.softmax(dim: 0) },
            { try $0.logSoftmax(dim: 0) }, { try $0.pow(T([2, 2, 2])) }, { try $0.rpow(.int(2)) },
            { try $0.prod() }, { try $0.std() }, { try $0.norm() }, { try $0.logsumexp(dims: [0]) },
            { try $0.median() }, { try $0.max() }, { try $0.amax(dims: [0]) }, { try $0.gelu() },
            { try $0.tanh() }, { try $0.sqrt() },
        ]
        for op in ops {
            weak var weakOutput: Tensor?
            weak var weakNode: Node?
            do {
                let x = try P([0.5, 1.5, 2.5])
                let y = try op(x)
                weakOutput = y
                weakNode = y.gradFn
                #expect(weakNode != nil)
            }
            #expect(weakOutput == nil && weakNode == nil)
        }
    }
}

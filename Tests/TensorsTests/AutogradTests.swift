import Testing
@testable import Tensors

// Graph behaviour checked against what real PyTorch 2.15 printed for the same steps.

@Suite struct AutogradBehaviour {
    @Test func secondBackwardNeedsRetainGraph() throws {
        let x = try P([1, 2])
        let z = try x.mul(x).sum()
        try z.backward(retainGraph: true)
        try z.backward()
        try check(#require(x.grad), shape: [2], dtype: .float32, values: [4, 8])
        expectError(.runtime, "Trying to backward through the graph a second time (or directly access saved tensors after they have already been freed). Saved intermediate values of the graph are freed when you call .backward() or autograd.grad(). Specify retain_graph=True if you need to backward through the graph a second time or if you need to access saved tensors after calling backward.") {
            try z.backward()
        }
    }

    @Test func graphsWithoutSavedTensorsRunTwice() throws {
        let a = try P([1, 2])
        let b = try a.add(.int(1)).sum()
        try b.backward()
        try b.backward()
        try check(#require(a.grad), shape: [2], dtype: .float32, values: [2, 2])
    }

    @Test func retainGradAndLeaves() throws {
        let a = try P([1, 2])
        let h = try a.mul(.int(3))
        try h.retainGrad()
        try h.mul(h).sum().backward()
        try check(#require(h.grad), shape: [2], dtype: .float32, values: [6, 12])
        try check(#require(a.grad), shape: [2], dtype: .float32, values: [18, 36])
        #expect(!h.isLeaf && a.isLeaf && h.requiresGrad)
        expectError(.runtime, "can't retain_grad on Tensor that has requires_grad=False") { try T([1, 2]).retainGrad() }
        expectError(.runtime, "you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().") {
            try a.mul(.int(2)).setRequiresGrad(false)
        }
    }

    @Test func noGradAndDetach() throws {
        let a = try P([1, 2])
        let q = try GradMode.withDisabled { try a.mul(.int(2)) }
        #expect(!q.requiresGrad && q.gradFn == nil)
        #expect(!a.detach().requiresGrad)
        #expect(GradMode.isEnabled)
    }

    @Test func nextFunctionsMirrorPyTorch() throws {
        let w = try Tensor.scalar(.double(1))
        try w.setRequiresGrad()
        let l = try w.mul(.int(2)).sub(.int(1)).pow(.int(2))
        let fn = try #require(l.gradFn)
        #expect(fn.name == "PowBackward0")
        #expect(fn.nextFunctions.map { $0.0?.name } == ["SubBackward0"])
        let sub = try #require(fn.nextFunctions[0].0)
        #expect(sub.nextFunctions.map { $0.0?.name } == ["MulBackward0", nil])
        let mul = try #require(sub.nextFunctions[0].0)
        let acc = try #require(mul.nextFunctions[0].0 as? AccumulateGrad)
        #expect(acc.variable === w)
    }

    @Test func setItemOnNonLeafIsCopySlices() throws {
        let k = try P([1, 2])
        let m = try k.mul(.int(2))
        try m.setIndexed([.int(0)], to: T([5], []))
        #expect(N(m) == "CopySlices")
        try m.sum().backward()
        try check(#require(k.grad), shape: [2], dtype: .float32, values: [0, 2])
    }

    @Test func recordOperationFromOtherModules() throws {
        let x = try P([1, 2, 3])
        let y = try GradMode.withDisabled { try x.mul(.int(5)) }
        Tensor.recordOperation(name: "TimesFiveBackward", output: y, inputs: [x]) { g in [try g.mul(.int(5))] }
        #expect(N(y) == "TimesFiveBackward")
        try y.sum().backward()
        try check(#require(x.grad), shape: [3], dtype: .float32, values: [5, 5, 5])
    }

    @Test func viewsShareStorage() throws {
        let base = try Tensor.zeros([2, 3])
        let row = try base.select(0, 1)
        try row.fill_(.int(7))
        try base.t().setIndexed([.int(0)], to: T([1, 2]))
        try check(base, shape: [2, 3], dtype: .float32, values: [1, 0, 0, 2, 7, 7])
        try base.setIndexed([.tensor(base.gt(.int(5)))], to: T([0], []))
        try base.setIndexed([.slice(start: nil, stop: nil, step: nil), .list([2])], to: T([9, 8], [2, 1]))
        try check(base, shape: [2, 3], dtype: .float32, values: [1, 0, 9, 2, 0, 8])
        expectError(.runtime, "shape mismatch: value tensor of shape [3] cannot be broadcast to indexing result of shape [1]") {
            try base.setIndexed([.tensor(base.gt(.int(8)))], to: T([1, 2, 3]))
        }
    }

    @Test func optimizerStyleUpdateUnderNoGrad() throws {
        let w = try P([1, 2])
        try w.mul(w).sum().backward()
        let g = try #require(w.grad)
        try GradMode.withDisabled { () throws(TensorError) in try w.sub_(g.mul(.double(0.5))) }
        try check(w, shape: [2], dtype: .float32, values: [0, 0])
        #expect(w.isLeaf && w.requiresGrad)
    }
}

@Suite struct AutogradGrad {
    // torch.autograd.grad((x * x * w).sum(), [x, w]) with x = [1, 2], w = 3 → ([6, 12], 5);
    // x.grad stays None.
    @Test func gradientsLeaveDotGradAlone() throws {
        let x = try P([1, 2]), w = try P([3], [])
        let h = try x.mul(x)
        let y = try h.mul(w).sum()
        func grad(_ inputs: [Tensor], retain: Bool = false) throws(TensorError) -> [Tensor?] {
            try Tensor.grad(outputs: [y], inputs: inputs, gradOutputs: [nil], retainGraph: retain,
                            createGraph: false, allowUnused: false)
        }
        let grads = try grad([x, w, h], retain: true)
        try check(#require(grads[0]), shape: [2], dtype: .float32, values: [6, 12])
        try check(#require(grads[1]), shape: [], dtype: .float32, values: [5])
        try check(#require(grads[2]), shape: [2], dtype: .float32, values: [3, 3])
        #expect(x.grad == nil && w.grad == nil)
        expectError(.runtime, "One of the differentiated Tensors does not require grad") {
            try grad([T([1])], retain: true)
        }
        expectError(.runtime, "The differentiated Tensor at index 0 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.") {
            try grad([P([1])])
        }
    }
}

@Suite struct RawAccess {
    @Test func rawWritesAndVersions() throws {
        let t = try T([1, 2, 3])
        let v0 = t.version
        try t.withUnsafeMutableElements(Float.self) { b in b[1] = 7 }
        t.markWrittenInPlace()
        try check(t, shape: [3], dtype: .float32, values: [1, 7, 3])
        #expect(t.version == v0 + 1)
        #expect(throws: TensorError.self) { try t.withUnsafeMutableElements(Double.self) { _ in 0 } }
        #expect(throws: TensorError.self) { try T([1, 2, 3, 4], [2, 2]).t().withUnsafeMutableElements(Float.self) { _ in 0 } }
    }
}

/// Second derivatives through saved outputs (values from torch.autograd.grad(create_graph=True)
/// followed by backward, under PyTorch 2.15).
@Suite struct SecondDerivatives {
    func hessianDiagonal(_ v: [Double], _ f: (Tensor) throws -> Tensor) throws -> Tensor {
        let x = try P(v)
        let g = try Tensor.grad(outputs: [f(x).sum()], inputs: [x], gradOutputs: [], retainGraph: true,
                                createGraph: true, allowUnused: false)
        try #require(g[0]).sum().backward()
        return try #require(x.grad)
    }

    @Test func throughSavedOutputs() throws {
        try check(hessianDiagonal([0.5, -1]) { try $0.sigmoid() }, shape: [2], dtype: .float32, values: [-0.05755680054426193, 0.09085775166749954])
        try check(hessianDiagonal([0.5, -1]) { try $0.exp() }, shape: [2], dtype: .float32, values: [1.6487212181091309, 0.3678794503211975])
        try check(hessianDiagonal([0.5, -1]) { try $0.tanh() }, shape: [2], dtype: .float32, values: [-0.7268619537353516, 0.6396999359130859])
        try check(hessianDiagonal([0.5, -1]) { try $0.pow(T([2, 3])) }, shape: [2], dtype: .float32, values: [2, -6])
        try check(hessianDiagonal([0.5, -1]) { try $0.softmax(dim: 0).mul(T([1, 2])) }, shape: [2], dtype: .float32, values: [0, 0], tolerance: 1e-6)
    }

    /// sigmoid_backward and tanh_backward are ops with their own backward, as in PyTorch:
    /// composing the first derivative from products rounds differently in the last bit.
    @Test func activationBackwardsAreDifferentiableOps() throws {
        let x: [Double] = [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991, -1.0845223665237427, -1.3985954523086548]
        let p = try P(x)
        let g = try #require(Tensor.grad(outputs: [p.sigmoid().sum()], inputs: [p], gradOutputs: [], retainGraph: false,
                                         createGraph: true, allowUnused: false)[0])
        #expect(g.gradFn?.name == "SigmoidBackwardBackward0")
        try check(hessianDiagonal(x) { try $0.sigmoid() }, shape: [6], dtype: .float32, values: [-0.09402596950531006, 0.03564489632844925, 0.07276216894388199, -0.06389845907688141, 0.09340810030698776, 0.09591461718082428], tolerance: 0)
        try check(hessianDiagonal(x) { try $0.tanh() }, shape: [6], dtype: .float32, values: [-0.30603843927383423, 0.5241368412971497, 0.09737231582403183, -0.7564918994903564, 0.5853129029273987, 0.3835630416870117], tolerance: 0)
    }
}

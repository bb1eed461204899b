// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// torch.zeros(2,3).scatter(1, I([[2, 0], [1, 1]]), T([1,2,3,4,5,6],[2,3]))
@Test func scatter000() throws { try check(Tensor.zeros([2, 3]).scatter(1, I([2, 0, 1, 1], [2, 2]), T([1,2,3,4,5,6],[2,3])), shape: [2, 3], dtype: .float32, values: [2.0, 0.0, 1.0, 0.0, 5.0, 0.0]) }

// torch.zeros(2,3).scatter(0, I([[1, 0, 1]]), 7.5)
@Test func scatter001() throws { try check(Tensor.zeros([2, 3]).scatter(0, I([1, 0, 1], [1, 3]), value: .double(7.5)), shape: [2, 3], dtype: .float32, values: [0.0, 7.5, 0.0, 7.5, 0.0, 7.5]) }

// torch.zeros(2,3).scatter_add(1, I([[2, 2], [1, 1]]), T([1,2,3,4,5,6],[2,3]))
@Test func scatter002() throws { try check(Tensor.zeros([2, 3]).scatterAdd(1, I([2, 2, 1, 1], [2, 2]), T([1,2,3,4,5,6],[2,3])), shape: [2, 3], dtype: .float32, values: [0.0, 0.0, 3.0, 0.0, 9.0, 0.0]) }

// torch.zeros(2,3).scatter(1, I([[3]]), T([1.],[1,1]))
@Test func scatter003() { expectError(.runtime, "index 3 is out of bounds for dimension 1 with size 3") { try Tensor.zeros([2, 3]).scatter(1, I([3], [1, 1]), T([1], [1, 1])) } }

// torch.zeros(3,2).index_add(0, I([2, 0, 2]), T([1,2,3,4,5,6],[3,2]))
@Test func scatter004() throws { try check(Tensor.zeros([3, 2]).indexAdd(0, I([2, 0, 2]), T([1,2,3,4,5,6],[3,2])), shape: [3, 2], dtype: .float32, values: [3.0, 4.0, 0.0, 0.0, 6.0, 8.0]) }

// torch.zeros(3,2).index_add(1, I([1, 1]), T([1,2,3,4,5,6],[3,2]), alpha=2)
@Test func scatter005() throws { try check(Tensor.zeros([3, 2]).indexAdd(1, I([1, 1]), T([1,2,3,4,5,6],[3,2]), alpha: .int(2)), shape: [3, 2], dtype: .float32, values: [0.0, 6.0, 0.0, 14.0, 0.0, 22.0]) }

// G2(lambda s: torch.zeros(2,3).scatter_add(1, I([[2, 2], [1, 1]]), s).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4],[2,2]))
@Test func scatter006() throws { try check(G([P([1,2,3,4],[2,2])]) { v in try Tensor.zeros([2, 3]).scatterAdd(1, I([2, 2, 1, 1], [2, 2]), v[0]).mul(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [2, 2], dtype: .float32, values: [3.0, 3.0, 5.0, 5.0]) }

// G2(lambda s: torch.zeros(2,3).scatter(1, I([[2, 0], [1, 1]]), s).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4],[2,2]))
@Test func scatter007() throws { try check(G([P([1,2,3,4],[2,2])]) { v in try Tensor.zeros([2, 3]).scatter(1, I([2, 0, 1, 1], [2, 2]), v[0]).mul(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [2, 2], dtype: .float32, values: [3.0, 1.0, 5.0, 5.0]) }

// G2(lambda s: s.scatter(1, I([[2, 0], [1, 1]]), T([9.,9,9,9],[2,2])).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4,5,6],[2,3]))
@Test func scatter008() throws { try check(G([P([1,2,3,4,5,6],[2,3])]) { v in try v[0].scatter(1, I([2, 0, 1, 1], [2, 2]), T([9,9,9,9],[2,2])).mul(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [2, 3], dtype: .float32, values: [0.0, 2.0, 0.0, 4.0, 0.0, 6.0]) }

// G2(lambda s: torch.zeros(3,2).index_add(0, I([2, 0, 2]), s, alpha=3).mul(T([1,2,3,4,5,6],[3,2])).sum(), P([1,2,3,4,5,6],[3,2]))
@Test func scatter009() throws { try check(G([P([1,2,3,4,5,6],[3,2])]) { v in try Tensor.zeros([3, 2]).indexAdd(0, I([2, 0, 2]), v[0], alpha: .int(3)).mul(T([1,2,3,4,5,6],[3,2])).sum() }, shape: [3, 2], dtype: .float32, values: [15.0, 18.0, 3.0, 6.0, 15.0, 18.0]) }


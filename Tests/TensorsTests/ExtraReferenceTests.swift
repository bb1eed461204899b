// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([1,2,3]).cumprod(0)
@Test func extra000() throws { try check(T([1,2,3]).cumprod(dim: 0), shape: [3], dtype: .float32, values: [1.0, 2.0, 6.0]) }

// I([1,2,3,4],[2,2]).cumprod(1)
@Test func extra001() throws { try check(I([1,2,3,4],[2,2]).cumprod(dim: 1), shape: [2, 2], dtype: .int64, values: [1, 2, 3, 12]) }

// G2(lambda x: x.cumprod(0).mul(T([1,2,3])).sum(), P([2,0,3]))
@Test func extra002() throws { try check(G([P([2,0,3])]) { v in try v[0].cumprod(dim: 0).mul(T([1,2,3])).sum() }, shape: [3], dtype: .float32, values: [1.0, 22.0, 0.0]) }

// G2(lambda x: x.cumprod(1).mul(T([1,2,3,4],[2,2])).sum(), P([2,5,3,4],[2,2]))
@Test func extra003() throws { try check(G([P([2,5,3,4],[2,2])]) { v in try v[0].cumprod(dim: 1).mul(T([1,2,3,4],[2,2])).sum() }, shape: [2, 2], dtype: .float32, values: [11.0, 4.0, 19.0, 12.0]) }

// T([1,2,3,4,5,6],[2,3]).roll(1, 1)
@Test func extra004() throws { try check(T([1,2,3,4,5,6],[2,3]).roll([1], dims: [1]), shape: [2, 3], dtype: .float32, values: [3.0, 1.0, 2.0, 6.0, 4.0, 5.0]) }

// T([1,2,3,4,5,6],[2,3]).roll(-1)
@Test func extra005() throws { try check(T([1,2,3,4,5,6],[2,3]).roll([-1]), shape: [2, 3], dtype: .float32, values: [2.0, 3.0, 4.0, 5.0, 6.0, 1.0]) }

// T([1,2,3,4,5,6],[2,3]).roll((1, 4), (0, 1))
@Test func extra006() throws { try check(T([1,2,3,4,5,6],[2,3]).roll([1, 4], dims: [0, 1]), shape: [2, 3], dtype: .float32, values: [6.0, 4.0, 5.0, 3.0, 1.0, 2.0]) }

// G2(lambda x: x.roll(1).mul(T([1,2,3])).sum(), P([2,0,3]))
@Test func extra007() throws { try check(G([P([2,0,3])]) { v in try v[0].roll([1]).mul(T([1,2,3])).sum() }, shape: [3], dtype: .float32, values: [2.0, 3.0, 1.0]) }

// N(P([1,2]).roll(1))
@Test func extra008() throws { #expect(try N(P([1,2]).roll([1])) == "RollBackward0") }

// torch.hstack([T([1,2]), T([3])])
@Test func extra009() throws { try check(Tensor.hstack([T([1,2]), T([3])]), shape: [3], dtype: .float32, values: [1.0, 2.0, 3.0]) }

// torch.vstack([T([1,2]), T([3,4])])
@Test func extra010() throws { try check(Tensor.vstack([T([1,2]), T([3,4])]), shape: [2, 2], dtype: .float32, values: [1.0, 2.0, 3.0, 4.0]) }

// torch.hstack([T([1,2],[2,1]), T([3,4],[2,1])])
@Test func extra011() throws { try check(Tensor.hstack([T([1,2],[2,1]), T([3,4],[2,1])]), shape: [2, 2], dtype: .float32, values: [1.0, 3.0, 2.0, 4.0]) }

// T([1,2,3]).diag()
@Test func extra012() throws { try check(T([1,2,3]).diag(), shape: [3, 3], dtype: .float32, values: [1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0, 3.0]) }

// T([1,2]).diag(1)
@Test func extra013() throws { try check(T([1,2]).diag(1), shape: [3, 3], dtype: .float32, values: [0.0, 1.0, 0.0, 0.0, 0.0, 2.0, 0.0, 0.0, 0.0]) }

// T([1,2,3,4,5,6],[2,3]).diag()
@Test func extra014() throws { try check(T([1,2,3,4,5,6],[2,3]).diag(), shape: [2], dtype: .float32, values: [1.0, 5.0]) }

// T([1,2,3,4,5,6],[2,3]).diag(1)
@Test func extra015() throws { try check(T([1,2,3,4,5,6],[2,3]).diag(1), shape: [2], dtype: .float32, values: [2.0, 6.0]) }

// T([1,2,3,4,5,6],[3,2]).diag(-1)
@Test func extra016() throws { try check(T([1,2,3,4,5,6],[3,2]).diag(-1), shape: [2], dtype: .float32, values: [3.0, 6.0]) }

// T([1,2,3,4,5,6],[2,3]).diag(5)
@Test func extra017() throws { try check(T([1,2,3,4,5,6],[2,3]).diag(5), shape: [0], dtype: .float32, values: []) }

// torch.ones(2,2,2).diag()
@Test func extra018() { expectError(.runtime, "diag(): Supports 1D or 2D tensors. Got 3D") { try Tensor.ones([2,2,2]).diag() } }

// T([1,2,3,4,5,6],[2,3]).trace()
@Test func extra019() throws { try check(T([1,2,3,4,5,6],[2,3]).trace(), shape: [], dtype: .float32, values: [6.0]) }

// G2(lambda x: x.trace(), P([1,2,3,4,5,6],[3,2]))
@Test func extra020() throws { try check(G([P([1,2,3,4,5,6],[3,2])]) { v in try v[0].trace() }, shape: [3, 2], dtype: .float32, values: [1.0, 0.0, 0.0, 1.0, 0.0, 0.0]) }

// G2(lambda x: x.diag().mul(T([1,2])).sum(), P([1,2,3,4,5,6],[3,2]))
@Test func extra021() throws { try check(G([P([1,2,3,4,5,6],[3,2])]) { v in try v[0].diag().mul(T([1,2])).sum() }, shape: [3, 2], dtype: .float32, values: [1.0, 0.0, 0.0, 2.0, 0.0, 0.0]) }

// G2(lambda x: x.diag(1).mul(T([1,2,3,4,5,6,7,8,9],[3,3])).sum(), P([1,2]))
@Test func extra022() throws { try check(G([P([1,2])]) { v in try v[0].diag(1).mul(T([1,2,3,4,5,6,7,8,9],[3,3])).sum() }, shape: [2], dtype: .float32, values: [2.0, 6.0]) }

// N(P([1,2]).diag())
@Test func extra023() throws { #expect(try N(P([1,2]).diag()) == "DiagEmbedBackward0") }

// N(P([1,2,3,4],[2,2]).diag())
@Test func extra024() throws { #expect(try N(P([1,2,3,4],[2,2]).diag()) == "DiagonalBackward0_copy") }

// N(P([1,2,3,4],[2,2]).trace())
@Test func extra025() throws { #expect(try N(P([1,2,3,4],[2,2]).trace()) == "TraceBackward0") }

// N(P([1,2]).cumprod(0))
@Test func extra026() throws { #expect(try N(P([1,2]).cumprod(dim: 0)) == "CumprodBackward0") }


// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([3],[]).size(0)
@Test func zerodim000() { expectError(.index, "Dimension specified as 0 but tensor has no dimensions") { try T([3],[]).size(0) } }

// T([3],[]).sum(0)
@Test func zerodim001() throws { try check(T([3],[]).sum(dims: [0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).sum(-1)
@Test func zerodim002() throws { try check(T([3],[]).sum(dims: [-1]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).mean(0)
@Test func zerodim003() throws { try check(T([3],[]).mean(dims: [0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).max(0)[0]
@Test func zerodim004() throws { try check(T([3],[]).max(dim: 0).values, shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).max(0)[1]
@Test func zerodim005() throws { try check(T([3],[]).max(dim: 0).indices, shape: [], dtype: .int64, values: [0]) }

// T([3],[]).softmax(0)
@Test func zerodim006() throws { try check(T([3],[]).softmax(dim: 0), shape: [], dtype: .float32, values: [1.0]) }

// T([3],[]).cumsum(0)
@Test func zerodim007() throws { try check(T([3],[]).cumsum(dim: 0), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).argmax(0)
@Test func zerodim008() throws { try check(T([3],[]).argmax(dim: 0), shape: [], dtype: .int64, values: [0]) }

// T([3],[]).std()
@Test func zerodim009() throws { try check(T([3],[]).std(), shape: [], dtype: .float32, values: [.nan]) }

// T([3],[]).var(0)
@Test func zerodim010() throws { try check(T([3],[]).variance(dims: [0]), shape: [], dtype: .float32, values: [.nan]) }

// T([3],[]).logsumexp(0)
@Test func zerodim011() throws { try check(T([3],[]).logsumexp(dims: [0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).prod(0)
@Test func zerodim012() throws { try check(T([3],[]).prod(dim: 0), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).norm(dim=0)
@Test func zerodim013() throws { try check(T([3],[]).norm(dims: [0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).amax(0)
@Test func zerodim014() throws { try check(T([3],[]).amax(dims: [0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).all(0)
@Test func zerodim015() throws { try check(T([3],[]).all(dim: 0), shape: [], dtype: .bool, values: [1]) }

// T([3],[]).sort()[1]
@Test func zerodim016() throws { try check(T([3],[]).sort().indices, shape: [], dtype: .int64, values: [0]) }

// T([3],[]).topk(1)[0]
@Test func zerodim017() throws { try check(T([3],[]).topk(1).values, shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).unsqueeze(0)
@Test func zerodim018() throws { try check(T([3],[]).unsqueeze(0), shape: [1], dtype: .float32, values: [3.0]) }

// T([3],[]).squeeze(0)
@Test func zerodim019() throws { try check(T([3],[]).squeeze(dim: 0), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).transpose(0,0)
@Test func zerodim020() throws { try check(T([3],[]).transpose(0, 0), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).t()
@Test func zerodim021() throws { try check(T([3],[]).t(), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).flatten()
@Test func zerodim022() throws { try check(T([3],[]).flatten(), shape: [1], dtype: .float32, values: [3.0]) }

// T([3],[]).expand(3)
@Test func zerodim023() throws { try check(T([3],[]).expand([3]), shape: [3], dtype: .float32, values: [3.0, 3.0, 3.0]) }

// T([3],[]).view(-1)
@Test func zerodim024() throws { try check(T([3],[]).view([-1]), shape: [1], dtype: .float32, values: [3.0]) }

// T([3],[]).median(0)[0]
@Test func zerodim025() throws { try check(T([3],[]).median(dim: 0).values, shape: [], dtype: .float32, values: [3.0]) }

// T([3],[])[None]
@Test func zerodim026() throws { try check(T([3],[]).indexed(by: [.none]), shape: [1], dtype: .float32, values: [3.0]) }

// T([3],[])[...]
@Test func zerodim027() throws { try check(T([3],[]).indexed(by: [.ellipsis]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).index_select(0, I([0]))
@Test func zerodim028() throws { try check(T([3],[]).indexSelect(0, I([0])), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).gather(0, I(0, []))
@Test func zerodim029() throws { try check(T([3],[]).gather(0, I([0], [])), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]).repeat(2)
@Test func zerodim030() throws { try check(T([3],[]).repeat([2]), shape: [2], dtype: .float32, values: [3.0, 3.0]) }

// T([3],[]).flip(0)
@Test func zerodim031() throws { try check(T([3],[]).flip([0]), shape: [], dtype: .float32, values: [3.0]) }

// T([3],[]) + T([1,2])
@Test func zerodim032() throws { try check(T([3],[]).add(T([1,2])), shape: [2], dtype: .float32, values: [4.0, 5.0]) }

// F.nll_loss(torch.zeros(2,3), I([0,1]), weight=torch.ones(2))
@Test func zerodim033() { expectError(.runtime, "weight tensor should be defined either for all 3 classes or no classes but got weight tensor of shape: [2]") { try Tensor.nllLoss(Tensor.zeros([2, 3]), I([0, 1]), weight: Tensor.ones([2])) } }

// torch.arange(0, 1e20)
@Test func zerodim034() { expectError(.runtime, "invalid size, possible overflow?") { try Tensor.arange(.int(0), .double(1e20)) } }

// torch.arange(-2**63, 2**63-1)
@Test func zerodim035() { expectError(.runtime, "invalid size, possible overflow?") { try Tensor.arange(.int(Int64.min), .int(Int64.max)) } }

// F.linear(T([1,2]), T([1,2]), T([1.]))
@Test func zerodim036() { expectError(.runtime, "addmm: mat2 must be a matrix, got 1-D tensor") { try Tensor.linear(T([1,2]), T([1,2]), T([1])) } }


// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([1,2,3]).repeat(2)
@Test func misc000() throws { try check(T([1,2,3]).repeat([2]), shape: [6], dtype: .float32, values: [1.0, 2.0, 3.0, 1.0, 2.0, 3.0]) }

// T([1,2,3,4],[2,2]).repeat(2, 1, 3)
@Test func misc001() throws { try check(T([1,2,3,4],[2,2]).repeat([2, 1, 3]), shape: [2, 2, 6], dtype: .float32, values: [1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0, 4.0, 3.0, 4.0, 1.0, 2.0, 1.0, 2.0, 1.0, 2.0, 3.0, 4.0, 3.0, 4.0, 3.0, 4.0]) }

// T([1,2,3,4],[2,2]).repeat(2)
@Test func misc002() { expectError(.runtime, "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor") { try T([1,2,3,4],[2,2]).repeat([2]) } }

// G2(lambda x: x.repeat(2, 3).mul(T(list(range(12)),[2,6])).sum(), P([1,2],[1,2]))
@Test func misc003() throws { try check(G([P([1,2],[1,2])]) { v in try v[0].repeat([2, 3]).mul(T((0..<12).map(Double.init),[2,6])).sum() }, shape: [1, 2], dtype: .float32, values: [30.0, 36.0]) }

// T([1,2,3,4,5,6],[2,3]).flip(1)
@Test func misc004() throws { try check(T([1,2,3,4,5,6],[2,3]).flip([1]), shape: [2, 3], dtype: .float32, values: [3.0, 2.0, 1.0, 6.0, 5.0, 4.0]) }

// T([1,2,3,4,5,6],[2,3]).flip((0, 1))
@Test func misc005() throws { try check(T([1,2,3,4,5,6],[2,3]).flip([0, 1]), shape: [2, 3], dtype: .float32, values: [6.0, 5.0, 4.0, 3.0, 2.0, 1.0]) }

// T([1,2,3,4,5,6],[2,3]).t().flip(0)
@Test func misc006() throws { try check(T([1,2,3,4,5,6],[2,3]).t().flip([0]), shape: [3, 2], dtype: .float32, values: [3.0, 6.0, 2.0, 5.0, 1.0, 4.0]) }

// torch.ones(3,4).tril()
@Test func misc007() throws { try check(Tensor.ones([3, 4]).tril(), shape: [3, 4], dtype: .float32, values: [1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 0.0]) }

// torch.ones(3,4).triu(1)
@Test func misc008() throws { try check(Tensor.ones([3, 4]).triu(1), shape: [3, 4], dtype: .float32, values: [0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0]) }

// torch.ones(3,4).tril(-1)
@Test func misc009() throws { try check(Tensor.ones([3, 4]).tril(-1), shape: [3, 4], dtype: .float32, values: [0.0, 0.0, 0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 1.0, 0.0, 0.0]) }

// torch.ones(3).tril()
@Test func misc010() { expectError(.runtime, "tril: input tensor must have at least 2 dimensions") { try Tensor.ones([3]).tril() } }

// F.one_hot(I([0, 2]), 3)
@Test func misc011() throws { try check(I([0, 2]).oneHot(numClasses: 3), shape: [2, 3], dtype: .int64, values: [1, 0, 0, 0, 0, 1]) }

// F.one_hot(I([0, 2]))
@Test func misc012() throws { try check(I([0, 2]).oneHot(), shape: [2, 3], dtype: .int64, values: [1, 0, 0, 0, 0, 1]) }

// F.one_hot(I(1, []), 3)
@Test func misc013() throws { try check(I([1], []).oneHot(numClasses: 3), shape: [3], dtype: .int64, values: [0, 1, 0]) }

// F.one_hot(I([0, 3]), 3)
@Test func misc014() { expectError(.runtime, "Class values must be smaller than num_classes.") { try I([0, 3]).oneHot(numClasses: 3) } }

// F.one_hot(I([0, -1]), 3)
@Test func misc015() { expectError(.runtime, "Class values must be non-negative.") { try I([0, -1]).oneHot(numClasses: 3) } }

// F.one_hot(T([0, 1]), 3)
@Test func misc016() { expectError(.runtime, "one_hot is only applicable to index tensor of type LongTensor.") { try T([0, 1]).oneHot(numClasses: 3) } }

// torch.ones(2, 3).mT
@Test func misc017() throws { try check(Tensor.ones([2, 3]).matrixTranspose(), shape: [3, 2], dtype: .float32, values: [1.0, 1.0, 1.0, 1.0, 1.0, 1.0]) }

// torch.ones(3).mT
@Test func misc018() { expectError(.runtime, "tensor.mT is only supported on matrices or batches of matrices. Got 1-D tensor.") { try Tensor.ones([3]).matrixTranspose() } }

// torch.isclose(T([1, 2, float('nan')]), T([1 + 1e-7, 2.1, float('nan')]))
@Test func misc019() throws { try check(T([1, 2, .nan]).isclose(T([1 + 1e-7, 2.1, .nan])), shape: [3], dtype: .bool, values: [1, 0, 0]) }

// torch.isclose(T([1, 2, float('nan')]), T([1, 2.1, float('nan')]), equal_nan=True)
@Test func misc020() throws { try check(T([1, 2, .nan]).isclose(T([1, 2.1, .nan]), equalNan: true), shape: [3], dtype: .bool, values: [1, 0, 1]) }

// torch.allclose(T([1, 2]), T([1, 2.000001]))
@Test func misc021() throws { #expect(try T([1, 2]).allclose(T([1, 2.000001])) == true) }

// torch.allclose(T([1, 2]), T([1, 2.1]))
@Test func misc022() throws { #expect(try T([1, 2]).allclose(T([1, 2.1])) == false) }

// torch.isfinite(T([1, float('inf'), float('nan'), -float('inf')]))
@Test func misc023() throws { try check(T([1, .infinity, .nan, -.infinity]).isfinite(), shape: [4], dtype: .bool, values: [1, 0, 0, 0]) }

// torch.isinf(T([1, float('inf'), float('nan'), -float('inf')]))
@Test func misc024() throws { try check(T([1, .infinity, .nan, -.infinity]).isinf(), shape: [4], dtype: .bool, values: [0, 1, 0, 1]) }

// torch.isfinite(I([1, 2]))
@Test func misc025() throws { try check(I([1, 2]).isfinite(), shape: [2], dtype: .bool, values: [1, 1]) }

// T([1.5]).type()
@Test func misc026() throws { #expect(try T([1.5]).dtype.tensorTypeName == "torch.FloatTensor") }

// I([1]).type()
@Test func misc027() throws { #expect(try I([1]).dtype.tensorTypeName == "torch.LongTensor") }

// B([True]).type()
@Test func misc028() throws { #expect(try B([true]).dtype.tensorTypeName == "torch.BoolTensor") }

// 2 // I([3, -3])
@Test func misc029() throws { try check(I([3, -3]).rfloorDivide(.int(2)), shape: [2], dtype: .int64, values: [0, -1]) }

// 7 % I([3, -3])
@Test func misc030() throws { try check(I([3, -3]).rremainder(.int(7)), shape: [2], dtype: .int64, values: [1, -2]) }

// 5.5 // I([2, 3])
@Test func misc031() throws { try check(I([2, 3]).rfloorDivide(.double(5.5)), shape: [2], dtype: .float32, values: [2.0, 1.0]) }

// setattr(P([1,2,3]), 'grad', T([1,2]))
@Test func misc032() { expectError(.runtime, "attempting to assign a gradient of size '[2]' to a tensor of size '[3]'. Please ensure that the gradient and the tensor are the same size") { try P([1,2,3]).setGrad(T([1,2])) } }

// setattr(P([1,2,3]), 'grad', I([1,2,3]))
@Test func misc033() { expectError(.runtime, "attempting to assign a gradient with dtype 'long int' to a tensor with grad_dtype 'Float'. The gradient must match the tensor's grad_dtype (defaults to the tensor's dtype). You can set the tensor's grad_dtype attribute with a specific dtype, or None to allow any dtype. Set grad_dtype with caution. Diverging the dtypes of a tensor and its gradient may break downstream systems that assume they match.") { try P([1,2,3]).setGrad(I([1,2,3])) } }


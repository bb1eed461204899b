// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// T([1,5,3,4,2,6],[2,3]).sum()
@Test func reduce000() throws { try check(T([1,5,3,4,2,6],[2,3]).sum(), shape: [], dtype: .float32, values: [21.0]) }

// T([1,5,3,4,2,6],[2,3]).sum(0)
@Test func reduce001() throws { try check(T([1,5,3,4,2,6],[2,3]).sum(dims: [0]), shape: [3], dtype: .float32, values: [5.0, 7.0, 9.0]) }

// T([1,5,3,4,2,6],[2,3]).sum(-1, keepdim=True)
@Test func reduce002() throws { try check(T([1,5,3,4,2,6],[2,3]).sum(dims: [-1], keepdim: true), shape: [2, 1], dtype: .float32, values: [9.0, 12.0]) }

// T([1,5,3,4,2,6],[2,3]).sum((0,1))
@Test func reduce003() throws { try check(T([1,5,3,4,2,6],[2,3]).sum(dims: [0, 1]), shape: [], dtype: .float32, values: [21.0]) }

// T([1,5,3,4,2,6],[2,3]).sum(2)
@Test func reduce004() { expectError(.index, "Dimension out of range (expected to be in range of [-2, 1], but got 2)") { try T([1,5,3,4,2,6],[2,3]).sum(dims: [2]) } }

// T([1,5,3,4,2,6],[2,3]).sum((0,0))
@Test func reduce005() { expectError(.runtime, "dim 0 appears multiple times in the list of dims") { try T([1,5,3,4,2,6],[2,3]).sum(dims: [0, 0]) } }

// I([1,2,3]).sum()
@Test func reduce006() throws { try check(I([1,2,3]).sum(), shape: [], dtype: .int64, values: [6]) }

// B([True,True,False]).sum()
@Test func reduce007() throws { try check(B([true,true,false]).sum(), shape: [], dtype: .int64, values: [2]) }

// I([1,2],None,torch.int32).sum()
@Test func reduce008() throws { try check(I([1,2],nil,.int32).sum(), shape: [], dtype: .int64, values: [3]) }

// I([1,2]).sum(dtype=torch.float32)
@Test func reduce009() throws { try check(I([1,2]).sum(dtype: .float32), shape: [], dtype: .float32, values: [3.0]) }

// T([1,5,3,4,2,6],[2,3]).mean()
@Test func reduce010() throws { try check(T([1,5,3,4,2,6],[2,3]).mean(), shape: [], dtype: .float32, values: [3.5]) }

// T([1,5,3,4,2,6],[2,3]).mean(0)
@Test func reduce011() throws { try check(T([1,5,3,4,2,6],[2,3]).mean(dims: [0]), shape: [3], dtype: .float32, values: [2.5, 3.5, 4.5]) }

// T([1,5,3,4,2,6],[2,3]).mean(1, keepdim=True)
@Test func reduce012() throws { try check(T([1,5,3,4,2,6],[2,3]).mean(dims: [1], keepdim: true), shape: [2, 1], dtype: .float32, values: [3.0, 4.0]) }

// I([1,2]).mean()
@Test func reduce013() { expectError(.notImplemented, "mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long") { try I([1,2]).mean() } }

// T([1,2]).mean(dtype=torch.int64)
@Test func reduce014() { expectError(.notImplemented, "mean(): could not infer output dtype. Optional dtype must be either a floating point or complex dtype. Got: Long") { try T([1,2]).mean(dtype: .int64) } }

// T([1,5,3,4,2,6],[2,3]).prod()
@Test func reduce015() throws { try check(T([1,5,3,4,2,6],[2,3]).prod(), shape: [], dtype: .float32, values: [720.0]) }

// T([1,5,3,4,2,6],[2,3]).prod(1)
@Test func reduce016() throws { try check(T([1,5,3,4,2,6],[2,3]).prod(dim: 1), shape: [2], dtype: .float32, values: [15.0, 48.0]) }

// I([1,5,3]).prod()
@Test func reduce017() throws { try check(I([1,5,3]).prod(), shape: [], dtype: .int64, values: [15]) }

// T([2.,4,5,6,8]).var()
@Test func reduce018() throws { try check(T([2,4,5,6,8]).variance(), shape: [], dtype: .float32, values: [5.0]) }

// T([2.,4,5,6,8]).var(unbiased=False)
@Test func reduce019() throws { try check(T([2,4,5,6,8]).variance(correction: 0), shape: [], dtype: .float32, values: [4.0]) }

// T([2.,4,5,6,8]).std()
@Test func reduce020() throws { try check(T([2,4,5,6,8]).std(), shape: [], dtype: .float32, values: [2.2360680103302]) }

// T([2.,4,5,6,8]).std(unbiased=False)
@Test func reduce021() throws { try check(T([2,4,5,6,8]).std(correction: 0), shape: [], dtype: .float32, values: [2.0]) }

// T([1,5,3,4,2,6],[2,3]).std(1)
@Test func reduce022() throws { try check(T([1,5,3,4,2,6],[2,3]).std(dims: [1]), shape: [2], dtype: .float32, values: [2.0, 2.0]) }

// T([1,5,3,4,2,6],[2,3]).var(0, keepdim=True)
@Test func reduce023() throws { try check(T([1,5,3,4,2,6],[2,3]).variance(dims: [0], keepdim: true), shape: [1, 3], dtype: .float32, values: [4.5, 4.5, 4.5]) }

// I([1,2]).var()
@Test func reduce024() { expectError(.notImplemented, "std and var only support floating point and complex dtypes") { try I([1,2]).variance() } }

// T([1.]).std()
@Test func reduce025() throws { try check(T([1]).std(), shape: [], dtype: .float32, values: [.nan]) }

// T([1,5,3,4,2,6],[2,3]).max()
@Test func reduce026() throws { try check(T([1,5,3,4,2,6],[2,3]).max(), shape: [], dtype: .float32, values: [6.0]) }

// T([1,5,3,4,2,6],[2,3]).min()
@Test func reduce027() throws { try check(T([1,5,3,4,2,6],[2,3]).min(), shape: [], dtype: .float32, values: [1.0]) }

// T([1,5,3,4,2,6],[2,3]).max(1)[0]
@Test func reduce028() throws { try check(T([1,5,3,4,2,6],[2,3]).max(dim: 1).values, shape: [2], dtype: .float32, values: [5.0, 6.0]) }

// T([1,5,3,4,2,6],[2,3]).max(1)[1]
@Test func reduce029() throws { try check(T([1,5,3,4,2,6],[2,3]).max(dim: 1).indices, shape: [2], dtype: .int64, values: [1, 2]) }

// T([1,5,3,4,2,6],[2,3]).min(0, keepdim=True)[1]
@Test func reduce030() throws { try check(T([1,5,3,4,2,6],[2,3]).min(dim: 0, keepdim: true).indices, shape: [1, 3], dtype: .int64, values: [0, 1, 0]) }

// T([1,5,5,2]).max(0)[1]
@Test func reduce031() throws { try check(T([1,5,5,2]).max(dim: 0).indices, shape: [], dtype: .int64, values: [1]) }

// T([1,5,3]).max(1)
@Test func reduce032() { expectError(.index, "Dimension out of range (expected to be in range of [-1, 0], but got 1)") { try T([1,5,3]).max(dim: 1) } }

// T([]).max()
@Test func reduce033() { expectError(.runtime, "max(): Expected reduction dim to be specified for input.numel() == 0. Specify the reduction dim with the 'dim' argument.") { try T([]).max() } }

// I([3,7,1]).max()
@Test func reduce034() throws { try check(I([3,7,1]).max(), shape: [], dtype: .int64, values: [7]) }

// T([1,5,3,4,2,6],[2,3]).argmax()
@Test func reduce035() throws { try check(T([1,5,3,4,2,6],[2,3]).argmax(), shape: [], dtype: .int64, values: [5]) }

// T([1,5,3,4,2,6],[2,3]).argmax(1)
@Test func reduce036() throws { try check(T([1,5,3,4,2,6],[2,3]).argmax(dim: 1), shape: [2], dtype: .int64, values: [1, 2]) }

// T([1,5,3,4,2,6],[2,3]).argmin(0, keepdim=True)
@Test func reduce037() throws { try check(T([1,5,3,4,2,6],[2,3]).argmin(dim: 0, keepdim: true), shape: [1, 3], dtype: .int64, values: [0, 1, 0]) }

// T([1,5,3,4,2,6],[2,3]).amax(1)
@Test func reduce038() throws { try check(T([1,5,3,4,2,6],[2,3]).amax(dims: [1]), shape: [2], dtype: .float32, values: [5.0, 6.0]) }

// T([1,5,3,4,2,6],[2,3]).amin((0,1))
@Test func reduce039() throws { try check(T([1,5,3,4,2,6],[2,3]).amin(dims: [0, 1]), shape: [], dtype: .float32, values: [1.0]) }

// T([3,1,2,5]).median()
@Test func reduce040() throws { try check(T([3,1,2,5]).median(), shape: [], dtype: .float32, values: [2.0]) }

// T([3,1,2]).median()
@Test func reduce041() throws { try check(T([3,1,2]).median(), shape: [], dtype: .float32, values: [2.0]) }

// T([1,5,3,4,2,6],[2,3]).median(1)[0]
@Test func reduce042() throws { try check(T([1,5,3,4,2,6],[2,3]).median(dim: 1).values, shape: [2], dtype: .float32, values: [3.0, 4.0]) }

// T([1,5,3,4,2,6],[2,3]).median(1)[1]
@Test func reduce043() throws { try check(T([1,5,3,4,2,6],[2,3]).median(dim: 1).indices, shape: [2], dtype: .int64, values: [2, 0]) }

// T([3,4]).norm()
@Test func reduce044() throws { try check(T([3,4]).norm(), shape: [], dtype: .float32, values: [5.0]) }

// T([3,-4]).norm(1)
@Test func reduce045() throws { try check(T([3,-4]).norm(p: 1), shape: [], dtype: .float32, values: [7.0]) }

// T([1,5,3,4,2,6],[2,3]).norm(dim=1)
@Test func reduce046() throws { try check(T([1,5,3,4,2,6],[2,3]).norm(dims: [1]), shape: [2], dtype: .float32, values: [5.916079998016357, 7.4833149909973145]) }

// T([1,2,3]).norm(3)
@Test func reduce047() throws { try check(T([1,2,3]).norm(p: 3), shape: [], dtype: .float32, values: [3.301927328109741]) }

// I([3,4]).norm()
@Test func reduce048() { expectError(.notImplemented, "linalg.vector_norm: Expected a floating point or complex tensor as input. Got Long") { try I([3,4]).norm() } }

// T([1,2,3]).cumsum(0)
@Test func reduce049() throws { try check(T([1,2,3]).cumsum(dim: 0), shape: [3], dtype: .float32, values: [1.0, 3.0, 6.0]) }

// T([1,5,3,4,2,6],[2,3]).cumsum(0)
@Test func reduce050() throws { try check(T([1,5,3,4,2,6],[2,3]).cumsum(dim: 0), shape: [2, 3], dtype: .float32, values: [1.0, 5.0, 3.0, 5.0, 7.0, 9.0]) }

// I([1,2],None,torch.int32).cumsum(0)
@Test func reduce051() throws { try check(I([1,2],nil,.int32).cumsum(dim: 0), shape: [2], dtype: .int64, values: [1, 3]) }

// T([1,5,3,4,2,6],[2,3]).logsumexp(1)
@Test func reduce052() throws { try check(T([1,5,3,4,2,6],[2,3]).logsumexp(dims: [1]), shape: [2], dtype: .float32, values: [5.142931938171387, 6.1429314613342285]) }

// I([1,2]).logsumexp(0)
@Test func reduce053() throws { try check(I([1,2]).logsumexp(dims: [0]), shape: [], dtype: .float32, values: [2.3132617473602295]) }

// T([1000,1000]).logsumexp(0)
@Test func reduce054() throws { try check(T([1000,1000]).logsumexp(dims: [0]), shape: [], dtype: .float32, values: [1000.6931762695312]) }

// T([2,1,0.1]).softmax(0)
@Test func reduce055() throws { try check(T([2,1,0.1]).softmax(dim: 0), shape: [3], dtype: .float32, values: [0.6590011715888977, 0.24243298172950745, 0.09856589138507843]) }

// T([1,5,3,4,2,6],[2,3]).softmax(0)
@Test func reduce056() throws { try check(T([1,5,3,4,2,6],[2,3]).softmax(dim: 0), shape: [2, 3], dtype: .float32, values: [0.04742587357759476, 0.9525741338729858, 0.04742587357759476, 0.9525741338729858, 0.04742587357759476, 0.9525741338729858]) }

// T([1,5,3,4,2,6],[2,3]).softmax(-1)
@Test func reduce057() throws { try check(T([1,5,3,4,2,6],[2,3]).softmax(dim: -1), shape: [2, 3], dtype: .float32, values: [0.01587623916566372, 0.8668133020401001, 0.11731041967868805, 0.11731042712926865, 0.01587624102830887, 0.8668133616447449]) }

// T([1,5,3,4,2,6],[2,3]).log_softmax(1)
@Test func reduce058() throws { try check(T([1,5,3,4,2,6],[2,3]).logSoftmax(dim: 1), shape: [2, 3], dtype: .float32, values: [-4.142931938171387, -0.14293169975280762, -2.1429316997528076, -2.1429316997528076, -4.1429314613342285, -0.14293159544467926]) }

// I([1,2]).softmax(0)
@Test func reduce059() { expectError(.notImplemented, "\"softmax_lastdim_kernel_impl\" not implemented for 'Long'") { try I([1,2]).softmax(dim: 0) } }

// T([1,2]).softmax(2)
@Test func reduce060() { expectError(.index, "Dimension out of range (expected to be in range of [-1, 0], but got 2)") { try T([1,2]).softmax(dim: 2) } }

// I([1,2]).softmax(0, dtype=torch.float64)
@Test func reduce061() throws { try check(I([1,2]).softmax(dim: 0, dtype: .float64), shape: [2], dtype: .float64, values: [0.26894142136999516, 0.7310585786300049]) }

// T([3,1,2]).sort()[0]
@Test func reduce062() throws { try check(T([3,1,2]).sort().values, shape: [3], dtype: .float32, values: [1.0, 2.0, 3.0]) }

// T([3,1,2]).sort()[1]
@Test func reduce063() throws { try check(T([3,1,2]).sort().indices, shape: [3], dtype: .int64, values: [1, 2, 0]) }

// T([3,1,float('nan'),2]).sort(descending=True)[0]
@Test func reduce064() throws { try check(T([3,1,.nan,2]).sort(descending: true).values, shape: [4], dtype: .float32, values: [.nan, 3.0, 2.0, 1.0]) }

// T([1,5,3,4,2,6],[2,3]).sort(0)[1]
@Test func reduce065() throws { try check(T([1,5,3,4,2,6],[2,3]).sort(dim: 0).indices, shape: [2, 3], dtype: .int64, values: [0, 1, 0, 1, 0, 1]) }

// T([1,5,3,4,2,6],[2,3]).topk(2)[0]
@Test func reduce066() throws { try check(T([1,5,3,4,2,6],[2,3]).topk(2).values, shape: [2, 2], dtype: .float32, values: [5.0, 3.0, 6.0, 4.0]) }

// T([1,5,3,4,2,6],[2,3]).topk(2, largest=False)[1]
@Test func reduce067() throws { try check(T([1,5,3,4,2,6],[2,3]).topk(2, largest: false).indices, shape: [2, 2], dtype: .int64, values: [0, 2, 1, 0]) }

// T([1,5,3]).topk(5)
@Test func reduce068() { expectError(.runtime, "selected index k out of range") { try T([1,5,3]).topk(5) } }

// I([3,1,3,2,1]).unique()
@Test func reduce069() throws { try check(I([3,1,3,2,1]).unique().values, shape: [3], dtype: .int64, values: [1, 2, 3]) }

// I([3,1,3,2,1]).unique(return_inverse=True)[1]
@Test func reduce070() throws { try check(I([3,1,3,2,1]).unique(returnInverse: true).inverse!, shape: [5], dtype: .int64, values: [2, 0, 2, 1, 0]) }

// I([3,1,3,2,1]).unique(return_counts=True)[1]
@Test func reduce071() throws { try check(I([3,1,3,2,1]).unique(returnCounts: true).counts!, shape: [3], dtype: .int64, values: [2, 1, 2]) }

// T([1,0,3,4],[2,2]).all()
@Test func reduce072() throws { try check(T([1,0,3,4],[2,2]).all(), shape: [], dtype: .bool, values: [0]) }

// T([1,0,3,4],[2,2]).all(1)
@Test func reduce073() throws { try check(T([1,0,3,4],[2,2]).all(dim: 1), shape: [2], dtype: .bool, values: [0, 1]) }

// T([1,0,0,0],[2,2]).any(0)
@Test func reduce074() throws { try check(T([1,0,0,0],[2,2]).any(dim: 0), shape: [2], dtype: .bool, values: [1, 0]) }

// T([0,0]).any()
@Test func reduce075() throws { try check(T([0,0]).any(), shape: [], dtype: .bool, values: [0]) }


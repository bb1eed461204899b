// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// torch.where(T([0,1,2,0,3,0],[2,3]) > 0)[0]
@Test func nonzero000() throws { try check(T([0,1,2,0,3,0],[2,3]).gt(.int(0)).nonzeroTuple()[0], shape: [3], dtype: .int64, values: [0, 0, 1]) }

// torch.where(T([0,1,2,0,3,0],[2,3]) > 0)[1]
@Test func nonzero001() throws { try check(T([0,1,2,0,3,0],[2,3]).gt(.int(0)).nonzeroTuple()[1], shape: [3], dtype: .int64, values: [1, 2, 1]) }

// T([0,1,2,0,3,0],[2,3]).nonzero(as_tuple=True)[1]
@Test func nonzero002() throws { try check(T([0,1,2,0,3,0],[2,3]).nonzeroTuple()[1], shape: [3], dtype: .int64, values: [1, 2, 1]) }

// torch.argwhere(T([0,1,2,0,3,0],[2,3]))
@Test func nonzero003() throws { try check(T([0,1,2,0,3,0],[2,3]).nonzero(), shape: [3, 2], dtype: .int64, values: [0, 1, 0, 2, 1, 1]) }

// torch.count_nonzero(T([0,1,2,0,3,0],[2,3]))
@Test func nonzero004() throws { try check(T([0,1,2,0,3,0],[2,3]).countNonzero(), shape: [], dtype: .int64, values: [3]) }

// torch.count_nonzero(T([0,1,2,0,3,0],[2,3]), dim=0)
@Test func nonzero005() throws { try check(T([0,1,2,0,3,0],[2,3]).countNonzero(dims: [0]), shape: [3], dtype: .int64, values: [0, 2, 1]) }

// T([5],[]).nonzero()
@Test func nonzero006() throws { try check(T([5],[]).nonzero(), shape: [1, 0], dtype: .int64, values: []) }

// T([5],[]).nonzero(as_tuple=True)[0]
@Test func nonzero007() throws { try check(T([5],[]).nonzeroTuple()[0], shape: [1], dtype: .int64, values: [0]) }


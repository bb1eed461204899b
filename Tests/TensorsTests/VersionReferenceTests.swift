// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// a()
@Test func version000() { expectError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") { try { let x = try P([1,2,3]); let y = try x.sigmoid(); try y.add_(.int(1)); try y.sum().backward(); return 0 }() } }

// b()
@Test func version001() { expectError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]] is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") { try { let x = try P([1,2,3]); let z = try T([1,2,3]); let y = try x.mul(z); try z.add_(.int(1)); try y.sum().backward(); return 0 }() } }

// c()
@Test func version002() { expectError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Add, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") { try { let x = try P([1,2,3]); let y = try x.mul(.int(2)); let z = try y.mul(y); try y.add_(.int(1)); try z.sum().backward(); return 0 }() } }

// d()
@Test func version003() { expectError(.runtime, "one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2, 2]], which is output 0 of Relu, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).") { try { let x = try P([1,2,3,4],[2,2]); let y = try x.relu(); try y.setIndexed([.int(0)], to: T([0], [])); try y.sum().backward(); return 0 }() } }

// e()
@Test func version004() throws { try check({ let x = try P([1,2,3]); let z = try T([1,2,3]); let y = try x.add(z); try z.add_(.int(1)); try y.sum().backward(); return try #require(x.grad) }(), shape: [3], dtype: .float32, values: [1.0, 1.0, 1.0]) }

// f()
@Test func version005() throws { try check({ let x = try P([1,2,3]); let y = try x.mul(.int(2)); let z = try y.exp(); try y.mul_(.int(3)); try z.sum().backward(); return try #require(x.grad) }(), shape: [3], dtype: .float32, values: [14.778112411499023, 109.19629669189453, 806.8576049804688]) }


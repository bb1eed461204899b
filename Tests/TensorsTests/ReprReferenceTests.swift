// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// R(P([1.,2]))
@Test func repr000() throws { #expect(try P([1,2]).description == "tensor([1., 2.], requires_grad=True)") }

// R(P([1.,2]) * 2)
@Test func repr001() throws { #expect(try P([1,2]).mul(.int(2)).description == "tensor([2., 4.], grad_fn=<MulBackward0>)") }

// R(T([1.5,2.25]).double())
@Test func repr002() throws { #expect(try T([1.5,2.25]).double().description == "tensor([1.5000, 2.2500], dtype=torch.float64)") }

// R(I([1,2]))
@Test func repr003() throws { #expect(try I([1,2]).description == "tensor([1, 2])") }

// R(I([1,2], None, torch.int32))
@Test func repr004() throws { #expect(try I([1,2],nil,.int32).description == "tensor([1, 2], dtype=torch.int32)") }

// R(B([True,False]))
@Test func repr005() throws { #expect(try B([true,false]).description == "tensor([ True, False])") }

// R(T([]))
@Test func repr006() throws { #expect(try T([]).description == "tensor([])") }

// R(T([3.5],[]))
@Test func repr007() throws { #expect(try T([3.5],[]).description == "tensor(3.5000)") }

// R(T([1,2,3,4,5,6],[2,3]).t())
@Test func repr008() throws { #expect(try T([1,2,3,4,5,6],[2,3]).t().description == "tensor([[1., 4.],\n        [2., 5.],\n        [3., 6.]])") }

// R(T([1,2,3,4,5,6],[2,3])[:, ::2])
@Test func repr009() throws { #expect(try T([1,2,3,4,5,6],[2,3]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]).description == "tensor([[1., 3.],\n        [4., 6.]])") }

// R(P([1.,2]).sum())
@Test func repr010() throws { #expect(try P([1,2]).sum().description == "tensor(3., grad_fn=<SumBackward0>)") }

// R(F.mse_loss(P([1.,2,3]), T([4.,5,6])))
@Test func repr011() throws { #expect(try Tensor.mseLoss(P([1,2,3]), T([4,5,6])).description == "tensor(9., grad_fn=<MseLossBackward0>)") }

// R(-T([0.,1]))
@Test func repr012() throws { #expect(try T([0,1]).neg().description == "tensor([-0., -1.])") }


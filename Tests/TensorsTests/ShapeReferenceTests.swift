// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// torch.arange(5)
@Test func shape000() throws { try check(Tensor.arange(.int(0), .int(5)), shape: [5], dtype: .int64, values: [0, 1, 2, 3, 4]) }

// torch.arange(1, 4, 0.5)
@Test func shape001() throws { try check(Tensor.arange(.int(1), .int(4), step: .double(0.5)), shape: [6], dtype: .float32, values: [1.0, 1.5, 2.0, 2.5, 3.0, 3.5]) }

// torch.arange(0., 1, 0.3)
@Test func shape002() throws { try check(Tensor.arange(.double(0), .int(1), step: .double(0.3)), shape: [4], dtype: .float32, values: [0.0, 0.30000001192092896, 0.6000000238418579, 0.8999999761581421]) }

// torch.arange(10, 0, -3)
@Test func shape003() throws { try check(Tensor.arange(.int(10), .int(0), step: .int(-3)), shape: [4], dtype: .int64, values: [10, 7, 4, 1]) }

// torch.arange(0, 10, 0)
@Test func shape004() { expectError(.runtime, "step must be nonzero") { try Tensor.arange(.int(0), .int(10), step: .int(0)) } }

// torch.arange(0, 10, -1)
@Test func shape005() { expectError(.runtime, "upper bound and lower bound inconsistent with step sign") { try Tensor.arange(.int(0), .int(10), step: .int(-1)) } }

// torch.linspace(0, 1, 5)
@Test func shape006() throws { try check(Tensor.linspace(0, 1, steps: 5), shape: [5], dtype: .float32, values: [0.0, 0.25, 0.5, 0.75, 1.0]) }

// torch.linspace(-1, 1, 7)
@Test func shape007() throws { try check(Tensor.linspace(-1, 1, steps: 7), shape: [7], dtype: .float32, values: [-1.0, -0.6666666269302368, -0.3333333134651184, -2.9802322387695312e-08, 0.3333333134651184, 0.6666666269302368, 1.0]) }

// torch.linspace(0, 1, -1)
@Test func shape008() { expectError(.runtime, "number of steps must be non-negative") { try Tensor.linspace(0, 1, steps: -1) } }

// torch.eye(2, 3)
@Test func shape009() throws { try check(Tensor.eye(2, 3), shape: [2, 3], dtype: .float32, values: [1.0, 0.0, 0.0, 0.0, 1.0, 0.0]) }

// torch.eye(3, dtype=torch.int64)
@Test func shape010() throws { try check(Tensor.eye(3, dtype: .int64), shape: [3, 3], dtype: .int64, values: [1, 0, 0, 0, 1, 0, 0, 0, 1]) }

// torch.full((2,), 3)
@Test func shape011() throws { try check(Tensor.full([2], .int(3)), shape: [2], dtype: .int64, values: [3, 3]) }

// torch.full((2,), 3.)
@Test func shape012() throws { try check(Tensor.full([2], .double(3)), shape: [2], dtype: .float32, values: [3.0, 3.0]) }

// torch.full((2,), True)
@Test func shape013() throws { try check(Tensor.full([2], .bool(true)), shape: [2], dtype: .bool, values: [1, 1]) }

// torch.zeros(2, 3, dtype=torch.int32)
@Test func shape014() throws { try check(Tensor.zeros([2, 3], dtype: .int32), shape: [2, 3], dtype: .int32, values: [0, 0, 0, 0, 0, 0]) }

// torch.ones(2)
@Test func shape015() throws { try check(Tensor.ones([2]), shape: [2], dtype: .float32, values: [1.0, 1.0]) }

// torch.zeros(-1)
@Test func shape016() { expectError(.runtime, "zeros: Dimension size must be non-negative.") { try Tensor.zeros([-1]) } }

// ar(2,3).view(3,2)
@Test func shape017() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).view([3, 2]), shape: [3, 2], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,3).view(-1)
@Test func shape018() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).view([-1]), shape: [6], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,3).view(4, -1)
@Test func shape019() { expectError(.runtime, "shape '[4, -1]' is invalid for input of size 6") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).view([4, -1]) } }

// ar(2,3).view(-1, -1)
@Test func shape020() { expectError(.runtime, "only one dimension can be inferred") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).view([-1, -1]) } }

// ar(2,3).view(-2, 3)
@Test func shape021() { expectError(.runtime, "invalid shape dimension -2 at index 0 of shape [-2, 3]") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).view([-2, 3]) } }

// ar(2,3).t().view(6)
@Test func shape022() { expectError(.runtime, "view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).t().view([6]) } }

// ar(2,3).t().reshape(6)
@Test func shape023() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).t().reshape([6]), shape: [6], dtype: .float32, values: [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]) }

// ar(2,3,4).flatten()
@Test func shape024() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).flatten(), shape: [24], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4).flatten(1)
@Test func shape025() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).flatten(startDim: 1), shape: [2, 12], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4).flatten(0, 1)
@Test func shape026() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).flatten(startDim: 0, endDim: 1), shape: [6, 4], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4).flatten(2, 1)
@Test func shape027() { expectError(.runtime, "flatten() has invalid args: start_dim cannot come after end_dim") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).flatten(startDim: 2, endDim: 1) } }

// ar(2,1,3).squeeze()
@Test func shape028() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,1,3]).squeeze(), shape: [2, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,1,3).squeeze(1)
@Test func shape029() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,1,3]).squeeze(dim: 1), shape: [2, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,1,3).squeeze(0)
@Test func shape030() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,1,3]).squeeze(dim: 0), shape: [2, 1, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,3).unsqueeze(1)
@Test func shape031() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).unsqueeze(1), shape: [2, 1, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,3).unsqueeze(-1)
@Test func shape032() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).unsqueeze(-1), shape: [2, 3, 1], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// ar(2,3).unsqueeze(3)
@Test func shape033() { expectError(.index, "Dimension out of range (expected to be in range of [-3, 2], but got 3)") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).unsqueeze(3) } }

// ar(2,3,4).transpose(0, 2)
@Test func shape034() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).transpose(0, 2), shape: [4, 3, 2], dtype: .float32, values: [0.0, 12.0, 4.0, 16.0, 8.0, 20.0, 1.0, 13.0, 5.0, 17.0, 9.0, 21.0, 2.0, 14.0, 6.0, 18.0, 10.0, 22.0, 3.0, 15.0, 7.0, 19.0, 11.0, 23.0]) }

// ar(2,3,4).transpose(0, 3)
@Test func shape035() { expectError(.index, "Dimension out of range (expected to be in range of [-3, 2], but got 3)") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).transpose(0, 3) } }

// ar(2,3,4).permute(2, 0, 1)
@Test func shape036() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).permute([2, 0, 1]), shape: [4, 2, 3], dtype: .float32, values: [0.0, 4.0, 8.0, 12.0, 16.0, 20.0, 1.0, 5.0, 9.0, 13.0, 17.0, 21.0, 2.0, 6.0, 10.0, 14.0, 18.0, 22.0, 3.0, 7.0, 11.0, 15.0, 19.0, 23.0]) }

// ar(2,3,4).permute(0, 0, 1)
@Test func shape037() { expectError(.runtime, "permute(): duplicate dims are not allowed.") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).permute([0, 0, 1]) } }

// ar(2,3,4).permute(0, 1)
@Test func shape038() { expectError(.runtime, "permute(sparse_coo): number of dimensions in the tensor input does not match the length of the desired ordering of dimensions i.e. input.dim() = 3 is not equal to len(dims) = 2") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).permute([0, 1]) } }

// ar(2,3,4).t()
@Test func shape039() { expectError(.runtime, "t() expects a tensor with <= 2 dimensions, but self is 3D") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).t() } }

// ar(2,3).T
@Test func shape040() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).reversedDims(), shape: [3, 2], dtype: .float32, values: [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]) }

// ar(2,3).t().contiguous()
@Test func shape041() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).t().contiguous(), shape: [3, 2], dtype: .float32, values: [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]) }

// ar(3,1).expand(3, 4)
@Test func shape042() throws { try check(Tensor.arange(.int(0), .int(3)).float().reshape([3,1]).expand([3, 4]), shape: [3, 4], dtype: .float32, values: [0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0, 2.0, 2.0, 2.0, 2.0]) }

// ar(3,1).expand(2, -1, 2)
@Test func shape043() throws { try check(Tensor.arange(.int(0), .int(3)).float().reshape([3,1]).expand([2, -1, 2]), shape: [2, 3, 2], dtype: .float32, values: [0.0, 0.0, 1.0, 1.0, 2.0, 2.0, 0.0, 0.0, 1.0, 1.0, 2.0, 2.0]) }

// ar(2,3).expand(3,3)
@Test func shape044() { expectError(.runtime, "The expanded size of the tensor (3) must match the existing size (2) at non-singleton dimension 0.  Target sizes: [3, 3].  Tensor sizes: [2, 3]") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).expand([3, 3]) } }

// ar(2,3).expand(3)
@Test func shape045() { expectError(.runtime, "expand(torch.FloatTensor{[2, 3]}, size=[3]): the number of sizes provided (1) must be greater or equal to the number of dimensions in the tensor (2)") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).expand([3]) } }

// ar(2,3).movedim(0, 1)
@Test func shape046() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).movedim(0, 1), shape: [3, 2], dtype: .float32, values: [0.0, 3.0, 1.0, 4.0, 2.0, 5.0]) }

// torch.cat([ar(2,3), ar(1,3)])
@Test func shape047() throws { try check(Tensor.cat([Tensor.arange(.int(0), .int(6)).float().reshape([2,3]), Tensor.arange(.int(0), .int(3)).float().reshape([1, 3])]), shape: [3, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 0.0, 1.0, 2.0]) }

// torch.cat([ar(2,3), ar(2,3)], 1)
@Test func shape048() throws { try check(Tensor.cat([Tensor.arange(.int(0), .int(6)).float().reshape([2,3]), Tensor.arange(.int(0), .int(6)).float().reshape([2,3])], dim: 1), shape: [2, 6], dtype: .float32, values: [0.0, 1.0, 2.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 3.0, 4.0, 5.0]) }

// torch.cat([ar(2,3), ar(2,2)])
@Test func shape049() { expectError(.runtime, "Sizes of tensors must match except in dimension 0. Expected size 3 but got size 2 for tensor number 1 in the list.") { try Tensor.cat([Tensor.arange(.int(0), .int(6)).float().reshape([2,3]), Tensor.zeros([2, 2])]) } }

// torch.cat([ar(3), ar(2,2)])
@Test func shape050() { expectError(.runtime, "Tensors must have same number of dimensions: got 1 and 2") { try Tensor.cat([Tensor.zeros([3]), Tensor.zeros([2, 2])]) } }

// torch.cat([I([1]), T([2.5])])
@Test func shape051() throws { try check(Tensor.cat([I([1]), T([2.5])]), shape: [2], dtype: .float32, values: [1.0, 2.5]) }

// torch.stack([ar(2), ar(2)+1])
@Test func shape052() throws { try check(Tensor.stack([T([0, 1]), T([1, 2])]), shape: [2, 2], dtype: .float32, values: [0.0, 1.0, 1.0, 2.0]) }

// torch.stack([ar(2), ar(2)+1], 1)
@Test func shape053() throws { try check(Tensor.stack([T([0, 1]), T([1, 2])], dim: 1), shape: [2, 2], dtype: .float32, values: [0.0, 1.0, 1.0, 2.0]) }

// torch.stack([ar(3), ar(4)])
@Test func shape054() { expectError(.runtime, "stack expects each tensor to be equal size, but got [3] at entry 0 and [4] at entry 1") { try Tensor.stack([Tensor.zeros([3]), Tensor.zeros([4])]) } }

// ar(5).split(2)[2]
@Test func shape055() throws { try check(Tensor.arange(.int(0), .int(5)).float().split(2)[2], shape: [1], dtype: .float32, values: [4.0]) }

// ar(5).chunk(2)[1]
@Test func shape056() throws { try check(Tensor.arange(.int(0), .int(5)).float().chunk(2)[1], shape: [2], dtype: .float32, values: [3.0, 4.0]) }

// ar(2,3).chunk(3, 1)[2]
@Test func shape057() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).chunk(3, dim: 1)[2], shape: [2, 1], dtype: .float32, values: [2.0, 5.0]) }

// ar(5).chunk(0)
@Test func shape058() { expectError(.runtime, "chunk expects `chunks` to be greater than 0, got: 0") { try Tensor.arange(.int(0), .int(5)).float().chunk(0) } }

// ar(5).split([1,4])[1]
@Test func shape059() throws { try check(Tensor.arange(.int(0), .int(5)).float().split(sizes: [1, 4])[1], shape: [4], dtype: .float32, values: [1.0, 2.0, 3.0, 4.0]) }

// ar(2,3).unbind(1)[2]
@Test func shape060() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).unbind(dim: 1)[2], shape: [2], dtype: .float32, values: [2.0, 5.0]) }

// ar(2,3).select(1, -1)
@Test func shape061() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).select(1, -1), shape: [2], dtype: .float32, values: [2.0, 5.0]) }

// ar(3).select(0, 5)
@Test func shape062() { expectError(.index, "select(): index 5 out of range for tensor of size [3] at dimension 0") { try Tensor.arange(.int(0), .int(3)).float().select(0, 5) } }

// ar(2,3).narrow(1, 1, 2)
@Test func shape063() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).narrow(1, 1, 2), shape: [2, 2], dtype: .float32, values: [1.0, 2.0, 4.0, 5.0]) }

// ar(3).narrow(0, 2, 5)
@Test func shape064() { expectError(.runtime, "start (2) + length (5) exceeds dimension size (3).") { try Tensor.arange(.int(0), .int(3)).float().narrow(0, 2, 5) } }

// ar(2,3,4)[1]
@Test func shape065() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(1)]), shape: [3, 4], dtype: .float32, values: [12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[1, -1]
@Test func shape066() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(1), .int(-1)]), shape: [4], dtype: .float32, values: [20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[:, 1]
@Test func shape067() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .int(1)]), shape: [2, 4], dtype: .float32, values: [4.0, 5.0, 6.0, 7.0, 16.0, 17.0, 18.0, 19.0]) }

// ar(2,3,4)[..., 1]
@Test func shape068() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.ellipsis, .int(1)]), shape: [2, 3], dtype: .float32, values: [1.0, 5.0, 9.0, 13.0, 17.0, 21.0]) }

// ar(2,3,4)[0, ..., ::2]
@Test func shape069() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(0), .ellipsis, .slice(start: nil, stop: nil, step: 2)]), shape: [3, 2], dtype: .float32, values: [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]) }

// ar(2,3,4)[None, 1, 1:]
@Test func shape070() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.none, .int(1), .slice(start: 1, stop: nil, step: nil)]), shape: [1, 2, 4], dtype: .float32, values: [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[:, None, 1]
@Test func shape071() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .none, .int(1)]), shape: [2, 1, 4], dtype: .float32, values: [4.0, 5.0, 6.0, 7.0, 16.0, 17.0, 18.0, 19.0]) }

// ar(2,3,4)[-5:1, -2:]
@Test func shape072() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: -5, stop: 1, step: nil), .slice(start: -2, stop: nil, step: nil)]), shape: [1, 2, 4], dtype: .float32, values: [4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]) }

// ar(2,3,4)[:, 3:1]
@Test func shape073() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .slice(start: 3, stop: 1, step: nil)]), shape: [2, 0, 4], dtype: .float32, values: []) }

// ar(2,3,4)[2]
@Test func shape074() { expectError(.index, "index 2 is out of bounds for dimension 0 with size 2") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(2)]) } }

// ar(2,3,4)[0, 5]
@Test func shape075() { expectError(.index, "index 5 is out of bounds for dimension 1 with size 3") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(0), .int(5)]) } }

// ar(2,3,4)[0, 0, 0, 0]
@Test func shape076() { expectError(.index, "too many indices for tensor of dimension 3") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.int(0), .int(0), .int(0), .int(0)]) } }

// ar(2,3,4)[..., ...]
@Test func shape077() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.ellipsis, .ellipsis]), shape: [2, 3, 4], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[::0]
@Test func shape078() { expectError(.value, "slice step cannot be zero") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: 0)]) } }

// ar(2,3,4)[[1, 0]]
@Test func shape079() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.list([1, 0])]), shape: [2, 3, 4], dtype: .float32, values: [12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0, 0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]) }

// ar(2,3,4)[:, [2, 0, 0]]
@Test func shape080() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .list([2, 0, 0])]), shape: [2, 3, 4], dtype: .float32, values: [8.0, 9.0, 10.0, 11.0, 0.0, 1.0, 2.0, 3.0, 0.0, 1.0, 2.0, 3.0, 20.0, 21.0, 22.0, 23.0, 12.0, 13.0, 14.0, 15.0, 12.0, 13.0, 14.0, 15.0]) }

// ar(2,3,4)[:, [0, 1], [1, 2]]
@Test func shape081() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .list([0, 1]), .list([1, 2])]), shape: [2, 2], dtype: .float32, values: [1.0, 6.0, 13.0, 18.0]) }

// ar(2,3,4)[[0, 1], :, [1, 2]]
@Test func shape082() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.list([0, 1]), .slice(start: nil, stop: nil, step: nil), .list([1, 2])]), shape: [2, 3], dtype: .float32, values: [1.0, 5.0, 9.0, 14.0, 18.0, 22.0]) }

// ar(2,3,4)[:, 0, [1, 2]]
@Test func shape083() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .int(0), .list([1, 2])]), shape: [2, 2], dtype: .float32, values: [1.0, 2.0, 13.0, 14.0]) }

// ar(2,3,4)[I([[0], [1]]), I([[0, 2]])]
@Test func shape084() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(I([0, 1], [2, 1])), .tensor(I([0, 2], [1, 2]))]), shape: [2, 2, 4], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[I([-1])]
@Test func shape085() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(I([-1]))]), shape: [1, 3, 4], dtype: .float32, values: [12.0, 13.0, 14.0, 15.0, 16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[I([5])]
@Test func shape086() { expectError(.index, "index 5 is out of bounds for dimension 0 with size 2") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(I([5]))]) } }

// ar(2,3,4)[:, I([3])]
@Test func shape087() { expectError(.index, "index 3 is out of bounds for dimension 0 with size 3") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .tensor(I([3]))]) } }

// ar(2,3,4)[T([1.])]
@Test func shape088() { expectError(.index, "tensors used as indices must be long, int, byte or bool tensors") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(T([1]))]) } }

// ar(2,3,4)[B([True, False])]
@Test func shape089() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(B([true, false]))]), shape: [1, 3, 4], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0, 11.0]) }

// ar(2,3,4)[:, B([True, False, True])]
@Test func shape090() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .tensor(B([true, false, true]))]), shape: [2, 2, 4], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 8.0, 9.0, 10.0, 11.0, 12.0, 13.0, 14.0, 15.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[ar(2,3,4) > 20]
@Test func shape091() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).gt(.int(20)))]), shape: [3], dtype: .float32, values: [21.0, 22.0, 23.0]) }

// ar(2,3,4)[ar(2,3) > 3]
@Test func shape092() throws { try check(Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).gt(.int(3)))]), shape: [2, 4], dtype: .float32, values: [16.0, 17.0, 18.0, 19.0, 20.0, 21.0, 22.0, 23.0]) }

// ar(2,3,4)[B([True, False, True])]
@Test func shape093() { expectError(.index, "The shape of the mask [3] at index 0 does not match the shape of the indexed tensor [2, 3, 4] at index 0") { try Tensor.arange(.int(0), .int(24)).float().reshape([2,3,4]).indexed(by: [.tensor(B([true, false, true]))]) } }

// ar(3)[B(True, [])]
@Test func shape094() throws { try check(Tensor.arange(.int(0), .int(3)).float().indexed(by: [.tensor(B([true], []))]), shape: [1, 3], dtype: .float32, values: [0.0, 1.0, 2.0]) }

// ar(3)[ar(3,1) > 0]
@Test func shape095() { expectError(.index, "too many indices for tensor of dimension 1") { try Tensor.arange(.int(0), .int(3)).indexed(by: [.tensor(Tensor.ones([3, 1]).gt(.int(0)))]) } }

// ar(2,3).index_select(1, I([2, 0]))
@Test func shape096() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexSelect(1, I([2, 0])), shape: [2, 2], dtype: .float32, values: [2.0, 0.0, 5.0, 3.0]) }

// ar(2,3).index_select(1, I([3]))
@Test func shape097() { expectError(.runtime, "INDICES element is out of DATA bounds, id=3 axis_dim=3") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexSelect(1, I([3])) } }

// ar(2,3).index_select(0, I([3]))
@Test func shape098() { expectError(.index, "index out of range in self") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexSelect(0, I([3])) } }

// ar(2,3)[..., 0, ...]
@Test func shape099() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexed(by: [.ellipsis, .int(0), .ellipsis]), shape: [2], dtype: .float32, values: [0.0, 3.0]) }

// ar(2,3)[[0], [7]]
@Test func shape100() { expectError(.index, "index 7 is out of bounds for dimension 1 with size 3") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexed(by: [.list([0]), .list([7])]) } }

// torch.ones(-1)
@Test func shape101() { expectError(.runtime, "Trying to create tensor with negative dimension -1: [-1]") { try Tensor.ones([-1]) } }

// ar(2,3).index_select(1, T([1.]))
@Test func shape102() { expectError(.runtime, "index_select(): Expected dtype int32 or int64 for index") { try Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).indexSelect(1, T([1])) } }

// ar(2,3).gather(1, I([2, 0, 1, 1], [2, 2]))
@Test func shape103() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).gather(1, I([2, 0, 1, 1], [2, 2])), shape: [2, 2], dtype: .float32, values: [2.0, 0.0, 4.0, 4.0]) }

// ar(2,3).gather(0, I([1, 0, 1], [1, 3]))
@Test func shape104() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).gather(0, I([1, 0, 1], [1, 3])), shape: [1, 3], dtype: .float32, values: [3.0, 1.0, 5.0]) }

// ar(3).gather(0, I([5]))
@Test func shape105() { expectError(.runtime, "index 5 is out of bounds for dimension 0 with size 3") { try Tensor.arange(.int(0), .int(3)).float().gather(0, I([5])) } }

// (ar(2,3) > 2).nonzero()
@Test func shape106() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).gt(.int(2)).nonzero(), shape: [3, 2], dtype: .int64, values: [1, 0, 1, 1, 1, 2]) }

// ar(2,3).masked_select(ar(2,3) > 2)
@Test func shape107() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).maskedSelect(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).gt(.int(2))), shape: [3], dtype: .float32, values: [3.0, 4.0, 5.0]) }

// ar(2,3).float()
@Test func shape108() throws { try check(Tensor.arange(.int(0), .int(6)).float().reshape([2,3]).float(), shape: [2, 3], dtype: .float32, values: [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]) }

// T([1.7, -1.7]).long()
@Test func shape109() throws { try check(T([1.7, -1.7]).long(), shape: [2], dtype: .int64, values: [1, -1]) }

// T([1.7, 0]).bool()
@Test func shape110() throws { try check(T([1.7, 0]).bool(), shape: [2], dtype: .bool, values: [1, 0]) }

// I([300, -1]).to(torch.uint8)
@Test func shape111() throws { try check(I([300, -1]).to(.uint8), shape: [2], dtype: .uint8, values: [44, 255]) }

// B([True, False]).int()
@Test func shape112() throws { try check(B([true, false]).int(), shape: [2], dtype: .int32, values: [1, 0]) }

// T([1.5], []).double()
@Test func shape113() throws { try check(T([1.5], []).double(), shape: [], dtype: .float64, values: [1.5]) }


// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// G2(lambda x: (x * x).sum(), P([1.5,-2,3]))
@Test func autograd000() throws { try check(G([P([1.5,-2,3])]) { v in try v[0].mul(v[0]).sum() }, shape: [3], dtype: .float32, values: [3.0, -4.0, 6.0]) }

// G2(lambda x: (x + 2).pow(2).mul(2).sum() / 3, P([1.,2]))
@Test func autograd001() throws { try check(G([P([1,2])]) { v in try v[0].add(.int(2)).pow(.int(2)).mul(.int(2)).sum().div(.int(3)) }, shape: [2], dtype: .float32, values: [4.0, 5.333333492279053]) }

// G2(lambda x, y: (x * y).sum(), P([1.,2,3]), P([4.,5,6]))
@Test func autograd002() throws { try check(G([P([1,2,3]), P([4,5,6])]) { v in try v[0].mul(v[1]).sum() }, shape: [3], dtype: .float32, values: [4.0, 5.0, 6.0]) }

// G2(lambda x: (x / P([2.,4])).sum(), P([1.,2]))
@Test func autograd003() throws { try check(G([P([1,2])]) { v in try v[0].div(P([2,4])).sum() }, shape: [2], dtype: .float32, values: [0.5, 0.25]) }

// G2(lambda x: (P([2.,4]) / x).sum(), P([1.,2]))
@Test func autograd004() throws { try check(G([P([1,2])]) { v in try P([2,4]).div(v[0]).sum() }, shape: [2], dtype: .float32, values: [-2.0, -1.0]) }

// G2(lambda x: (x + T([1.,2,3,4,5,6]).reshape(2,3)).sum(), P([1.,2,3]))
@Test func autograd005() throws { try check(G([P([1,2,3])]) { v in try v[0].add(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [3], dtype: .float32, values: [2.0, 2.0, 2.0]) }

// G2(lambda x: (x * T([1.,2,3,4,5,6]).reshape(2,3)).sum(), P([1.,2],[2,1]))
@Test func autograd006() throws { try check(G([P([1,2],[2,1])]) { v in try v[0].mul(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [2, 1], dtype: .float32, values: [6.0, 15.0]) }

// G2(lambda x: x.sigmoid().sum(), P([0.5,-1]))
@Test func autograd007() throws { try check(G([P([0.5,-1])]) { v in try v[0].sigmoid().sum() }, shape: [2], dtype: .float32, values: [0.23500370979309082, 0.1966119408607483]) }

// G2(lambda x: x.relu().sum(), P([0.5,-1, 0]))
@Test func autograd008() throws { try check(G([P([0.5,-1,0])]) { v in try v[0].relu().sum() }, shape: [3], dtype: .float32, values: [1.0, 0.0, 0.0]) }

// G2(lambda x: x.max(), P([1.,3,3]))
@Test func autograd009() throws { try check(G([P([1,3,3])]) { v in try v[0].max() }, shape: [3], dtype: .float32, values: [0.0, 0.5, 0.5]) }

// G2(lambda x: x.max(0)[0].sum(), P([1.,5,3,4],[2,2]))
@Test func autograd010() throws { try check(G([P([1,5,3,4],[2,2])]) { v in try v[0].max(dim: 0).values.sum() }, shape: [2, 2], dtype: .float32, values: [0.0, 1.0, 1.0, 0.0]) }

// G2(lambda x: x.mean(), P([1.,5,3,4],[2,2]))
@Test func autograd011() throws { try check(G([P([1,5,3,4],[2,2])]) { v in try v[0].mean() }, shape: [2, 2], dtype: .float32, values: [0.25, 0.25, 0.25, 0.25]) }

// G2(lambda x: x.std(), P([1.,5,3,4]))
@Test func autograd012() throws { try check(G([P([1,5,3,4])]) { v in try v[0].std() }, shape: [4], dtype: .float32, values: [-0.4391549825668335, 0.34156501293182373, -0.04879499971866608, 0.14638499915599823]) }

// G2(lambda x: x.var(1).sum(), P([1.,5,3,4],[2,2]))
@Test func autograd013() throws { try check(G([P([1,5,3,4],[2,2])]) { v in try v[0].variance(dims: [1]).sum() }, shape: [2, 2], dtype: .float32, values: [-4.0, 4.0, -1.0, 1.0]) }

// G2(lambda x: x.norm(), P([3.,4]))
@Test func autograd014() throws { try check(G([P([3,4])]) { v in try v[0].norm() }, shape: [2], dtype: .float32, values: [0.6000000238418579, 0.800000011920929]) }

// G2(lambda x: x.prod(), P([2.,3,4]))
@Test func autograd015() throws { try check(G([P([2,3,4])]) { v in try v[0].prod() }, shape: [3], dtype: .float32, values: [12.0, 8.0, 6.0]) }

// G2(lambda x: x.prod(), P([2.,0,4]))
@Test func autograd016() throws { try check(G([P([2,0,4])]) { v in try v[0].prod() }, shape: [3], dtype: .float32, values: [0.0, 8.0, 0.0]) }

// G2(lambda x: (x.softmax(0) * T([1.,2,3])).sum(), P([0.1,0.2,0.3]))
@Test func autograd017() throws { try check(G([P([0.1,0.2,0.3])]) { v in try v[0].softmax(dim: 0).mul(T([1,2,3])).sum() }, shape: [3], dtype: .float32, values: [-0.32061687111854553, -0.022111479192972183, 0.3427284359931946]) }

// G2(lambda x: (x.log_softmax(1) * T([1.,2,3,4],[2,2])).sum(), P([0.1,0.2,0.3,0.5],[2,2]))
@Test func autograd018() throws { try check(G([P([0.1,0.2,0.3,0.5],[2,2])]) { v in try v[0].logSoftmax(dim: 1).mul(T([1,2,3,4],[2,2])).sum() }, shape: [2, 2], dtype: .float32, values: [-0.4250623881816864, 0.42506247758865356, -0.15116190910339355, 0.15116232633590698]) }

// G2(lambda x: x[1:].sum() + x[0] * 2, P([1.,2,3]))
@Test func autograd019() throws { try check(G([P([1,2,3])]) { v in try v[0].slice(0, start: 1).sum().add(v[0].select(0, 0).mul(.int(2))) }, shape: [3], dtype: .float32, values: [2.0, 1.0, 1.0]) }

// G2(lambda x: x[[0, 0, 2]].sum(), P([1.,2,3]))
@Test func autograd020() throws { try check(G([P([1,2,3])]) { v in try v[0].indexed(by: [.list([0, 0, 2])]).sum() }, shape: [3], dtype: .float32, values: [2.0, 0.0, 1.0]) }

// G2(lambda x: x[x > 1.5].sum(), P([1.,2,3]))
@Test func autograd021() throws { try check(G([P([1,2,3])]) { v in try v[0].indexed(by: [.tensor(T([1,2,3]).gt(.double(1.5)))]).sum() }, shape: [3], dtype: .float32, values: [0.0, 1.0, 1.0]) }

// G2(lambda x: x.t().reshape(-1).mul(T([1.,2,3,4,5,6])).sum(), P([1.,2,3,4,5,6],[2,3]))
@Test func autograd022() throws { try check(G([P([1,2,3,4,5,6],[2,3])]) { v in try v[0].t().reshape([-1]).mul(T([1,2,3,4,5,6])).sum() }, shape: [2, 3], dtype: .float32, values: [1.0, 3.0, 5.0, 2.0, 4.0, 6.0]) }

// G2(lambda x: torch.cat([x, x * 2]).mul(T([1.,2,3,4])).sum(), P([1.,2]))
@Test func autograd023() throws { try check(G([P([1,2])]) { v in try Tensor.cat([v[0], v[0].mul(.int(2))]).mul(T([1,2,3,4])).sum() }, shape: [2], dtype: .float32, values: [7.0, 10.0]) }

// G2(lambda x: torch.stack([x, x * 2], 1).mul(T([1.,2,3,4],[2,2])).sum(), P([1.,2]))
@Test func autograd024() throws { try check(G([P([1,2])]) { v in try Tensor.stack([v[0], v[0].mul(.int(2))], dim: 1).mul(T([1,2,3,4],[2,2])).sum() }, shape: [2], dtype: .float32, values: [5.0, 11.0]) }

// G2(lambda x: x.expand(2, 3).mul(T([1.,2,3,4,5,6],[2,3])).sum(), P([1.,2,3]))
@Test func autograd025() throws { try check(G([P([1,2,3])]) { v in try v[0].expand([2, 3]).mul(T([1,2,3,4,5,6],[2,3])).sum() }, shape: [3], dtype: .float32, values: [5.0, 7.0, 9.0]) }

// G2(lambda w: (T([1.,2,3]) @ w.t()).mul(T([1.,-1])).sum(), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3]))
@Test func autograd026() throws { try check(G([P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3])]) { v in try T([1,2,3]).matmul(v[0].t()).mul(T([1,-1])).sum() }, shape: [2, 3], dtype: .float32, values: [1.0, 2.0, 3.0, -1.0, -2.0, -3.0]) }

// G2(lambda x, w: (x @ w.t()).mul(T([1.,-1])).sum(), P([1.,2,3]), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3]))
@Test func autograd027() throws { try check(G([P([1,2,3]), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3])]) { v in try v[0].matmul(v[1].t()).mul(T([1,-1])).sum() }, shape: [3], dtype: .float32, values: [-0.30000001192092896, -0.699999988079071, 0.9000000357627869]) }

// G2(lambda b, w: F.linear(T([1.,2,3],[1,3]), w, b).pow(2).sum(), P([0.5,-0.5]), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3]))
@Test func autograd028() throws { try check(G([P([0.5,-0.5]), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3])]) { v in try Tensor.linear(T([1,2,3],[1,3]), v[1], v[0]).pow(.int(2)).sum() }, shape: [2], dtype: .float32, values: [2.200000047683716, -1.8000001907348633]) }

// G2(lambda w, b: F.linear(T([1.,2,3]), w, b).pow(2).sum(), P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3]), P([0.5,-0.5]))
@Test func autograd029() throws { try check(G([P([0.1,-0.2,0.3,0.4,0.5,-0.6],[2,3]), P([0.5,-0.5])]) { v in try Tensor.linear(T([1,2,3]), v[0], v[1]).pow(.int(2)).sum() }, shape: [2, 3], dtype: .float32, values: [2.200000047683716, 4.400000095367432, 6.600000381469727, -1.8000001907348633, -3.6000003814697266, -5.40000057220459]) }

// G2(lambda a: torch.bmm(a, T([1.,2,3,4,5,6,7,8],[2,2,2])).sum(), P([1.,2,3,4,5,6,7,8],[2,2,2]))
@Test func autograd030() throws { try check(G([P([1,2,3,4,5,6,7,8],[2,2,2])]) { v in try v[0].bmm(T([1,2,3,4,5,6,7,8],[2,2,2])).sum() }, shape: [2, 2, 2], dtype: .float32, values: [3.0, 7.0, 3.0, 7.0, 11.0, 15.0, 11.0, 15.0]) }

// G2(lambda a: (a @ T([1.,2,3,4],[2,2])).sum(), P([1.,2,3,4,5,6,7,8],[2,2,2]))
@Test func autograd031() throws { try check(G([P([1,2,3,4,5,6,7,8],[2,2,2])]) { v in try v[0].matmul(T([1,2,3,4],[2,2])).sum() }, shape: [2, 2, 2], dtype: .float32, values: [3.0, 7.0, 3.0, 7.0, 3.0, 7.0, 3.0, 7.0]) }

// G2(lambda a: (T([1.,2,3,4],[2,2]) @ a).sum(), P([1.,2,3,4,5,6,7,8],[2,2,2]))
@Test func autograd032() throws { try check(G([P([1,2,3,4,5,6,7,8],[2,2,2])]) { v in try T([1,2,3,4],[2,2]).matmul(v[0]).sum() }, shape: [2, 2, 2], dtype: .float32, values: [4.0, 4.0, 6.0, 6.0, 4.0, 4.0, 6.0, 6.0]) }

// G2(lambda a: a.dot(T([1.,2])), P([3.,4]))
@Test func autograd033() throws { try check(G([P([3,4])]) { v in try v[0].dot(T([1,2])) }, shape: [2], dtype: .float32, values: [1.0, 2.0]) }

// G2(lambda x: F.mse_loss(x, T([4.,5,6])), P([1.,2,3]))
@Test func autograd034() throws { try check(G([P([1,2,3])]) { v in try Tensor.mseLoss(v[0], T([4,5,6])) }, shape: [3], dtype: .float32, values: [-2.0, -2.0, -2.0]) }

// G2(lambda x: F.mse_loss(x, T([4.,5,6]), reduction='sum'), P([1.,2,3]))
@Test func autograd035() throws { try check(G([P([1,2,3])]) { v in try Tensor.mseLoss(v[0], T([4,5,6]), reduction: .sum) }, shape: [3], dtype: .float32, values: [-6.0, -6.0, -6.0]) }

// G2(lambda x: F.cross_entropy(x, T([4.,5,6])), P([1.,2,3]))
@Test func autograd036() throws { try check(G([P([1,2,3])]) { v in try Tensor.crossEntropy(v[0], T([4,5,6])) }, shape: [3], dtype: .float32, values: [-2.6495413780212402, -1.3290725946426392, 3.9786150455474854]) }

// G2(lambda x: F.cross_entropy(x, I([1, 0])), P([0.1,0.2,0.3,0.5,-1,2],[2,3]))
@Test func autograd037() throws { try check(G([P([0.1,0.2,0.3,0.5,-1,2],[2,3])]) { v in try Tensor.crossEntropy(v[0], I([1, 0])) }, shape: [2, 3], dtype: .float32, values: [0.15030479431152344, -0.33388751745224, 0.18358269333839417, -0.41235479712486267, 0.019556285813450813, 0.392798513174057]) }

// G2(lambda x: F.cross_entropy(x, I([1, 0]), weight=T([1.,2,3])), P([0.1,0.2,0.3,0.5,-1,2],[2,3]))
@Test func autograd038() throws { try check(G([P([0.1,0.2,0.3,0.5,-1,2],[2,3])]) { v in try Tensor.crossEntropy(v[0], I([1, 0]), weight: T([1,2,3])) }, shape: [2, 3], dtype: .float32, values: [0.20040640234947205, -0.4451833665370941, 0.24477693438529968, -0.27490320801734924, 0.013037524186074734, 0.26186567544937134]) }

// G2(lambda x: F.cross_entropy(x, I([1, -100])), P([0.1,0.2,0.3,0.5,-1,2],[2,3]))
@Test func autograd039() throws { try check(G([P([0.1,0.2,0.3,0.5,-1,2],[2,3])]) { v in try Tensor.crossEntropy(v[0], I([1, -100])) }, shape: [2, 3], dtype: .float32, values: [0.3006095886230469, -0.66777503490448, 0.36716538667678833, 0.0, 0.0, 0.0]) }

// G2(lambda x: F.binary_cross_entropy(x.sigmoid(), T([1.,0,1])), P([0.1,-0.2,2]))
@Test func autograd040() throws { try check(G([P([0.1,-0.2,2])]) { v in try Tensor.binaryCrossEntropy(v[0].sigmoid(), T([1,0,1])) }, shape: [3], dtype: .float32, values: [-0.15834027528762817, 0.15005533397197723, -0.03973432257771492]) }

// G2(lambda x: F.binary_cross_entropy_with_logits(x, T([1.,0,1])), P([0.1,-0.2,2]))
@Test func autograd041() throws { try check(G([P([0.1,-0.2,2])]) { v in try Tensor.binaryCrossEntropyWithLogits(v[0], T([1,0,1])) }, shape: [3], dtype: .float32, values: [-0.15834027528762817, 0.15005533397197723, -0.03973432257771492]) }

// G2(lambda x: F.binary_cross_entropy_with_logits(x, T([1.,0,1]), pos_weight=T([2.,2,2])), P([0.1,-0.2,2]))
@Test func autograd042() throws { try check(G([P([0.1,-0.2,2])]) { v in try Tensor.binaryCrossEntropyWithLogits(v[0], T([1,0,1]), posWeight: T([2,2,2])) }, shape: [3], dtype: .float32, values: [-0.31668055057525635, 0.15005533397197723, -0.07946864515542984]) }

// G2(lambda x: F.l1_loss(x, T([1.,0,1])), P([0.1,-0.2,2]))
@Test func autograd043() throws { try check(G([P([0.1,-0.2,2])]) { v in try Tensor.l1Loss(v[0], T([1,0,1])) }, shape: [3], dtype: .float32, values: [-0.3333333432674408, -0.3333333432674408, 0.3333333432674408]) }

// F.mse_loss(T([1.,2,3]), T([4.,5,6]))
@Test func autograd044() throws { try check(Tensor.mseLoss(T([1,2,3]), T([4,5,6])), shape: [], dtype: .float32, values: [9.0]) }

// F.mse_loss(T([1.,2,3]), T([4.,5,6]), reduction='none')
@Test func autograd045() throws { try check(Tensor.mseLoss(T([1,2,3]), T([4,5,6]), reduction: .none), shape: [3], dtype: .float32, values: [9.0, 9.0, 9.0]) }

// F.cross_entropy(T([0.1,6.0,-2.0,3.2],[1,4]), I([2]))
@Test func autograd046() throws { try check(Tensor.crossEntropy(T([0.1,6.0,-2.0,3.2],[1,4]), I([2])), shape: [], dtype: .float32, values: [8.06192684173584]) }

// F.cross_entropy(T([0.1,6.0,-2.0,3.2],[1,4], torch.float64), T([0,0,1,0],[1,4], torch.float64))
@Test func autograd047() throws { try check(Tensor.crossEntropy(T([0.1,6.0,-2.0,3.2],[1,4],.float64), T([0,0,1,0],[1,4],.float64)), shape: [], dtype: .float64, values: [8.061927274240364]) }

// F.cross_entropy(T([-0.122, 0.105],[1,2], torch.float64), T([1,0],[1,2], torch.float64))
@Test func autograd048() throws { try check(Tensor.crossEntropy(T([-0.122, 0.105],[1,2],.float64), T([1,0],[1,2],.float64)), shape: [], dtype: .float64, values: [0.813074523518728]) }

// F.cross_entropy(T([1,2,3,4,5,6],[2,3]), I([0, 5]))
@Test func autograd049() { expectError(.index, "Target 5 is out of bounds.") { try Tensor.crossEntropy(T([1,2,3,4,5,6],[2,3]), I([0, 5])) } }

// F.cross_entropy(T([1,2,3,4,5,6],[2,3]), I([0]))
@Test func autograd050() { expectError(.value, "Expected input batch_size (2) to match target batch_size (1).") { try Tensor.crossEntropy(T([1,2,3,4,5,6],[2,3]), I([0])) } }

// F.cross_entropy(T([1,2,3,4,5,6],[2,3]), T([0.,1.]))
@Test func autograd051() { expectError(.runtime, "expected target dtype to be Long or Byte, but got Float") { try Tensor.crossEntropy(T([1,2,3,4,5,6],[2,3]), T([0,1])) } }

// F.cross_entropy(T([1,2,3,4,5,6],[2,3]), I([0, 2]), reduction='none')
@Test func autograd052() throws { try check(Tensor.crossEntropy(T([1,2,3,4,5,6],[2,3]), I([0, 2]), reduction: .none), shape: [2], dtype: .float32, values: [2.4076058864593506, 0.40760594606399536]) }

// F.cross_entropy(T([1,2,3,4,5,6,7,8,9,10,11,12],[2,3,2]), I([0, 2, 1, 1],[2,2]))
@Test func autograd053() throws { try check(Tensor.crossEntropy(T([1,2,3,4,5,6,7,8,9,10,11,12],[2,3,2]), I([0, 2, 1, 1],[2,2])), shape: [], dtype: .float32, values: [2.1429314613342285]) }

// F.nll_loss(T([1,2,3,4,5,6],[2,3]), I([0, 3]))
@Test func autograd054() { expectError(.index, "Target 3 is out of bounds.") { try Tensor.nllLoss(T([1,2,3,4,5,6],[2,3]), I([0, 3])) } }

// F.binary_cross_entropy(T([2.]), T([1.]))
@Test func autograd055() { expectError(.runtime, "all elements of input should be between 0 and 1") { try Tensor.binaryCrossEntropy(T([2]), T([1])) } }

// F.binary_cross_entropy(T([0., 1, 0.3]), T([1., 0, 1]))
@Test func autograd056() throws { try check(Tensor.binaryCrossEntropy(T([0, 1, 0.3]), T([1, 0, 1])), shape: [], dtype: .float32, values: [67.0679931640625]) }

// F.binary_cross_entropy_with_logits(T([100., -100, 0.3]), T([1., 0, 1]))
@Test func autograd057() throws { try check(Tensor.binaryCrossEntropyWithLogits(T([100, -100, 0.3]), T([1, 0, 1])), shape: [], dtype: .float32, values: [0.18478506803512573]) }

// T([1,2,3]).sum().backward()
@Test func autograd058() { expectError(.runtime, "element 0 of tensors does not require grad and does not have a grad_fn") { try T([1,2,3]).sum().backward() } }

// P([1,2]).mul(2).backward()
@Test func autograd059() { expectError(.runtime, "grad can be implicitly created only for scalar outputs") { try P([1,2]).mul(.int(2)).backward() } }

// P([1,2]).sum().backward(T([1,1]))
@Test func autograd060() { expectError(.runtime, "Mismatch in shape: grad_output[0] has a shape of torch.Size([2]) and output[0] has a shape of torch.Size([]).") { try P([1,2]).sum().backward(gradient: T([1,1])) } }

// I([1,2]).requires_grad_()
@Test func autograd061() { expectError(.runtime, "only Tensors of floating point dtype can require gradients") { try I([1,2]).setRequiresGrad() } }

// P([1,2]).add_(1)
@Test func autograd062() { expectError(.runtime, "a leaf Variable that requires grad is being used in an in-place operation.") { try P([1,2]).add_(.int(1)) } }

// P([1,2])[0].add_(1)
@Test func autograd063() { expectError(.runtime, "a view of a leaf Variable that requires grad is being used in an in-place operation.") { try P([1,2]).select(0, 0).add_(.int(1)) } }

// P([1,2]).view(2).mul_(2)
@Test func autograd064() { expectError(.runtime, "a view of a leaf Variable that requires grad is being used in an in-place operation.") { try P([1,2]).view([2]).mul_(.int(2)) } }

// T([1,2]).add_(T([1.5,1]))
@Test func autograd065() throws { try check(T([1,2]).add_(T([1.5,1])), shape: [2], dtype: .float32, values: [2.5, 3.0]) }

// I([1,2]).add_(T([1.5,1]))
@Test func autograd066() { expectError(.runtime, "result type Float can't be cast to the desired output type Long") { try I([1,2]).add_(T([1.5,1])) } }

// T([1,2]).add_(T([1,2,3,4],[2,2]))
@Test func autograd067() { expectError(.runtime, "output with shape [2] doesn't match the broadcast shape [2, 2]") { try T([1,2]).add_(T([1,2,3,4],[2,2])) } }

// T([1,2]).mul_(I([3]))
@Test func autograd068() throws { try check(T([1,2]).mul_(I([3])), shape: [2], dtype: .float32, values: [3.0, 6.0]) }

// I([4,5]).div_(2)
@Test func autograd069() { expectError(.runtime, "result type Float can't be cast to the desired output type Long") { try I([4,5]).div_(.int(2)) } }

// T([4,5]).clamp_(min=4.5)
@Test func autograd070() throws { try check(T([4,5]).clamp_(min: .double(4.5)), shape: [2], dtype: .float32, values: [4.5, 5.0]) }

// T([4,5]).zero_()
@Test func autograd071() throws { try check(T([4,5]).zero_(), shape: [2], dtype: .float32, values: [0.0, 0.0]) }

// T([4,5]).fill_(2.5)
@Test func autograd072() throws { try check(T([4,5]).fill_(.double(2.5)), shape: [2], dtype: .float32, values: [2.5, 2.5]) }

// T([1,2,3,4],[2,2]).copy_(I([7,8]))
@Test func autograd073() throws { try check(T([1,2,3,4],[2,2]).copy_(I([7,8])), shape: [2, 2], dtype: .float32, values: [7.0, 8.0, 7.0, 8.0]) }

// N(P([1.5]) + 2)
@Test func autograd074() throws { #expect(try N(P([1.5]).add(.int(2))) == "AddBackward0") }

// N(2 - P([1.5]))
@Test func autograd075() throws { #expect(try N(P([1.5]).rsub(.int(2))) == "RsubBackward1") }

// N(1 / P([1.5]))
@Test func autograd076() throws { #expect(try N(P([1.5]).rdiv(.int(1))) == "MulBackward0") }

// N(P([1.5]) ** 2)
@Test func autograd077() throws { #expect(try N(P([1.5]).pow(.int(2))) == "PowBackward0") }

// N(2 ** P([1.5]))
@Test func autograd078() throws { #expect(try N(P([1.5]).rpow(.int(2))) == "PowBackward2") }

// N(P([1.5]).square())
@Test func autograd079() throws { #expect(try N(P([1.5]).square()) == "PowBackward0") }

// N(P([1.5]).sum(0))
@Test func autograd080() throws { #expect(try N(P([1.5]).sum(dims: [0])) == "SumBackward1") }

// N(P([1.5]).mean())
@Test func autograd081() throws { #expect(try N(P([1.5]).mean()) == "MeanBackward0") }

// N(F.linear(P([1.,2],[1,2]), P([1.,2],[1,2]), P([1.])))
@Test func autograd082() throws { #expect(try N(Tensor.linear(P([1,2],[1,2]), P([1,2],[1,2]), P([1]))) == "AddmmBackward0") }

// N(F.linear(P([1.,2]), P([1.,2],[1,2]), P([1.])))
@Test func autograd083() throws { #expect(try N(Tensor.linear(P([1,2]), P([1,2],[1,2]), P([1]))) == "UnsafeViewBackward0") }

// N(F.linear(P([1.,2],[1,2]), P([1.,2],[1,2])))
@Test func autograd084() throws { #expect(try N(Tensor.linear(P([1,2],[1,2]), P([1,2],[1,2]))) == "MmBackward0") }

// N(P([1.,2]) @ P([1.,2],[2,1]))
@Test func autograd085() throws { #expect(try N(P([1,2]).matmul(P([1,2],[2,1]))) == "SqueezeBackward4") }

// N(P([1.,2,3,4],[1,2,2]) @ P([1.,2,3,4],[1,2,2]))
@Test func autograd086() throws { #expect(try N(P([1,2,3,4],[1,2,2]).matmul(P([1,2,3,4],[1,2,2]))) == "UnsafeViewBackward0") }

// N(P([1.,2],[1,2]).T)
@Test func autograd087() throws { #expect(try N(P([1,2],[1,2]).reversedDims()) == "PermuteBackward0") }

// N(F.cross_entropy(P([1.,2],[1,2]), T([1.,0],[1,2])))
@Test func autograd088() throws { #expect(try N(Tensor.crossEntropy(P([1,2],[1,2]), T([1,0],[1,2]))) == "DivBackward1") }

// N(F.cross_entropy(P([1.,2],[1,2]), T([1.,0],[1,2]), reduction='sum'))
@Test func autograd089() throws { #expect(try N(Tensor.crossEntropy(P([1,2],[1,2]), T([1,0],[1,2]), reduction: .sum)) == "NegBackward0") }

// N(F.cross_entropy(P([1.,2],[1,2]), I([1])))
@Test func autograd090() throws { #expect(try N(Tensor.crossEntropy(P([1,2],[1,2]), I([1]))) == "NllLossBackward0") }

// N(F.l1_loss(P([1.,2]), T([1.,0])))
@Test func autograd091() throws { #expect(try N(Tensor.l1Loss(P([1,2]), T([1,0]))) == "MeanBackward0") }

// N(P([1.,2]).double())
@Test func autograd092() throws { #expect(try N(P([1,2]).double()) == "ToCopyBackward0") }

// N(P([1.,2]).float())
@Test func autograd093() throws { #expect(try N(P([1,2]).float()) == "None") }

// N(P([1.,2]).clone())
@Test func autograd094() throws { #expect(try N(P([1,2]).clone()) == "CloneBackward0") }

// N(P([1.,2])[0])
@Test func autograd095() throws { #expect(try N(P([1,2]).indexed(by: [.int(0)])) == "SelectBackward0") }

// N(P([1.,2])[None])
@Test func autograd096() throws { #expect(try N(P([1,2]).indexed(by: [.none])) == "UnsqueezeBackward0") }

// N(P([1.,2]).chunk(2)[0])
@Test func autograd097() throws { #expect(try N(P([1,2]).chunk(2)[0]) == "SplitBackward0") }

// N(torch.where(B([True,False]), P([1.,2]), T([0.,0])))
@Test func autograd098() throws { #expect(try N(Tensor.where(B([true,false]), P([1,2]), T([0,0]))) == "WhereBackward0") }

// N(P([1.,2]).clamp(0, 1))
@Test func autograd099() throws { #expect(try N(P([1,2]).clamp(min: .int(0), max: .int(1))) == "ClampBackward1") }

// N(P([1.,2]).abs().sqrt().exp().log().neg())
@Test func autograd100() throws { #expect(try N(P([1,2]).abs().sqrt().exp().log().neg()) == "NegBackward0") }


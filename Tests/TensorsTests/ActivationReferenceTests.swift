// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// F.leaky_relu(T([1.,-2.,3.,0.5,-0.25]), 0.2)
@Test func activation000() throws { try check(T([1,-2,3,0.5,-0.25]).leakyRelu(negativeSlope: 0.2), shape: [5], dtype: .float32, values: [1.0, -0.4000000059604645, 3.0, 0.5, -0.05000000074505806]) }

// F.gelu(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation001() throws { try check(T([1,-2,3,0.5,-0.25]).gelu(), shape: [5], dtype: .float32, values: [0.8413447141647339, -0.04550027847290039, 2.9959497451782227, 0.3457312285900116, -0.10032341629266739]) }

// F.gelu(T([1.,-2.,3.,0.5,-0.25]), approximate='tanh')
@Test func activation002() throws { try check(T([1,-2,3,0.5,-0.25]).gelu(approximate: true), shape: [5], dtype: .float32, values: [0.8411920070648193, -0.04540228843688965, 2.9963626861572266, 0.3457140028476715, -0.10032464563846588]) }

// F.elu(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation003() throws { try check(T([1,-2,3,0.5,-0.25]).elu(), shape: [5], dtype: .float32, values: [1.0, -0.8646647334098816, 3.0, 0.5, -0.22119921445846558]) }

// F.selu(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation004() throws { try check(T([1,-2,3,0.5,-0.25]).selu(), shape: [5], dtype: .float32, values: [1.0507010221481323, -1.5201665163040161, 3.1521029472351074, 0.5253505110740662, -0.38889017701148987]) }

// F.celu(T([1.,-2.,3.,0.5,-0.25]), 0.5)
@Test func activation005() throws { try check(T([1,-2,3,0.5,-0.25]).celu(alpha: 0.5), shape: [5], dtype: .float32, values: [1.0, -0.49084219336509705, 3.0, 0.5, -0.19673466682434082]) }

// F.softplus(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation006() throws { try check(T([1,-2,3,0.5,-0.25]).softplus(), shape: [5], dtype: .float32, values: [1.31326162815094, 0.12692800164222717, 3.0485873222351074, 0.9740769863128662, 0.575939416885376]) }

// F.silu(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation007() throws { try check(T([1,-2,3,0.5,-0.25]).silu(), shape: [5], dtype: .float32, values: [0.7310585975646973, -0.23840583860874176, 2.857722520828247, 0.3112296760082245, -0.10945587605237961]) }

// F.mish(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation008() throws { try check(T([1,-2,3,0.5,-0.25]).mish(), shape: [5], dtype: .float32, values: [0.8650983572006226, -0.2525014579296112, 2.98653507232666, 0.37524524331092834, -0.12992696464061737]) }

// F.hardtanh(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation009() throws { try check(T([1,-2,3,0.5,-0.25]).hardtanh(), shape: [5], dtype: .float32, values: [1.0, -1.0, 1.0, 0.5, -0.25]) }

// F.relu6(T([1.,-2.,3.,0.5,-0.25]) * 3)
@Test func activation010() throws { try check(T([1,-2,3,0.5,-0.25]).mul(.int(3)).relu6(), shape: [5], dtype: .float32, values: [3.0, 0.0, 6.0, 1.5, 0.0]) }

// F.logsigmoid(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation011() throws { try check(T([1,-2,3,0.5,-0.25]).logSigmoid(), shape: [5], dtype: .float32, values: [-0.3132616877555847, -2.1269280910491943, -0.04858735203742981, -0.4740769863128662, -0.825939416885376]) }

// F.hardsigmoid(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation012() throws { try check(T([1,-2,3,0.5,-0.25]).hardsigmoid(), shape: [5], dtype: .float32, values: [0.6666666865348816, 0.1666666716337204, 1.0, 0.5833333134651184, 0.4583333432674408]) }

// F.hardswish(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation013() throws { try check(T([1,-2,3,0.5,-0.25]).hardswish(), shape: [5], dtype: .float32, values: [0.6666666865348816, -0.3333333432674408, 3.0, 0.2916666567325592, -0.1145833358168602]) }

// torch.erf(T([1.,-2.,3.,0.5,-0.25]))
@Test func activation014() throws { try check(T([1,-2,3,0.5,-0.25]).erf(), shape: [5], dtype: .float32, values: [0.8427007794380188, -0.9953222870826721, 0.9999778866767883, 0.5204998850822449, -0.27632638812065125]) }

// S(0, lambda: F.dropout(torch.ones(20), 0.3))
@Test func activation015() throws { try check({ let g = Generator(seed: 0); return try Tensor.ones([20]).dropout(p: 0.3, generator: g) }(), shape: [20], dtype: .float32, values: [0.0, 0.0, 1.4285714626312256, 0.0, 1.4285714626312256, 0.0, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 1.4285714626312256, 0.0]) }

// S(0, lambda: F.dropout(T([1.,2,3]), 0.5))
@Test func activation016() throws { try check({ let g = Generator(seed: 0); return try T([1,2,3]).dropout(p: 0.5, generator: g) }(), shape: [3], dtype: .float32, values: [0.0, 0.0, 6.0]) }

// F.dropout(T([1.,2,3]), 1.5)
@Test func activation017() { expectError(.value, "dropout probability has to be between 0 and 1, but got 1.5") { try T([1,2,3]).dropout(p: 1.5) } }


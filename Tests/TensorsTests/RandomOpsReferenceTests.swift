// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with
// what the PyTorch expression in its comment printed.
import Testing
@testable import Tensors

// S(0, lambda: torch.rand(3))
@Test func random000() throws { try check({ let g = Generator(seed: 0); return try Tensor.rand([3], generator: g) }(), shape: [3], dtype: .float32, values: [0.49625658988952637, 0.7682217955589294, 0.08847743272781372]) }

// S(0, lambda: torch.rand(2, dtype=torch.float64))
@Test func random001() throws { try check({ let g = Generator(seed: 0); return try Tensor.rand([2], dtype: .float64, generator: g) }(), shape: [2], dtype: .float64, values: [0.9700530018065531, 0.707819864399788]) }

// S(0, lambda: torch.randn(4))
@Test func random002() throws { try check({ let g = Generator(seed: 0); return try Tensor.randn([4], generator: g) }(), shape: [4], dtype: .float32, values: [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991]) }

// S(0, lambda: torch.randn(2, 3))
@Test func random003() throws { try check({ let g = Generator(seed: 0); return try Tensor.randn([2, 3], generator: g) }(), shape: [2, 3], dtype: .float32, values: [1.5409960746765137, -0.293428897857666, -2.1787893772125244, 0.5684312582015991, -1.0845223665237427, -1.3985954523086548]) }

// S(0, lambda: torch.randn(5, 6))
@Test func random004() throws { try check({ let g = Generator(seed: 0); return try Tensor.randn([5, 6], generator: g) }(), shape: [5, 6], dtype: .float32, values: [-1.1258398294448853, -1.152360200881958, -0.2505785822868347, -0.4338788092136383, 0.8487103581428528, 0.6920091509819031, -0.31601276993751526, -2.1152193546295166, 0.32227492332458496, -1.2633347511291504, 0.34998318552970886, 0.30813392996788025, 0.11984150856733322, 1.237657904624939, -0.14347384870052338, -0.1116093322634697, -0.6135830879211426, 0.03159274160861969, -0.4926769733428955, 0.2484147548675537, 0.4396958351135254, 0.11241118609905243, -0.8410648107528687, -2.316041946411133, -0.10230965167284012, 0.7924439907073975, -0.28966769576072693, 0.05250748619437218, 0.5228604674339294, 2.3022053241729736]) }

// S(0, lambda: torch.randn(3, dtype=torch.float64))
@Test func random005() throws { try check({ let g = Generator(seed: 0); return try Tensor.randn([3], dtype: .float64, generator: g) }(), shape: [3], dtype: .float64, values: [1.5409961082440433, -0.2934289057609464, -2.1787893820745574]) }

// S(0, lambda: torch.randn(20, dtype=torch.float64))
@Test func random006() throws { try check({ let g = Generator(seed: 0); return try Tensor.randn([20], dtype: .float64, generator: g) }(), shape: [20], dtype: .float64, values: [-2.310411800234176, -0.3732508612577643, -1.0608166785462863, 0.9995093547811761, -0.019964750907762653, 0.2102998901016947, 0.17718935139366584, -0.830510051008449, 0.23871805816817063, 0.7335283685272841, -1.3218818291421377, 1.3148113651971234, -0.6870036940435463, 1.4880743158106724, -0.4484158047114511, -0.8910030351707375, 0.6748575435940039, 1.0468653769814655, 0.15429517864658948, -0.7498915228391941]) }

// S2(0, lambda: torch.randn(3), lambda: torch.randn(1))
@Test func random007() throws { try check({ let g = Generator(seed: 0); _ = try Tensor.randn([3], generator: g); return try Tensor.randn([1], generator: g) }(), shape: [1], dtype: .float32, values: [0.5684312582015991]) }

// S(0, lambda: torch.randint(0, 10, (8,)))
@Test func random008() throws { try check({ let g = Generator(seed: 0); return try Tensor.randint(0, 10, [8], generator: g) }(), shape: [8], dtype: .int64, values: [4, 9, 3, 0, 3, 9, 7, 3]) }

// S(0, lambda: torch.randint(0, 2, (20,)))
@Test func random009() throws { try check({ let g = Generator(seed: 0); return try Tensor.randint(0, 2, [20], generator: g) }(), shape: [20], dtype: .int64, values: [0, 1, 1, 0, 1, 1, 1, 1, 1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 1]) }

// S(0, lambda: torch.randperm(10))
@Test func random010() throws { try check({ let g = Generator(seed: 0); return try Tensor.randperm(10, generator: g) }(), shape: [10], dtype: .int64, values: [4, 1, 7, 5, 3, 9, 0, 8, 6, 2]) }

// S(0, lambda: torch.empty(30).uniform_(1, 2))
@Test func random011() throws { try check({ let g = Generator(seed: 0); return try Tensor.empty([30]).uniform_(from: 1, to: 2, generator: g) }(), shape: [30], dtype: .float32, values: [1.4962565898895264, 1.7682218551635742, 1.088477373123169, 1.1320304870605469, 1.3074228763580322, 1.6340787410736084, 1.490093469619751, 1.8964447975158691, 1.4556279182434082, 1.6323063373565674, 1.348893404006958, 1.4017173051834106, 1.0223257541656494, 1.1688590049743652, 1.2938884496688843, 1.518521785736084, 1.6976675987243652, 1.800011396408081, 1.1610294580459595, 1.2822685241699219, 1.6816085577011108, 1.915194034576416, 1.3970999717712402, 1.874155879020691, 1.4194083213806152, 1.5529069900512695, 1.9527380466461182, 1.0361647605895996, 1.1852309703826904, 1.3734173774719238]) }

// S(0, lambda: torch.empty(30).normal_(1, 2))
@Test func random012() throws { try check({ let g = Generator(seed: 0); return try Tensor.empty([30]).normal_(mean: 1, std: 2, generator: g) }(), shape: [30], dtype: .float32, values: [-1.2516796588897705, -1.304720401763916, 0.49884283542633057, 0.1322423815727234, 2.697420597076416, 2.3840184211730957, 0.3679744601249695, -3.230438709259033, 1.64454984664917, -1.5266695022583008, 1.6999664306640625, 1.6162679195404053, 1.2396830320358276, 3.475315809249878, 0.7130522727966309, 0.7767813205718994, -0.22716617584228516, 1.063185453414917, 0.014646053314208984, 1.4968295097351074, 1.8793916702270508, 1.2248224020004272, -0.6821296215057373, -3.6320838928222656, 0.795380711555481, 2.584887981414795, 0.42066460847854614, 1.1050149202346802, 2.0457210540771484, 5.604410648345947]) }

// S(0, lambda: torch.empty(4, 6).t().normal_())
@Test func random013() throws { try check({ let g = Generator(seed: 0); return try Tensor.empty([4, 6]).t().normal_(generator: g) }(), shape: [6, 4], dtype: .float32, values: [1.5409960746765137, 0.40334683656692505, -0.8566746115684509, -0.8919953107833862, -0.293428897857666, 0.8380263447761536, 1.1006041765213013, -1.5091077089309692, -2.1787893772125244, -0.7192575931549072, -1.0711873769760132, 0.3703935444355011, 0.5684312582015991, -0.40334352850914, 0.1227012425661087, 1.4565025568008423, -1.0845223665237427, -0.5966353416442871, -0.5663174986839294, 0.9398099184036255, -1.3985954523086548, 0.18203648924827576, 0.3731146454811096, 0.7748488187789917]) }

// S(0, lambda: torch.empty(4, 6).t().uniform_())
@Test func random014() throws { try check({ let g = Generator(seed: 0); return try Tensor.empty([4, 6]).t().uniform_(generator: g) }(), shape: [6, 4], dtype: .float32, values: [0.49625658988952637, 0.4900934100151062, 0.022325754165649414, 0.16102945804595947, 0.7682217955589294, 0.8964447379112244, 0.16885894536972046, 0.28226858377456665, 0.08847743272781372, 0.455627977848053, 0.2938884496688843, 0.6816085577011108, 0.13203048706054688, 0.6323062777519226, 0.518521785736084, 0.9151939749717712, 0.30742281675338745, 0.3488934636116028, 0.6976675987243652, 0.39709991216659546, 0.6340786814689636, 0.40171730518341064, 0.800011396408081, 0.8741558790206909]) }

// S(0, lambda: torch.normal(2., 3., (3,)))
@Test func random015() throws { try check({ let g = Generator(seed: 0); return try Tensor.normal(mean: 2, std: 3, [3], generator: g) }(), shape: [3], dtype: .float32, values: [6.622988224029541, 1.119713306427002, -4.536368370056152]) }

// S(0, lambda: torch.empty(5).bernoulli_(0.3))
@Test func random016() throws { try check({ let g = Generator(seed: 0); return try Tensor.empty([5]).bernoulli_(p: 0.3, generator: g) }(), shape: [5], dtype: .float32, values: [0.0, 0.0, 0.0, 0.0, 0.0]) }

// S(0, lambda: torch.bernoulli(T([0.1, 0.5, 0.9, 0.5])))
@Test func random017() throws { try check({ let g = Generator(seed: 0); return try T([0.1, 0.5, 0.9, 0.5]).bernoulli(generator: g) }(), shape: [4], dtype: .float32, values: [0.0, 0.0, 1.0, 1.0]) }

// torch.empty(3).uniform_(2, 1)
@Test func random018() { expectError(.runtime, "uniform_ expects to return a [from, to) range, but found from=2 > to=1") { try Tensor.empty([3]).uniform_(from: 2, to: 1) } }

// torch.empty(3).normal_(0, -1)
@Test func random019() { expectError(.runtime, "normal expects std >= 0.0, but found std -1") { try Tensor.empty([3]).normal_(mean: 0, std: -1) } }

// torch.empty(3, dtype=torch.int64).normal_()
@Test func random020() { expectError(.notImplemented, "\"normal_kernel_cpu\" not implemented for 'Long'") { try Tensor.empty([3], dtype: .int64).normal_() } }

// torch.randint(5, 5, (2,))
@Test func random021() { expectError(.runtime, "random_ expects 'from' to be less than 'to', but got from=5 >= to=5") { try Tensor.randint(5, 5, [2]) } }


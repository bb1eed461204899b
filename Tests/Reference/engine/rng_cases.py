def S(seed, f):
    torch.manual_seed(seed); return f()
def S2(seed, f, g):
    torch.manual_seed(seed); f(); return g()
cases = [
 ("S(0, lambda: torch.rand(3))", "{ let g = Generator(seed: 0); return try Tensor.rand([3], generator: g) }()"),
 ("S(0, lambda: torch.rand(2, dtype=torch.float64))", "{ let g = Generator(seed: 0); return try Tensor.rand([2], dtype: .float64, generator: g) }()"),
 ("S(0, lambda: torch.randn(4))", "{ let g = Generator(seed: 0); return try Tensor.randn([4], generator: g) }()"),
 ("S(0, lambda: torch.randn(2, 3))", "{ let g = Generator(seed: 0); return try Tensor.randn([2, 3], generator: g) }()"),
 ("S(0, lambda: torch.randn(5, 6))", "{ let g = Generator(seed: 0); return try Tensor.randn([5, 6], generator: g) }()"),
 ("S(0, lambda: torch.randn(3, dtype=torch.float64))", "{ let g = Generator(seed: 0); return try Tensor.randn([3], dtype: .float64, generator: g) }()"),
 ("S(0, lambda: torch.randn(20, dtype=torch.float64))", "{ let g = Generator(seed: 0); return try Tensor.randn([20], dtype: .float64, generator: g) }()"),
 ("S2(0, lambda: torch.randn(3), lambda: torch.randn(1))", "{ let g = Generator(seed: 0); _ = try Tensor.randn([3], generator: g); return try Tensor.randn([1], generator: g) }()"),
 ("S(0, lambda: torch.randint(0, 10, (8,)))", "{ let g = Generator(seed: 0); return try Tensor.randint(0, 10, [8], generator: g) }()"),
 ("S(0, lambda: torch.randint(0, 2, (20,)))", "{ let g = Generator(seed: 0); return try Tensor.randint(0, 2, [20], generator: g) }()"),
 ("S(0, lambda: torch.randperm(10))", "{ let g = Generator(seed: 0); return try Tensor.randperm(10, generator: g) }()"),
 ("S(0, lambda: torch.empty(30).uniform_(1, 2))", "{ let g = Generator(seed: 0); return try Tensor.empty([30]).uniform_(from: 1, to: 2, generator: g) }()"),
 ("S(0, lambda: torch.empty(30).normal_(1, 2))", "{ let g = Generator(seed: 0); return try Tensor.empty([30]).normal_(mean: 1, std: 2, generator: g) }()"),
 ("S(0, lambda: torch.empty(4, 6).t().normal_())", "{ let g = Generator(seed: 0); return try Tensor.empty([4, 6]).t().normal_(generator: g) }()"),
 ("S(0, lambda: torch.empty(4, 6).t().uniform_())", "{ let g = Generator(seed: 0); return try Tensor.empty([4, 6]).t().uniform_(generator: g) }()"),
 ("S(0, lambda: torch.normal(2., 3., (3,)))", "{ let g = Generator(seed: 0); return try Tensor.normal(mean: 2, std: 3, [3], generator: g) }()"),
 ("S(0, lambda: torch.empty(5).bernoulli_(0.3))", "{ let g = Generator(seed: 0); return try Tensor.empty([5]).bernoulli_(p: 0.3, generator: g) }()"),
 ("S(0, lambda: torch.bernoulli(T([0.1, 0.5, 0.9, 0.5])))", "{ let g = Generator(seed: 0); return try T([0.1, 0.5, 0.9, 0.5]).bernoulli(generator: g) }()"),
 ("torch.empty(3).uniform_(2, 1)", "Tensor.empty([3]).uniform_(from: 2, to: 1)"),
 ("torch.empty(3).normal_(0, -1)", "Tensor.empty([3]).normal_(mean: 0, std: -1)"),
 ("torch.empty(3, dtype=torch.int64).normal_()", "Tensor.empty([3], dtype: .int64).normal_()"),
 ("torch.randint(5, 5, (2,))", "Tensor.randint(5, 5, [2])"),
]
emit('random', cases, open(sys.argv[2], 'w'))

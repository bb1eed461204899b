def S(seed, f):
    torch.manual_seed(seed); return f()
def S2(seed, f, g):
    torch.manual_seed(seed); f(); return g()
cases = [
 ("S(0, lambda: torch.rand(3))", "{ defaultGenerator.manualSeed(0); return try Tensor.rand([3]) }()"),
 ("S(0, lambda: torch.rand(2, dtype=torch.float64))", "{ defaultGenerator.manualSeed(0); return try Tensor.rand([2], dtype: .float64) }()"),
 ("S(0, lambda: torch.randn(4))", "{ defaultGenerator.manualSeed(0); return try Tensor.randn([4]) }()"),
 ("S(0, lambda: torch.randn(2, 3))", "{ defaultGenerator.manualSeed(0); return try Tensor.randn([2, 3]) }()"),
 ("S(0, lambda: torch.randn(5, 6))", "{ defaultGenerator.manualSeed(0); return try Tensor.randn([5, 6]) }()"),
 ("S(0, lambda: torch.randn(3, dtype=torch.float64))", "{ defaultGenerator.manualSeed(0); return try Tensor.randn([3], dtype: .float64) }()"),
 ("S(0, lambda: torch.randn(20, dtype=torch.float64))", "{ defaultGenerator.manualSeed(0); return try Tensor.randn([20], dtype: .float64) }()"),
 ("S2(0, lambda: torch.randn(3), lambda: torch.randn(1))", "{ defaultGenerator.manualSeed(0); _ = try Tensor.randn([3]); return try Tensor.randn([1]) }()"),
 ("S(0, lambda: torch.randint(0, 10, (8,)))", "{ defaultGenerator.manualSeed(0); return try Tensor.randint(0, 10, [8]) }()"),
 ("S(0, lambda: torch.randint(0, 2, (20,)))", "{ defaultGenerator.manualSeed(0); return try Tensor.randint(0, 2, [20]) }()"),
 ("S(0, lambda: torch.randperm(10))", "{ defaultGenerator.manualSeed(0); return try Tensor.randperm(10) }()"),
 ("S(0, lambda: torch.empty(30).uniform_(1, 2))", "{ defaultGenerator.manualSeed(0); return try Tensor.empty([30]).uniform_(from: 1, to: 2) }()"),
 ("S(0, lambda: torch.empty(30).normal_(1, 2))", "{ defaultGenerator.manualSeed(0); return try Tensor.empty([30]).normal_(mean: 1, std: 2) }()"),
 ("S(0, lambda: torch.empty(4, 6).t().normal_())", "{ defaultGenerator.manualSeed(0); return try Tensor.empty([4, 6]).t().normal_() }()"),
 ("S(0, lambda: torch.empty(4, 6).t().uniform_())", "{ defaultGenerator.manualSeed(0); return try Tensor.empty([4, 6]).t().uniform_() }()"),
 ("S(0, lambda: torch.normal(2., 3., (3,)))", "{ defaultGenerator.manualSeed(0); return try Tensor.normal(mean: 2, std: 3, [3]) }()"),
 ("S(0, lambda: torch.empty(5).bernoulli_(0.3))", "{ defaultGenerator.manualSeed(0); return try Tensor.empty([5]).bernoulli_(p: 0.3) }()"),
 ("S(0, lambda: torch.bernoulli(T([0.1, 0.5, 0.9, 0.5])))", "{ defaultGenerator.manualSeed(0); return try T([0.1, 0.5, 0.9, 0.5]).bernoulli() }()"),
 ("torch.empty(3).uniform_(2, 1)", "Tensor.empty([3]).uniform_(from: 2, to: 1)"),
 ("torch.empty(3).normal_(0, -1)", "Tensor.empty([3]).normal_(mean: 0, std: -1)"),
 ("torch.empty(3, dtype=torch.int64).normal_()", "Tensor.empty([3], dtype: .int64).normal_()"),
 ("torch.randint(5, 5, (2,))", "Tensor.randint(5, 5, [2])"),
]
emit('random', cases, open(sys.argv[2], 'w'), serialized=True)

import torch
torch.tensor([1, 2, 3]).dtype, torch.tensor([1.5, 2]).dtype, torch.tensor([True, False]).dtype
torch.Tensor([1, 2]).dtype
torch.float32, torch.float, torch.float64, torch.double, torch.long, torch.int64, torch.int32, torch.bool
torch.tensor([1, 2]) + 1.5
torch.tensor([1, 2]) + torch.tensor([0.5, 0.5])
torch.tensor([True, False]) + torch.tensor([True, True])
torch.tensor([1, 2], dtype=torch.float64)
torch.tensor([1.7, -2.7]).long(), torch.tensor([1, 0]).bool(), torch.tensor([1, 2]).double()
torch.tensor([1, 2]).to(torch.float32), torch.tensor([1.5]).type(torch.int64)
torch.tensor([1.5]).type()
torch.zeros(2, 3)
torch.ones((2, 2), dtype=torch.int64)
torch.full((2, 2), 7.5)
torch.eye(3)
torch.arange(5), torch.arange(1, 2, 0.25), torch.arange(0, 10, 3)
torch.linspace(0, 1, 5)
torch.zeros_like(torch.ones(2, 2)), torch.ones_like(torch.zeros(3, dtype=torch.int64))
torch.empty(0, 3)
torch.tensor(3.5), torch.tensor(7), torch.tensor([])
torch.tensor([[1, 2], [3, 4]]).shape, torch.zeros(2, 3, 4).size(), torch.zeros(2, 3).size(1)
torch.zeros(2, 3).dim(), torch.zeros(2, 3).ndim, torch.zeros(2, 3).numel()
torch.manual_seed(42)  # doctest: +ELLIPSIS
torch.rand(2, 3)
torch.randn(4)
torch.randn(20)
torch.randint(0, 10, (3, 4))
torch.randperm(8)
torch.normal(0.0, 1.0, size=(2, 2))
torch.rand_like(torch.zeros(2)), torch.randn_like(torch.zeros(2))
g = torch.Generator().manual_seed(3)
torch.rand(3, generator=g)
torch.empty(3).uniform_(-1, 1)
torch.empty(2, 2).normal_(mean=5, std=0.1)
torch.empty(6).bernoulli_(0.5)
x = torch.tensor([1e-5, 1.0, 100.0]); x
torch.tensor([1e10, 1.0]), torch.tensor([0.1, 0.25]), torch.tensor([float("nan"), float("inf"), -float("inf"), 1.0])
torch.arange(2000.0)
torch.arange(30.0).reshape(3, 10) * 1.123
torch.tensor([[1.5, -2.25], [3.0, 4.0]], dtype=torch.float64)
torch.tensor([1, 2], dtype=torch.int32), torch.tensor([[True], [False]])
print(torch.tensor([0.12345678]), torch.tensor(2.0))
f"{torch.tensor(3.14159):.2f}", f"{torch.tensor([1.0, 2.0])}"
[torch.tensor(1.0), torch.tensor(2.0)], (torch.ones(1), torch.zeros(2))

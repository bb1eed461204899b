import torch
torch.tensor([1, 2, 300], dtype=torch.uint8)
torch.tensor([-0.0, 0.0, 1.5]), torch.tensor([[1e-8, 1.0]]), torch.tensor([123456.0, 1.0]), torch.tensor([1e-4, 1.0])
torch.arange(1200).reshape(40, 30)
torch.arange(3000.0).reshape(3, 1000)
torch.zeros(2, 0), torch.ones(0, dtype=torch.int64), torch.tensor([[[]]])
torch.tensor(-3.25), torch.tensor(True), torch.tensor(10 ** 12)
torch.tensor([1.0, 2.0], dtype=torch.float64, requires_grad=True)
torch.tensor([0.1, 0.2]) * 3
torch.randn(3, 3, generator=torch.Generator().manual_seed(7)) * 1000
torch.full((2, 3), float("nan")), torch.tensor([1e20, -1e-20])
torch.set_printoptions(precision=2); torch.tensor([1.23456, 2.0])
torch.set_printoptions(sci_mode=True); torch.tensor([1.5, 20.0])
torch.set_printoptions(profile="default"); torch.tensor([1.23456789])
print(torch.tensor([[1, 2], [3, 4]]), torch.tensor([5.5]), sep=" | ")
str(torch.tensor([1.5])), repr(torch.tensor(2)), f"{torch.tensor([1, 2])!r}", "{}".format(torch.tensor(0.5))
f"{torch.tensor(2.0):>8.3f}", f"{torch.tensor(7):04d}"
torch.Size([2, 3]), torch.Size([]), torch.zeros(3, 1).shape[0], list(torch.zeros(2, 5).shape), torch.Size([2, 3]) == (2, 3)
{"w": torch.ones(2), "b": torch.zeros(1)}

# torch.multinomial (with and without replacement) and exponential_, draw for draw as PyTorch's
# CPU kernels after manual_seed, and their errors.
import torch
torch.manual_seed(0)
p = torch.tensor([0.1, 0.2, 0.3, 0.4])
torch.multinomial(p, 10, replacement=True), torch.multinomial(p, 1), torch.multinomial(p, 4), p.multinomial(2)
w = torch.rand(3, 5)
torch.multinomial(w, 3), torch.multinomial(w, 7, True), w.multinomial(1)
torch.multinomial(w.double(), 3), torch.multinomial(w.double(), 6, replacement=True)
g = torch.Generator().manual_seed(42)
torch.multinomial(torch.ones(100), 20, generator=g)
torch.multinomial(torch.tensor([0., 0., 1.]), 2, replacement=True), torch.multinomial(torch.tensor([0., 5., 1.]), 2)
counts = torch.bincount(torch.multinomial(torch.tensor([1., 2., 7.]), 1000, replacement=True), minlength=3); counts
torch.empty(5).exponential_(), torch.empty(3, dtype=torch.float64).exponential_(2.0), torch.rand(2)
torch.multinomial(p, 5)
torch.multinomial(torch.tensor([1, 2]), 1)
torch.multinomial(torch.tensor([-1., 2]), 1)
torch.multinomial(torch.zeros(3), 1)
torch.multinomial(torch.tensor([-1., 2]), 3, True)
torch.multinomial(p, 0)
torch.multinomial(torch.ones(2, 2, 2), 1)

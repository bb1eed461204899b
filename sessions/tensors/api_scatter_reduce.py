# scatter_reduce (sum, prod, mean, amax, amin; with and without self) and scatter_'s reduce=,
# with gradients through sum and mean.
import torch
x = torch.tensor([1., 2., 3., 4.], requires_grad=True)
idx = torch.tensor([0, 1, 0, 1])
s = torch.tensor([5., 6., 7., 8.], requires_grad=True)
[x.scatter_reduce(0, idx, s, reduce=r, include_self=inc) for r in ['sum', 'prod', 'mean', 'amax', 'amin'] for inc in [True, False]]
x.scatter_reduce(0, idx, s, reduce='max'), torch.ones(4).scatter(0, idx, 2., reduce='multiply')
y = x.scatter_reduce(0, idx, s, 'sum').sum() + x.scatter_reduce(0, idx, s, 'mean', include_self=False).pow(2).sum(); y.backward(); x.grad, s.grad
torch.scatter_reduce(torch.zeros(2, 3), 1, torch.tensor([[0, 0], [2, 2]]), torch.tensor([[1., 2.], [3., 4.]]), 'amax', include_self=False)
z = torch.zeros(3); z.scatter_reduce_(0, torch.tensor([0, 0, 2]), torch.tensor([1., 2., 3.]), 'sum'); z
torch.tensor([5, 7]).scatter_reduce(0, torch.tensor([0, 0, 1]), torch.tensor([1, 2, 4]), 'mean')
x.scatter_reduce(0, idx, s, reduce='foo')
torch.zeros(4).scatter(0, idx, 1.0, reduce='max')

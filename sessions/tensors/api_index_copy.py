# index_copy(_) and masked_scatter(_): values, gradients and PyTorch's errors.
import torch
x = torch.zeros(3, 4, requires_grad=True); s = torch.arange(1., 9.).reshape(2,4).requires_grad_()
y = x.index_copy(0, torch.tensor([2, 0]), s); (y)
m = torch.tensor([[True, False, True, False]]*3)
z = x.masked_scatter(m, s); (z)
(y.pow(2).sum() + z.pow(2).sum()).backward(); (x.grad, s.grad)
w = torch.ones(2, 3); w.masked_scatter_(torch.tensor([False, True, True]), torch.tensor([7., 8., 9., 10.])); (w)
v = torch.ones(4); v.index_copy_(0, torch.tensor([3, 1]), torch.tensor([5., 6.])); (v)
x.masked_scatter(m, torch.ones(2))
x.index_copy(0, torch.tensor([5]), s[:1])

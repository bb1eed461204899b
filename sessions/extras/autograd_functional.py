import torch
from torch.autograd.functional import jacobian, hessian, vjp, hvp, vhp
torch.manual_seed(0)
x = torch.randn(3)
W = torch.randn(2, 3)
jacobian(lambda t: W @ t, x)
jacobian(lambda t: t ** 2, x)
jacobian(lambda a, b: a * b, (x, x + 1))
jacobian(lambda t: (t.sum(), t * 2), x)
jacobian(lambda t: torch.ones(2), x)
hessian(lambda t: (t ** 3).sum(), x)
hessian(lambda a, b: (a * b).sum(), (x, x))
vjp(lambda t: t ** 2, x, torch.ones(3))
hvp(lambda t: (t ** 3).sum(), x, torch.ones(3))
vhp(lambda t: (t ** 3).sum(), x, torch.ones(3))
x.grad, x.requires_grad
hessian(lambda t: t * 2, x)
jacobian(lambda t: t, [x])
jacobian(lambda t: torch.sigmoid(t), x)

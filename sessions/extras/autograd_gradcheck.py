import torch
from torch.autograd import gradcheck
torch.manual_seed(0)
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        ctx.save_for_backward(x)
        return x ** 2
    @staticmethod
    def backward(ctx, g):
        x, = ctx.saved_tensors
        return g * 3 * x

x = torch.randn(3, dtype=torch.double, requires_grad=True)
gradcheck(lambda t: t.sin(), (x,))
gradcheck(torch.sigmoid, x)
gradcheck(Bad.apply, (x,), raise_exception=False)
try:
    gradcheck(Bad.apply, (x,))
except RuntimeError as e:
    print(type(e).__name__, type(e).__module__)
    print(e)
W = torch.randn(2, 3, dtype=torch.double, requires_grad=True)
gradcheck(lambda a, b: (b @ a, a.sum() * 2), (x, W))
gradcheck(lambda t: t * 2, (torch.ones(2, dtype=torch.double),))
x.grad is None

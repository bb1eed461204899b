# The rest of torch's elementwise math, their gradients, and values that must round as
# PyTorch's do: linspace (fused multiply-adds from both ends), tanh and sigmoid, and the
# second derivatives of sigmoid and tanh (their backward is an op of its own).
import torch
x = torch.tensor([-1.5, -0.3, 0.0, 0.4, 2.0], requires_grad=True)
torch.erf(x), torch.atan(x), torch.sinh(x), torch.cosh(x), torch.expm1(x), torch.exp2(x)
torch.tan(x), torch.asin(x / 2), torch.arccos(x / 2), torch.arctan(x), torch.frac(x * 1.7)
p = x.abs() + 0.5
torch.log2(p), torch.log10(p), x.erf().sum()
for f in [torch.erf, torch.tan, torch.atan, torch.sinh, torch.cosh, torch.expm1, torch.exp2, torch.asin, torch.acos, torch.frac]:
    y = f(x / 2).sum(); x.grad = None; y.backward(); print(f.__name__, y.grad_fn.next_functions[0][0].name(), x.grad)

torch.atan2(x, torch.tensor(0.5)), torch.fmod(x, 0.7), torch.fmod(torch.tensor([5, -5]), 3), torch.arctan2(torch.ones(2), -torch.ones(2))
torch.tensor([1, 2], dtype=torch.int32).exp2(), torch.log2(torch.tensor([8, 1024]))
torch.linspace(-5, 5, 7).tolist()
torch.linspace(0, 1, 100)[45:55].tolist()
torch.linspace(2, -3, 50, dtype=torch.float64)[24:28].tolist()
torch.linspace(-1, 1, 11, dtype=torch.int32), torch.linspace(0, 10, 5, dtype=torch.int64)
torch.manual_seed(0)
v = torch.randn(40) * 2
torch.tanh(v).tolist()[:12], torch.tanh(v).sum().item()
torch.sigmoid(v).tolist()[:12], torch.sigmoid(v).sum().item()
torch.log1p(v.abs()).sum().item(), torch.expm1(v).sum().item(), torch.log10(v.abs()).sum().item()
w = v[:6].clone().requires_grad_()
g, = torch.autograd.grad(torch.sigmoid(w).sum(), w, create_graph=True)
g.grad_fn, g.grad_fn.next_functions
torch.autograd.grad(g.sum(), w)[0].tolist()
g, = torch.autograd.grad(torch.tanh(w).sum(), w, create_graph=True)
g.grad_fn
torch.autograd.grad(g.sum(), w)[0].tolist()
g, = torch.autograd.grad(torch.sigmoid(w * 3).sum(), w, grad_outputs=None, create_graph=True)
torch.autograd.grad((g * g).sum(), w)[0].tolist()
u = (torch.randn(100) * 2).requires_grad_()
torch.tanh(u).backward(torch.randn(100)); u.grad.tolist()[:8], u.grad.sum().item()
u.grad = None; torch.sigmoid(u).backward(torch.randn(100)); u.grad.tolist()[:8], u.grad.sum().item()
torch.bitwise_and(torch.tensor([12, 10]), 6), torch.tensor([True, False]).bitwise_or(torch.tensor([False, False])), torch.bitwise_xor(torch.tensor([5]), torch.tensor([3]))
3 & torch.tensor([1, 2, 3]), torch.tensor([1, 2]) ^ 1, 1 | torch.tensor([2, 4]), torch.tensor([1.5]).mul(2), torch.multiply(torch.tensor([2]), 3.5)
torch.bitwise_and(torch.tensor([1.5]), 1)
torch.linspace(0, 1, 1), torch.linspace(3, -1, 1, dtype=torch.float64), torch.linspace(2, 5, 1, dtype=torch.int64), torch.linspace(0, 1, 0)

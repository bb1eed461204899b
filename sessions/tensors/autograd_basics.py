import torch
x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = (x * x).sum(); y
y.backward(); x.grad
z = (x ** 3).mean(); z.backward(); x.grad
x.grad = None; x.grad
w = torch.tensor([[1.0, 2.0], [3.0, 4.0]], requires_grad=True)
out = (w @ torch.tensor([1.0, -1.0])).exp().sum(); out.backward(); w.grad
x.is_leaf, (x * 2).is_leaf, x.requires_grad, (x * 2).grad_fn  # doctest: +ELLIPSIS
(x * 2).grad_fn.next_functions  # doctest: +ELLIPSIS
h = x * 2; h.retain_grad(); h.sum().backward(); h.grad
q = x.sum() * 2; q.backward(retain_graph=True); q.backward(); x.grad
q.backward()
(x * 2).backward()
(x * 2).backward(torch.ones(3)); x.grad
with torch.no_grad():
    n = x * 2

n.requires_grad, x.detach().requires_grad, x.data
with torch.no_grad():
    x -= 0.1 * x.grad

x
x -= 1
torch.tensor([1, 2]).requires_grad_()
x.sigmoid().sum().backward(); torch.set_grad_enabled(False); (x * 2).requires_grad
torch.set_grad_enabled(True); torch.is_grad_enabled()
y = (x * 2).sum(); y.grad_fn is y.grad_fn, x.grad is x.grad

import torch
from torch.autograd import grad
x = torch.tensor([1., 2.], requires_grad=True)
w = torch.tensor(3., requires_grad=True)
y = (x ** 3).sum()
torch.autograd.grad(y, x, retain_graph=True)
x.grad is None
grad(y, [x, w], retain_graph=True)
grad(y, [x, w], retain_graph=True, allow_unused=True)
grad(y, [x, w], retain_graph=True, materialize_grads=True)
g, = grad(y, x, create_graph=True)
g.detach(), g.requires_grad
grad(g.sum(), x)
grad(y, x)
grad(x * 2, x)
grad(x * 2, x, grad_outputs=torch.ones(2))
grad(x * 2, x, torch.ones(3))
grad([x.sum(), (x * x).sum()], x)
grad([x.sum(), (x * x).sum()], x, [None, torch.tensor(2.)])
grad([x.sum(), (x * x).sum()], x, [torch.tensor(1.)])
z = x * w
grad(z.sum(), [z, x, w])
grad(torch.ones(2), x)
grad(x.sum(), torch.ones(2))
torch.autograd.backward([(x * 2).sum(), (x * x).sum()])
x.grad
torch.autograd.backward(x * 2 + w, grad_tensors=[torch.ones(2)], inputs=[x])
x.grad, w.grad
torch.manual_seed(0)
model = torch.nn.Linear(3, 1)
loss = model(torch.ones(4, 3)).pow(2).mean()
gw, gb = grad(loss, [model.weight, model.bias])
gw, gb
model.weight.grad is None
torch.autograd.no_grad is torch.no_grad, torch.autograd.enable_grad is torch.enable_grad
with torch.autograd.set_grad_enabled(False):
    (x * 2).requires_grad
from torch.autograd import Variable
t = torch.ones(2)
v = Variable(t, requires_grad=True)
v is t, v, t.requires_grad
Variable(torch.ones(2, requires_grad=True) * 2)
Variable([1, 2])

import torch
class MyReLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, input):
        ctx.save_for_backward(input)
        return input.clamp(min=0)
    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        grad_input = grad_output.clone()
        grad_input[input < 0] = 0
        return grad_input

x = torch.tensor([-1., 2., 3.], requires_grad=True)
y = MyReLU.apply(x)
y
type(y.grad_fn).__name__, len(y.grad_fn.next_functions)
y.sum().backward()
x.grad
MyReLU.apply(torch.tensor([-1., 1.]))
class Scale(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x, k):
        ctx.k = k
        return x * k
    @staticmethod
    def backward(ctx, g):
        print('needs', ctx.needs_input_grad)
        return g * ctx.k, None

z = Scale.apply(x, 3.0)
z
(z * z).sum().backward()
x.grad
class Bad(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        return x * 2
    @staticmethod
    def backward(ctx, g):
        return g, g

Bad.apply(x).sum().backward()
class Legendre(torch.autograd.Function):
    @staticmethod
    def forward(input):
        return 0.5 * (5 * input ** 3 - 3 * input)
    @staticmethod
    def setup_context(ctx, inputs, output):
        input, = inputs
        ctx.save_for_backward(input)
    @staticmethod
    def backward(ctx, grad_output):
        input, = ctx.saved_tensors
        return grad_output * 1.5 * (5 * input ** 2 - 1)

w = torch.tensor(0.5, requires_grad=True)
out = Legendre.apply(w * 2)
out.backward()
out, w.grad
torch.autograd.grad(Legendre.apply(w), w)

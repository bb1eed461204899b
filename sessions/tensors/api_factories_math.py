# Tensor API breadth (1): new_* factories, type_as, one-sided clamps, nan_to_num, cumprod,
# logaddexp/hypot, std_mean/var_mean: values, grad_fn names, gradients and PyTorch's errors.
import torch
x = torch.tensor([[0.5, -1.25, 2.0], [3.0, -0.75, 1.5]], requires_grad=True)
x.new_ones(2), x.new_zeros((2, 2), dtype=torch.int64), x.new_full((2,), 3), x.new_empty(0).shape
x.new_tensor([1, 2]), x.new_tensor([[1.5]]).dtype, torch.ones(2, dtype=torch.int32).new_ones(3)
x.type_as(torch.zeros(1, dtype=torch.float64)), torch.arange(3).type_as(x)
x.clamp_min(0.5), x.clamp_max(1), torch.clamp_min(x, -1)
y = (x.clamp_min(0.5) * 2 + x.clamp_max(1)).sum(); y.backward(); x.grad
torch.nan_to_num(torch.tensor([float('nan'), float('inf'), -float('inf'), 1.5]))
torch.tensor([float('nan'), float('inf'), -float('inf')]).nan_to_num(nan=0.5, posinf=9.0, neginf=-9.0)
torch.tensor([float('inf')], dtype=torch.float64).nan_to_num(), torch.tensor([1, 2]).nan_to_num()
x.cumprod(1), torch.cumprod(torch.tensor([1, 2, 3, 4]), 0), torch.cumprod(x, 0, dtype=torch.float64)
x.grad = None; x.cumprod(1).sum().backward(); x.grad
a = torch.tensor([0.0, 1.0, -2.0, 30.0, float('-inf')], requires_grad=True)
b = torch.tensor([0.0, -1.0, 3.0, 29.5, float('-inf')])
torch.logaddexp(a, b), torch.hypot(a[:4], b[:4])
torch.logaddexp(a, b)[:4].sum().backward(); a.grad
torch.hypot(torch.tensor([3.0, 5.0]), torch.tensor(4.0)), torch.logaddexp(torch.tensor([1e-3]), torch.tensor([2e-3])).item()
torch.logaddexp(torch.tensor([1, 2]), torch.tensor([1, 2]))
torch.hypot(torch.tensor([1, 2]), torch.tensor([1, 2]))
torch.std_mean(x, 1), torch.var_mean(x), torch.var_mean(x, dim=0, correction=0, keepdim=True)
s, m = torch.std_mean(x, dim=1, unbiased=False); x.grad = None; (s + m).sum().backward(); x.grad
x.std_mean()

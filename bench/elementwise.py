# Elementwise kernels: 1M-element a * b + c, 200 times.
import torch
torch.manual_seed(0)
a = torch.rand(1000000)
b = torch.rand(1000000)
c = torch.rand(1000000)
for _ in range(200):
    d = a * b + c
print(d.sum().item() > 0)

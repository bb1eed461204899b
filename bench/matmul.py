# Large matrix work: 1024x1024 float32 products, 20 times.
import torch
torch.manual_seed(0)
a = torch.randn(1024, 1024)
b = torch.randn(1024, 1024)
for _ in range(20):
    c = a @ b
print(c.shape)

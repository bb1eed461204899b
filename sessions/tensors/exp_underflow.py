# Softmax and sigmoid use SLEEF's expf, eight lanes at a time; results that underflow to
# subnormal floats must round as SLEEF's do (tolist() shows every bit).
import torch
torch.manual_seed(0)
x = torch.rand(64, 40) * -20 - 86
x[:, 0] = 0
y = torch.softmax(x, 1)
sum(y.flatten().tolist())
y[:2, :8].tolist()
torch.sigmoid(-x)[:2, :8].tolist()
torch.sigmoid(torch.randn(1000) * 30).sum().item()
torch.log_softmax(torch.randn(3, 100) * 50, 1)[:, :5].tolist()

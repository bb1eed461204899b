import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
bn = nn.BatchNorm1d(3)
bn
list(bn.state_dict().keys())
bn.running_mean, bn.running_var, bn.num_batches_tracked
x = torch.randn(5, 3) * 2 + 1
y = bn(x)
y
y.grad_fn
y.mean(0).abs().max() < 1e-6, y.std(0, unbiased=False)
bn.running_mean, bn.running_var, bn.num_batches_tracked
bn.eval()
bn(x)
bn.train(); bn(x[:2]); bn.num_batches_tracked
nn.BatchNorm1d(4, momentum=None, affine=False)
nn.BatchNorm1d(4, track_running_stats=False).running_mean is None
cum = nn.BatchNorm1d(2, momentum=None)
for k in range(3):
    cum(torch.randn(4, 2) + k)

cum.running_mean, cum.num_batches_tracked
bn2 = nn.BatchNorm2d(2)
bn2
img = torch.randn(2, 2, 3, 3, requires_grad=True)
out = bn2(img)
out[0, 0]
out.pow(2).sum().backward()
bn2.weight.grad, bn2.bias.grad.abs().max() < 1e-5
bn2.running_var
F.batch_norm(x, torch.zeros(3), torch.ones(3))
F.batch_norm(x, None, None, training=True)[0]
bn(torch.randn(2, 3, 4, 5))
bn2(torch.randn(2, 3))
bn(torch.randn(1, 3))
bn(torch.randn(4, 5))
F.batch_norm(x, None, None)
ln = nn.LayerNorm(3)
ln
ln(x)
ln(x).grad_fn
nn.LayerNorm([2, 3], elementwise_affine=False)
list(nn.LayerNorm((2, 3), bias=False).state_dict().keys())
F.layer_norm(torch.arange(6.).reshape(2, 3), (3,))
ln(torch.randn(2, 4))

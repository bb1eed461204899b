import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
conv = nn.Conv2d(3, 8, 3)
conv
conv.weight.shape, conv.bias.shape
conv.bias
x = torch.randn(2, 3, 6, 6)
y = conv(x)
y.shape
y[0, 0]
y.grad_fn
nn.Conv2d(3, 4, (3, 5), stride=2, padding=1, bias=False)
nn.Conv2d(3, 4, 3, padding="same", dilation=2)
nn.Conv2d(4, 4, 3, groups=2)
same = nn.Conv2d(3, 2, 4, padding="same")
same(x).shape
strided = nn.Conv2d(3, 2, 3, stride=2, padding=1)
strided(x).shape
strided(x)[1, 1]
k = torch.tensor([[[[0.0, 1.0, 0.0], [1.0, -4.0, 1.0], [0.0, 1.0, 0.0]]]])
img = torch.arange(25.).reshape(1, 1, 5, 5) ** 2
F.conv2d(img, k)
F.conv2d(img, k, padding=1, stride=2)
F.conv2d(img[0], k).shape
c1 = nn.Conv1d(2, 3, 3, padding=1)
c1
c1(torch.randn(4, 2, 10)).shape
F.conv1d(torch.ones(1, 1, 5), torch.ones(1, 1, 2), dilation=2)
w = torch.randn(2, 3, 3, 3, requires_grad=True)
inp = torch.randn(1, 3, 5, 5, requires_grad=True)
out = F.conv2d(inp, w, padding=1)
out.sum().backward()
w.grad[0, 0]
inp.grad[0, 0]
pool = nn.MaxPool2d(2)
pool
p = pool(img)
p
p.grad_fn
nn.MaxPool2d(3, stride=2, padding=1)(img)
F.max_pool2d(img, 2, return_indices=True)
F.max_pool2d(img, 2, ceil_mode=True)
avg = nn.AvgPool2d(2)
avg
avg(img)
F.avg_pool2d(img, 3, stride=2, padding=1)
F.avg_pool2d(img, 3, stride=2, padding=1, count_include_pad=False)
gap = nn.AdaptiveAvgPool2d((1, 1))
gap
gap(img)
gap(img).grad_fn
nn.AdaptiveAvgPool2d(2)(img)
F.adaptive_avg_pool2d(img, (2, None))
q = torch.randn(1, 1, 4, 4, requires_grad=True)
F.max_pool2d(q, 2).sum().backward()
q.grad
d2 = nn.Dropout2d(0.5)
d2
d2(torch.ones(2, 4, 2, 2))[:, :, 0, 0]
d2.eval()(torch.ones(1, 2, 1, 1)).flatten()
conv(torch.randn(1, 4, 5, 5))
conv(torch.randn(3, 5))
conv(torch.randn(1, 3, 2, 2))
c1(torch.randn(1, 3, 5))
nn.Conv2d(3, 8, 3, stride=2, padding="same")
nn.Conv2d(3, 8, 3, groups=2)
conv(torch.randn(1, 3, 5, 5, dtype=torch.float64))
pool(torch.randn(1, 1, 1, 1))
nn.MaxPool2d(2, padding=2)(img)
seq = torch.arange(8.).reshape(1, 2, 4) ** 2
nn.MaxPool1d(2)
nn.MaxPool1d(2)(seq)
nn.AvgPool1d(3, stride=1, padding=1)
nn.AvgPool1d(3, stride=1, padding=1)(seq)
nn.AdaptiveAvgPool1d(1)(seq).squeeze(-1)
F.max_pool1d(seq, 2, return_indices=True)
nn.BatchNorm3d(2)
nn.BatchNorm3d(2)(torch.randn(2, 2, 3, 3, 3)).shape
nn.BatchNorm3d(2)(img)

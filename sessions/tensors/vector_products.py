# Products with one vector side (one sample through nn.Linear, mv, a batch through a layer
# with one output) round as PyTorch's MKL does; tolist() shows every bit.
import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(7)
def bits(t):
    return t.detach().flatten().tolist()
for n, k in [(20, 11), (12, 20), (6, 12), (1, 6), (4, 6), (3, 4), (7, 33), (2, 100), (5, 257)]:
    lin = nn.Linear(k, n)
    x = torch.randn(1, k)
    print(n, k, bits(lin(x)))
    print(bits(lin(x[0])), bits(torch.mv(lin.weight, x[0])), bits(x[0] @ lin.weight.t()))
for m, k in [(64, 8), (7, 19), (3, 1), (5, 40)]:
    lin = nn.Linear(k, 1)
    x = torch.randn(m, k)
    print(m, k, bits(lin(x)))
# Inputs and weights that start past a 16-byte boundary take other paths inside MKL.
for offset in range(1, 4):
    x = torch.randn(30)[offset:offset + 13]
    w = torch.randn(6 * 13 + 4)[offset:offset + 6 * 13].view(6, 13)
    print(offset, bits(F.linear(x, w)), bits(F.linear(x.unsqueeze(0), w, torch.ones(6))))
    rows = torch.randn(9, 13)[1:]
    print(bits(F.linear(rows, w[:1])))
# Large ones are split between threads by whole groups of four dots; every bit stays.
W = torch.randn(1027, 700)
v = torch.randn(700)
out = torch.mv(W, v)
sum(out.tolist()), out[1020:].tolist()
lin = nn.Linear(300, 1)
out = lin(torch.randn(2051, 300))
sum(out.flatten().tolist()), out[-3:].flatten().tolist()

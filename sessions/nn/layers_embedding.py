import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
emb = nn.Embedding(5, 3)
emb
emb.weight
ids = torch.tensor([[0, 2, 4], [1, 1, 3]])
out = emb(ids)
out.shape
out
out.grad_fn
out.sum().backward()
emb.weight.grad
pad = nn.Embedding(4, 2, padding_idx=0)
pad
pad.weight
y = pad(torch.tensor([0, 3, 0, 1]))
y
(y * 2).sum().backward()
pad.weight.grad
nn.Embedding(4, 2, padding_idx=-1).padding_idx
pre = nn.Embedding.from_pretrained(torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))
pre
pre.weight.requires_grad
pre(torch.tensor([2, 0]))
nn.Embedding.from_pretrained(torch.eye(3), freeze=False).weight.requires_grad
F.embedding(torch.tensor([1, 0]), torch.arange(6.).reshape(3, 2))
list(emb.state_dict().keys())
emb(torch.tensor([5]))
emb(torch.tensor([1.0]))
nn.Embedding(4, 2, padding_idx=4)

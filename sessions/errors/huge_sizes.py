# Sizes no memory can hold raise PyTorch's errors instead of stopping Flint.
import torch
import torch.nn.functional as F
import torch.nn as nn
F.one_hot(torch.tensor([1]), 10**18)
F.one_hot(torch.tensor([10**11]))
torch.repeat_interleave(torch.tensor([10**12]))
torch.bincount(torch.tensor([10**12]))
nn.AdaptiveAvgPool2d((10**10, 1))(torch.ones(1, 1, 4, 4))
torch.diff(torch.ones(3), n=10**18)
torch.ones(3).new_zeros(10**7, 10**7)
nn.Embedding(10**7, 10**7)
F.one_hot(torch.tensor([], dtype=torch.long))

# Docstrings: PyTorch's own, trimmed; the first line of each (a native function's signature,
# a class's or method's summary) is PyTorch's exactly.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
import torch.utils.data as data
x = torch.zeros(2)
torch.add.__doc__.strip().splitlines()[0]
torch.randn.__doc__.strip().splitlines()[0]
torch.tensor.__doc__.strip().splitlines()[0]
torch.matmul.__doc__.strip().splitlines()[0]
torch.Tensor.view.__doc__.strip().splitlines()[0]
x.view.__doc__ == torch.Tensor.view.__doc__
x.item.__doc__.strip().splitlines()[0]
torch.Tensor.size.__doc__.strip().splitlines()[0]
torch.Tensor.backward.__doc__.strip().splitlines()[0]
F.relu.__doc__.strip().splitlines()[0]
F.one_hot.__doc__.strip().splitlines()[0]
F.cross_entropy.__doc__.strip().splitlines()[0]
nn.Linear(2, 3).__doc__ == nn.Linear.__doc__
nn.Sequential.__doc__.strip().splitlines()[0]
nn.ReLU.__doc__.strip().splitlines()[0]
nn.Module.parameters.__doc__.strip().splitlines()[0]
nn.Module.zero_grad.__doc__.strip().splitlines()[0]
nn.Module.eval.__doc__.strip().splitlines()[0]
optim.SGD.__doc__.strip().splitlines()[0]
optim.Optimizer.step.__doc__.strip().splitlines()[0]
torch.no_grad.__doc__.strip().splitlines()[0]
torch.max.__doc__.strip().splitlines()[0]
import numpy as np
np.exp.__doc__.strip().splitlines()[0]
np.sum.__doc__.strip().splitlines()[0]
np.array([1.0]).sum.__doc__.strip().splitlines()[0]
np.random.randn.__doc__.strip().splitlines()[0]
class Net(nn.Module):
    pass

Net.__doc__ is None
def f():
    "Does nothing."

f.__doc__

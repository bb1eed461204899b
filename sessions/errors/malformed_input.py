# Malformed and failing lines: each gives Python's or PyTorch's error and the session goes on.
import torch
import torch.nn as nn
x = (1, 2
y = [1, 2]]
print("unterminated)
z = 1 +
def f(:
foo
foo(1)
torch.nonexistent
len(5)
"abc" + 1
1 / 0
[1, 2, 3][10]
{"a": 1}["b"]
int("seven")
None.shape
torch.ones(3) + torch.ones(4)
torch.ones(2, 3) @ torch.ones(2, 3)
nn.Linear(8, 1)(torch.ones(1, 11))
nn.Linear(8)
torch.tensor([1., 2.]).sum().backward()
torch.tensor([[1, 2], [3]])
torch.ones(3)[5]
torch.ones(2, 3).sum(dim=2)
torch.ones(2, 3).view(4)
torch.tensor([1, 2]).requires_grad_()
1e400
torch.ones(-1)
torch.ones(2 ** 40, 2 ** 40)
torch.tensor([1e300]) * 1e300
range(10 ** 18)[5]
torch.arange(0, 10, 0)
torch.zeros(2).item()
x = torch.ones(2, requires_grad=True)
x.add_(1)
print("still here", 1 + 1)

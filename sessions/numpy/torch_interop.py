import numpy as np
import torch
t = torch.tensor([1.0, 2.0, 3.0])
a = t.numpy()
a
a.dtype
a[0] = 10.0
t
d = np.array([[1.5, 2.5], [3.5, 4.5]])
u = torch.from_numpy(d)
u
u[0, 0] = -1.0
d
torch.tensor(d)
torch.tensor(np.array([1, 2, 3]))
np.array(torch.tensor([[1, 2], [3, 4]]))
np.array(torch.tensor([0.5, 0.25]))
torch.arange(3).numpy()
torch.tensor([True, False]).numpy()
torch.from_numpy(np.float64(1.0))
w = torch.ones(2, requires_grad=True)
w.numpy()
w.detach().numpy()
np.array(w)
torch.manual_seed(0)
m = torch.randn(2, 3).double()
n = torch.randn(3, 2).double()
print(torch.matmul(m, n).numpy() == np.matmul(np.array(m), np.array(n)))
np.sum(t.numpy() * 2)
p = torch.tensor([1.0, 2.0])
q = np.array([3.0, 4.0])
p * q
p - q
p @ q
q == p
p == q
torch.from_numpy(np.random.rand(2) * 0) + 1
a = np.array([1, 2, 3])
[np.float64(1.5), np.int64(2), np.True_]
(a.shape, a.dtype)
{'x': a}
print([a, a * 2])
str(a)
repr(a)
f"{a}"
"%s" % a
torch.from_numpy(a.T)
torch.from_numpy(np.arange(6).reshape(2, 3).T)
torch.from_numpy(np.array([1, 2], dtype=np.int32))
torch.from_numpy(np.array([1, 2], dtype=np.uint8))
torch.tensor(np.float64(2.5))
torch.zeros(2, 3).T.numpy()
np.array(torch.zeros(2, 3).T)
x = torch.arange(6.).reshape(2, 3)[:, 1:].numpy()
x
x.shape

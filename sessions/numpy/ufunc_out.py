# NumPy ufuncs write into out= arrays (positional or keyword), which may share memory with a
# tensor (the "Bridge with NumPy" part of PyTorch's tensor tutorial).
import numpy as np, torch
n = np.ones(5)
t = torch.from_numpy(n)
r = np.add(n, 1, out=n); print(r is n, n, t)
m = np.zeros((2, 2)); np.multiply(np.array([1., 2.]), 3, out=m); print(m)
k = np.zeros(3, dtype=np.int64)
np.add(k, 0.5, out=k)
e = np.empty(3); np.exp(np.zeros(3), out=e); print(e)
np.sqrt(np.array([4., 9.]), np.empty(2)), np.subtract(5, np.arange(3), np.zeros(3, dtype=np.int64))
np.log10(np.array([10., 100.]), out=np.empty(2)), np.abs(np.array([-1, 2]), out=np.zeros(2, dtype=np.int64))
np.exp(np.ones(2), out=[0, 0])
np.sum(np.ones(3), out=np.empty(()))
np.mean(np.arange(6.).reshape(2, 3), axis=0, out=np.zeros(3)), np.ones((2, 2)).sum(axis=1, out=np.empty(2))

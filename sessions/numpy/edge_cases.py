import numpy as np
import torch
np.int64(5) // 0
np.array([1, 2]) % 0
np.array([1.0, -1.0, 0.0]) / 0
np.float64(1) == 1.0
np.array([1.0]) == 1
np.array([1, 2, 3]).sum() / 3
type(np.array([1, 2]).tolist()[0])
np.array(torch.tensor([1.0, 2.0]))
np.array(torch.tensor([1.0, 2.0])).dtype
np.array([np.float32(1), np.float32(2)])
np.array([torch.tensor(1.5), torch.tensor(2.5)])
np.array([np.array([1, 2]), np.array([3, 4])])
x = np.array([[1.0, 2.0], [3.0, 4.0]])
x.shape[0]
n, m = x.shape
x.mean(axis=0).shape
print(x.T @ x)
print(x * 0.1)
print(np.array([0.001, 1000.0]))
print(np.array([1e-10, 1.0]))
print(np.float32(3.14159))
np.float64(-0.0)
np.float64(float('nan'))
np.array([np.inf, -np.inf, np.nan])
np.zeros((0, 3))
np.array([[]]).shape
np.ones((2, 3), dtype=bool)
np.arange(3, dtype=np.float32)
np.array([1, 2, 3], dtype=np.uint8) + 300
np.array([1, 2, 3], dtype=np.int32) * 2
np.array([1, 2, 3], dtype=np.int32) * 2.0
np.float32(2) * 2.0
np.float32(2) * np.float64(2)
np.array(3.0) * np.array([1, 2], dtype=np.float32)
x.dtype.name
x.dtype.itemsize
str(x.dtype)
x.astype('float32').dtype
x.itemsize, x.nbytes
np.sum(x, 0)
np.max(x, 1)
x.max(0)
float(np.array([2.5]))
int(np.array(3.9))
np.array([1, 2]) and True

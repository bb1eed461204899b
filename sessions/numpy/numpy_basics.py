import numpy as np
import torch
np.array([1, 2, 3]), np.array([[1.0, 2.0]]), np.array([[True, True]]), np.array([1.5, 2])
print(np.array([1, 2, 3]), np.array([[True, True]]), np.array([0.5, 1.0]))
np.zeros((2, 2)), np.ones(3), np.arange(5), np.linspace(0, 1, 5)
np.random.seed(0); np.random.rand(3), np.random.randn(2, 2)
a = np.array([[1.0, 2.0], [3.0, 4.0]]); b = np.array([0.5, -1.0])
a + b, a * 2, 1 / a, a ** 2, a > 2, a == a
np.matmul(a, a), a @ b, np.dot(b, b), a.dot(a)
np.exp(a), np.log(a), np.sqrt(a), np.square(b)
np.sum(a, axis=0), np.mean(a, axis=1), np.std(a), np.max(a, axis=0), np.argmax(a, axis=1), a.sum(), a.max()
a.shape, a.reshape(4), a.T, a.astype(np.int64), a.dtype, a.astype(int).dtype
np.array(torch.tensor([1.0, 2.0])), np.array([[1, 2], [3, 4]])[0], a[:, 1], a[a > 2]
t = torch.randn(2, 3).double(); u = torch.randn(3, 4).double()
print(torch.matmul(t, u).numpy() == np.matmul(np.array(t), np.array(u)))
a.tolist(), len(a), a[0, 1].item(), float(a[1, 1])
np.array([1, 2]) + np.array([1, 2, 3])

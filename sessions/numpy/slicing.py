print('<object at 0x7f3a2b>')
import numpy as np
x = np.arange(10)
x[::-1]
x[::-3]
x[-2::-2]
x[5:100:-1]
x[100:5:-1]
x[3:3:-1]
x[-100::-1]
y = np.arange(12).reshape(3, 4)
y[::-1, ::-2]
y[..., ::-1]
y[None, ::-1, 1]
y[1, ::-1]
np.sort(np.array([3, 1, 2]))
np.sort(np.array([[3, 1], [0, 2]]), axis=0)
np.argsort(np.array([3, 1, 2]))
np.array([3, 1, 2]).argsort()
np.unique(np.array([3, 1, 2, 3, 1]))
np.unique(np.array([3, 1, 3]), return_counts=True)
np.flip(np.array([[1, 2], [3, 4]]))
np.flip(np.array([[1, 2], [3, 4]]), axis=1)
np.linalg.norm(np.array([3.0, 4.0]))
np.linalg.norm(np.array([[1, 2], [3, 4]]), axis=1)
np.outer(np.array([1, 2]), np.array([3, 4]))
np.count_nonzero(np.array([0, 1, 2]))
np.isclose(np.array([1.0, 2.0]), np.array([1.0, 2.1]))
np.log2(np.array([8.0, 0.5]))
np.log10(100)
np.power(2, np.array([1, 2]))
np.divide(1, 4)
np.tanh(0.5)
np.mean(np.array([[1.0, 2.0], [3.0, 4.0]]), axis=(0, 1))

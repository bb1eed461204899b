import numpy as np
A = np.arange(6).reshape(2, 3)
B = np.arange(12).reshape(3, 4) * 0.5
v = np.array([1.0, -1.0, 2.0])
A @ B
A @ v
v @ B
v @ v
np.matmul(np.ones((2, 2, 3)), B).shape
np.matmul(np.ones((4, 1, 2, 3)), np.ones((5, 3, 2))).shape
A @ A
v @ A
np.dot(A, v)
np.dot(v, v)
np.dot(A, B).dtype
np.arange(3) @ np.arange(3)
(np.arange(3) @ np.arange(3.0)).dtype
np.array([True, False]) @ np.array([True, True])
np.float32(2) * np.arange(3, dtype=np.float32) @ np.ones(3, dtype=np.float32)
A.T @ A

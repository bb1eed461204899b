import numpy as np
x = np.zeros((2, 3))
x[:] = 5
x
x[0, :] = [1, 2, 3]
x
x[x > 4] = np.array([7.5, 8.5, 9.5])
x
x[:, 1] += 1
x
x[1] *= 2
x
np.matmul(np.ones((2, 3, 4)), np.ones((2, 4, 5))).shape
np.matmul(np.ones((2, 3, 4)), np.ones(4)).shape
np.ones((2, 3, 4)) @ np.ones((4, 2))
np.zeros((2,), int)
np.sum(x > 2)
(x == x).all()
np.all(x > 0), np.any(x > 100)
x.astype(bool)
x.max(axis=0)[0]
np.mean([np.float64(1.0), np.float64(2.0)])
np.set_printoptions(suppress=True)
np.array([1e-10, 1.0, 123456.789])
x.round(1)
np.array([[1, 2], [3, 4]]).mean(axis=0).round(2)
np.ones(3).sum(0)
x.argmax(axis=1)
np.argmax(x, axis=0, keepdims=True) if False else np.argmax(x, axis=0)
len(x.shape)
x.reshape(-1)
-x.T
x.T.shape
x.mean(axis=-1)
x.sum(axis=-2)

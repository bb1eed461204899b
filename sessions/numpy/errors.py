import numpy as np
a = np.array([[1, 2], [3, 4]])
a.sum(axis=3)
a.mean(axis=-3)
np.concatenate([a, a], axis=2)
np.stack([a, a], axis=3)
a.reshape(3)
a.transpose(1, 1)
a.transpose(0)
a.squeeze(0)
np.zeros(-1)
np.eye(-1)
np.linspace(0, 1, -1)
np.random.seed(2**32)
np.random.randint(10, size=-1)
a @ 2
2 @ a
np.matmul(a, np.ones(3))
a[0, 0, 0]
a[[0, 5]]
np.argmax(np.array([]))
np.array([]).max()
a.item()
a.item(7)
np.clip(a, 1)
try:
    np.where(np.array([True, False]), np.ones(3), 0)
except ValueError as e:
    print(repr(str(e)))

np.ones(3)[True]
np.ones(3)[True].shape
np.array([1, 5]).clip(2)
np.array([1, 5]).clip(max=2)

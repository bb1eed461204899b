import numpy as np
a = np.arange(5)
a[1:3] = 0
a
a[a == 0] = -1
a
a[[0, 4]] = [10, 40]
a
b = a.reshape(5, 1) * a
b.shape
b[2]
b[:, 2]
b[1:3, 1:3]
c = np.zeros((3, 3))
c[np.arange(3), np.arange(3)] = 1
c
c[[0, 1], [1, 2]]
np.fill_diagonal(c, 5)
c
a.fill(7)
a
a.dtype
x = np.array([3.0, 1.0])
x.sort()
x

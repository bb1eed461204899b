import numpy as np
x = np.array([[1, 2, 3], [4, 5, 6]])
x[0]
x[1, 2]
x[-1]
x[:, 1]
x[0, 1:]
x[..., 0]
x[None].shape
x[x > 2]
x[[1, 0]]
x[np.array([0, 0, 1])]
x[0][1]
type(x[0, 0])
x[5]
x[0, 3]
x[0] = 9
x
x[:, 0] = np.array([7, 8])
x
x[x > 8] = 0
x
x[1, 1] = 2.9
x
y = np.arange(6).reshape(2, 3)
y
y.reshape(3, -1)
y.reshape((6,))
y.reshape(4, 2)
y.reshape(-1, 4)
y.reshape(5, -1)
x[np.array([0.5])]
x[...]
y.T
y.transpose()
np.transpose(y)
y.flatten()
y.ravel()
np.reshape(y, (3, 2))
np.arange(3).reshape(1, 3, 1).squeeze()
np.expand_dims(np.array([1, 2]), 0)
for row in y:
    print(row)

for v in np.array([1.5, 2.5]):
    print(repr(v))

list(np.array([1, 2]))
len(np.array(3))
bool(np.array([1, 2]))
bool(np.array([0]))
3 in np.array([1, 2, 3])
z = y[0]
z[0] = 100
y
y.shape
y.copy()
import numpy as np
x = np.array([1, 2])
s = x[0]
items = list(x)
x[0] = 9
s, items
m = np.array([[1, 2], [3, 4]])
rows = list(m)
m[0, 0] = 7
rows[0]
x = np.arange(6).reshape(2, 3)
np.transpose(x, axes=(1, 0))
np.transpose(x, (1, 0))
x.transpose(1, 0)
y = x.astype(np.int64, copy=False)
y is x
x.astype(float, copy=False)

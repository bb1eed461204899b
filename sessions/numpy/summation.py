import numpy as np
x = np.arange(1000) * 0.1
x.sum()
x.mean()
x.std()
np.sin(np.arange(37) * 0.3).sum()
np.sin(np.arange(300) * 0.7).sum()
np.sin(np.arange(5000) * 0.7).sum()
np.sin(np.arange(5000) * 0.7).reshape(50, 100).sum(axis=0)[:3]
np.sin(np.arange(5000) * 0.7).reshape(50, 100).sum(axis=1)[:3]
np.sin(np.arange(5000) * 0.7).reshape(50, 100).mean()
np.sin(np.arange(5000) * 0.7).var()
import numpy as np
np.random.seed(1)
for n in [1, 5, 15, 16, 17, 31, 32, 33, 64, 100, 129, 1000]:
    x = np.random.randn(n)
    y = np.random.randn(n)
    print(n, repr(x @ y), repr(np.dot(x, y)), repr(np.matmul(x, y)))

a = np.cos(np.arange(100) * 0.1)
b = np.sin(np.arange(100) * 0.1)
a @ b
a.dot(b)
np.linalg.norm(np.sin(np.arange(300) * 0.7))

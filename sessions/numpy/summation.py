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

import numpy as np
x = np.array([3.0, 1.0, 4.0, 1.5, 9.0, 2.6])
np.percentile(x, 50)
np.percentile(x, 25)
np.percentile(x, 90)
np.quantile(x, 0.33)
np.percentile(np.arange(10), 75)
np.quantile(np.arange(12).reshape(3, 4), 0.5, axis=0)
np.quantile(np.arange(12).reshape(3, 4), 0.3, axis=1)
np.percentile(x, 101)
np.nonzero(np.array([0, 2, 0, 3]))
np.array([[0, 1], [1, 0]]).nonzero()
np.array([1, 0, 2]).nonzero()[0]

import numpy as np
np.array(range(5))
np.array([range(2), range(2)])
np.arange(10)[range(0, 10, 3)]
hash(np.array([1]))
np.array([1]) in [np.array([1])]

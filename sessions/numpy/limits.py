import numpy as np
np.random.rand(2**40, 2**40)
np.zeros((2**40, 2**40))
np.random.choice(3, p=[0.5, 0.6, 0.1])
np.random.choice(3, p=[0.5, -0.1, 0.6])
np.zeros((-1, 2))

import numpy as np
rng = np.random.RandomState(42)
rng.rand(2)
rng.randn(3)
rng.randint(0, 5, size=3)
np.random.seed(42)
np.random.rand(2)
rng2 = np.random.RandomState()
type(rng)

import numpy as np
np.array(4) % np.array([1.5, -2.0, 0.25])
np.mod(np.array([4.0, -4.0]), -2.0)
np.array([-7.5, 7.5]) % -2
np.floor(np.array([1, 2, 3]))
np.floor(np.array([True, False]))
np.ceil(np.int64(3))
np.trunc(np.array([-1.5, 1.5]))
np.negative(np.array([True]))
np.sign(np.array([True]))
d = np.array([1, 2])
d += 1.5
np.array([1.5]) & np.array([1.0])
np.array([3, 5]) & 6
np.array([True, False]) | np.array([False, False])

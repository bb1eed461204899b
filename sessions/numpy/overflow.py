import numpy as np
big = np.array([2**62])
big * 4
big + big + big
-(np.array([-2**62]) * 2)
np.abs((np.array([-2**62]) * 2))
(np.array([-2**62]) * 2) // -1
(np.array([-2**62]) * 2) % -1
np.array([3]) ** 50
np.array([2**62]).sum() * 4
np.cumsum(np.array([2**62, 2**62, 2**62]))
np.prod(np.array([2**40, 2**40]))
(np.array([-2**62]) * 2).astype(np.int32)
np.array([1e300]).astype(np.int64)
np.array([np.nan]).astype(np.int64)
np.array([300]).astype(np.uint8)

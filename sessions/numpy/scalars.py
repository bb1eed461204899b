import numpy as np
np.zeros(3)[1.5]
np.array([1, 2, 3])[[True, False, True]]
np.int32(5)
np.uint8(300 - 45)
np.float64(2) ** 0.5
np.sqrt(np.float64(4))
x = np.array([[1.0, 2.0, 3.0], [1.0, 1.0, 1.0]])
e = np.exp(x - x.max(axis=1, keepdims=True))
e / e.sum(axis=1, keepdims=True)
np.float64(1) / 0
np.array([1, 2]) / np.array([0, 1])
np.array(1.0) / 0
-np.float64(0.0)
np.float64(10) // 3
divmod(np.float64(7), 2)
np.int64(7) % -3
np.array([-7, 7]) // 2
np.array([-7.5, 7.5]) % 2
np.abs(np.int64(-3))
abs(np.float64(-2.5))
np.array([1, 2, 3]).sum(axis=None)
np.array([[1, 2]]).shape == (1, 2)
np.zeros((2, 2)).shape[1]
np.ones(2).tolist() == [1.0, 1.0]
np.arange(4).reshape(2, 2).tolist()

import numpy as np
a = np.array([1, 2, 3])
b = np.array([0.5, 1.5, 2.5])
a + b
a - 1
2 * a
a / 2
a / a
a // 2
a % 2
a ** 2
2 ** a
a ** -1.0
-a
a + True
b * 2
1 - b
b / 0.5
np.array([1, 2], dtype=np.float32) + 1.5
np.array([1, 2], dtype=np.int32) + np.array([1.5], dtype=np.float32)
np.array([True, False]) + np.array([True, True])
a == 2
a > b
a != np.array([1, 0, 3])
x = np.array([[1, 2, 3], [4, 5, 6]])
x + a
x * np.array([[10], [20]])
x @ np.array([1, 0, 1])
np.array([1, 2, 3]) @ np.array([4, 5, 6])
np.matmul(np.ones((2, 3)), np.ones((3, 2)))
np.dot(np.array([[1, 2], [3, 4]]), np.array([[5], [6]]))
np.dot(3, np.array([1, 2]))
try:
    a + np.array([1, 2, 3, 4])
except ValueError as e:
    print(repr(str(e)))

np.matmul(np.ones((2, 3)), np.ones((2, 3)))
np.ones((2, 3)) @ np.ones((2, 3))
np.dot(np.ones((2, 3)), np.ones((2, 3)))
np.array([1, 2]) ** -1
np.array([True]) - np.array([False])
-np.array([True])
c = np.array([1.0, 2.0])
c += 1
c
c *= np.array([2.0, 3.0])
c
d = np.array([1, 2])
d += 1.5
d
s = np.float64(2.5)
s * 2
s + a
3.0 * s
s > 2
float(s), int(np.int64(4))
f"{s:.3f}", f"{np.float32(0.5)}", f"{np.array(0.125)}"
str(s), repr(s)
print(s)
np.int64(3) + 0.5
np.maximum(a, 2)
np.minimum(b, np.array([1, 1, 1]))
np.clip(x, 2, 5)
np.clip(a, 1.5, None)
np.where(a > 1, a, -1)
np.where(b > 1.0, 1, 0.0)
np.where(np.array([0, 3, 0, 4]))
np.exp(np.array([0, 1]))
np.log(np.array([1.0, np.e]))
np.sqrt(np.array([4, 9]))
np.square(np.array([-2, 3]))
np.abs(np.array([-1.5, 2.0]))
np.exp(1)
np.sqrt(2.0)
np.exp(np.array([0.0], dtype=np.float32))
np.round(np.array([0.5, 1.5, 2.567]), 1)
np.allclose(np.array([1.0, 2.0]), np.array([1.0, 2.0 + 1e-9]))
np.array_equal(a, np.array([1, 2, 3]))

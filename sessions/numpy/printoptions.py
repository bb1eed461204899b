import numpy as np
x = np.array([1.23456789, 2.5])
with np.printoptions(precision=3):
    print(x)

x
with np.printoptions(precision=2, suppress=True):
    print(np.array([1e-9, 1.0]))

np.get_printoptions()['precision']

import numpy as np
with np.errstate(divide='ignore'):
    r = np.log(np.array([0.0, 1.0]))

r
old = np.seterr(all='ignore')
old

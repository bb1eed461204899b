import numpy as np
np.random.seed(5)
np.random.randn()
st = np.random.get_state()
st[0], st[1][:3].tolist(), st[2], st[3], st[4]
a = np.random.randn(3)
np.random.set_state(st)
b = np.random.randn(3)
(a == b).all()
np.random.seed(0)
np.random.get_state()[1][:4].tolist(), np.random.get_state()[2]

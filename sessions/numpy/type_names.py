# Error messages name C extension types by their dotted names, as CPython shows tp_name.
import numpy as np
import torch
a = np.array([1, 2])
a.foo
len(np.float64(1))
a()
np.int64(3).foo
"x" + torch.Size([1])
torch.Size([2]).foo
torch.float32.foo
torch.device('cpu').foo
torch.Generator().foo
torch.zeros(1).foo
hash(a)

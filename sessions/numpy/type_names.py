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
{a: 1}
iter(np.float32(2))
for x in np.float64(3): pass

np.float64(1.5) in {1.5: 0}, len({np.int64(3): 1, 3: 2}), {np.float32(0.5), 0.5}, hash(np.int64(-1)), hash(np.float64(2.5)) == hash(2.5)
hash((1, 2)), hash((1.5, (2, 3), -1)), hash(()), {(1, 2): 'a'}[(1.0, 2)], hash((np.int64(7), True))

import numpy as np
import torch
t = torch.tensor([1.0, 2.0])
np.exp(t)
np.sum(t)
np.mean(t)
np.array(t) * 2
np.mean([torch.tensor(1.0), torch.tensor(2.0)])
np.sqrt(t)

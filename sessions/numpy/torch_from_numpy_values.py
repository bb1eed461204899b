import torch
import numpy as np
torch.tensor([np.float64(1.5), np.float64(2)]), torch.Tensor(np.array([[1, 2], [3, 4]])), torch.tensor([np.int64(3)])
torch.tensor([np.array([1.0, 2.0]), np.array([3.0, 4.0])])

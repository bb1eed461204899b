import numpy as np
import torch
torch.manual_seed(0)
torch.randn(3, 4).numpy()
print(torch.randn(2, 3).numpy())
np.arange(24).reshape(2, 3, 4)
print(np.arange(24).reshape(2, 3, 4) * 1.5)
np.linspace(0, 1, 30)
print(np.linspace(-5, 5, 21))
np.array([[True, False], [False, True]])
np.arange(-3, 3) * 1000
np.array([1e-3, 1e3, 1e6])
np.array([123456789.0, 1.0])
np.array([0.1, 0.2, 0.3]) * 3
np.zeros((3, 0))
np.random.seed(3); np.random.randn(5, 5)
np.arange(1200).reshape(30, 40)

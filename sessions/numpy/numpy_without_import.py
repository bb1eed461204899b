import torch
t = torch.tensor([1.0, 2.0]).numpy()
t
torch.from_numpy(t)

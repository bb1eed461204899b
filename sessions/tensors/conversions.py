import torch
import numpy as np
t = torch.tensor([[1.5, 2.5], [3.5, 4.5]])
a = t.numpy(); a
a[0, 0] = 100.0; t
n = np.array([[1, 2], [3, 4]]); torch.from_numpy(n)
torch.from_numpy(np.zeros(3)).dtype, torch.tensor(np.ones(2)).dtype, torch.as_tensor([1, 2]).dtype
np.array(torch.tensor([1.0, 2.0])), np.array([[1, 2], [3, 4]]).T, np.arange(6).reshape(2, 3)
float(t[0, 0]), int(torch.tensor(3.9)), bool(torch.tensor([0])), len(t), [x.item() for x in torch.tensor([1, 2])]
t.tolist(), torch.tensor(5).tolist(), type(torch.tensor([1.0]).item()), type(torch.tensor([1]).item())
for row in t:
    print(row)

2 + torch.tensor([1, 2]), 2.5 * torch.tensor([2]), 10 - torch.tensor(3.0), 1 / torch.tensor([4.0]), 2 ** torch.tensor([3]), 7 // torch.tensor([2]), 7 % torch.tensor([4])
torch.tensor([True]) + 1, torch.tensor([1, 2]) / 2, torch.tensor([3]) * True
np.float64(1.5) + 1, np.exp(np.array([0.0, 1.0])), np.sum(np.array([[1, 2], [3, 4]]), axis=0)

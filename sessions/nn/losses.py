import torch
import torch.nn as nn
import torch.nn.functional as F
x = torch.tensor([[0.2, 0.8, -1.0], [1.5, -0.5, 0.3]], requires_grad=True)
t = torch.tensor([1, 0])
nn.CrossEntropyLoss()(x, t)
F.cross_entropy(x, t, reduction="sum"), F.cross_entropy(x, t, reduction="none")
loss = F.cross_entropy(x, t); loss.backward(); x.grad
F.cross_entropy(x, torch.tensor([[0.0, 1.0, 0.0], [1.0, 0.0, 0.0]]))
F.nll_loss(F.log_softmax(x, dim=1), t)
p = torch.tensor([0.9, 0.2, 0.6]); y = torch.tensor([1.0, 0.0, 1.0])
nn.BCELoss()(p, y), F.binary_cross_entropy(p, y, reduction="sum")
nn.BCEWithLogitsLoss()(torch.tensor([2.0, -1.0, 0.5]), y)
nn.MSELoss()(p, y), nn.MSELoss(reduction="sum")(p, y), nn.L1Loss()(p, y)
F.mse_loss(p, y, reduction="none")
F.relu(torch.tensor([-1.0, 1.0])), F.sigmoid(torch.tensor([0.0])), F.softmax(torch.tensor([1.0, 2.0]), dim=0)
F.one_hot(torch.tensor([0, 2, 1]), num_classes=3)
F.one_hot(torch.tensor([3, 0]))
F.leaky_relu(torch.tensor([-2.0, 2.0]), 0.1), F.tanh(torch.tensor([0.5]))
nn.CrossEntropyLoss()(x, torch.tensor([1.0, 0.0]))
F.cross_entropy(x, t, label_smoothing=0.1), F.cross_entropy(x, t, weight=torch.tensor([1.0, 2.0, 0.5]), label_smoothing=0.2)
nn.SmoothL1Loss()(p, y), nn.SmoothL1Loss(beta=0.5)(p * 3, y), nn.HuberLoss(delta=0.5)(p * 3, y), F.huber_loss(p, y, reduction="none")

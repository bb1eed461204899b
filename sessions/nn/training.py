import torch
import torch.nn as nn
import torch.optim as optim
from torch.utils.data import TensorDataset, DataLoader
torch.manual_seed(1)  # doctest: +ELLIPSIS
X = torch.randn(40, 3)
Y = (X @ torch.tensor([[1.0], [-2.0], [0.5]]) + 0.3).squeeze(1)
loader = DataLoader(TensorDataset(X, Y), batch_size=8, shuffle=True)
len(loader), len(loader.dataset)
model = nn.Sequential(nn.Linear(3, 5), nn.ReLU(), nn.Linear(5, 1))
optimizer = optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
criterion = nn.MSELoss()
for epoch in range(4):
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = criterion(model(xb).squeeze(1), yb)
        loss.backward()
        optimizer.step()
        total += loss.item()
    print(epoch, round(total / len(loader), 6))

optimizer
model2 = nn.Sequential(nn.Linear(3, 5), nn.Tanh(), nn.Linear(5, 1))
adam = optim.Adam(model2.parameters(), lr=0.01)
scheduler = optim.lr_scheduler.StepLR(adam, step_size=2, gamma=0.5)
for epoch in range(4):
    for xb, yb in loader:
        adam.zero_grad()
        loss = criterion(model2(xb).squeeze(1), yb)
        loss.backward()
        adam.step()
    scheduler.step()
    print(epoch, round(loss.item(), 4), scheduler.get_last_lr())

model2[0].weight
for group in adam.param_groups:
    group["lr"] = 0.001

adam.param_groups[0]["lr"]
list(DataLoader(TensorDataset(torch.arange(5)), batch_size=2))
list(DataLoader(TensorDataset(torch.arange(5)), batch_size=2, drop_last=True))

# The lecture training loop: Linear(8,4) -> Linear(4,1), MSE, SGD, 64x8 inputs, 5000 steps.
import torch
import torch.nn as nn
torch.manual_seed(0)
x = torch.randn(64, 8)
y = torch.randn(64, 1)
model = nn.Sequential(nn.Linear(8, 4), nn.Linear(4, 1))
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
for step in range(5000):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
print(round(loss.item(), 4))

import numpy as np
import torch
import torch.nn as nn
np.random.seed(0)
X_numpy = np.random.randn(20, 1)
y_numpy = 3 * X_numpy[:, 0] + 0.5 * np.random.randn(20)
X = torch.from_numpy(X_numpy.astype(np.float32))
y = torch.from_numpy(y_numpy.astype(np.float32))
y = y.view(y.shape[0], 1)
n_samples, n_features = X.shape
n_samples, n_features
torch.manual_seed(0)
model = nn.Linear(n_features, 1)
criterion = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(50):
    loss = criterion(model(X), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()

print(f'loss = {loss.item():.4f}')
predicted = model(X).detach().numpy()
predicted[:3]
predicted.dtype
np.mean((predicted[:, 0] - y_numpy) ** 2) < 1.0

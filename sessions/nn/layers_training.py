import torch
import torch.nn as nn
import torch.nn.functional as F
torch.manual_seed(0)
images = torch.randn(32, 1, 8, 8)
labels = (images[:, 0, :4, :].mean(dim=(1, 2)) > images[:, 0, 4:, :].mean(dim=(1, 2))).long()
model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(4 * 4 * 4, 2),
)
model
sum(p.numel() for p in model.parameters())
[name for name, _ in model.named_parameters()]
opt = torch.optim.SGD(model.parameters(), lr=0.1)
for epoch in range(8):
    for i in range(0, 32, 8):
        xb, yb = images[i:i + 8], labels[i:i + 8]
        loss = F.cross_entropy(model(xb), yb)
        opt.zero_grad()
        loss.backward()
        opt.step()
    with torch.no_grad():
        full = F.cross_entropy(model(images), labels)
        acc = (model(images).argmax(1) == labels).float().mean()
    print(f"epoch {epoch}: loss {full.item():.4f} accuracy {acc.item():.3f}")

model[0].weight[0, 0]
model[0].bias
torch.manual_seed(1)
X = torch.randn(64, 5)
y = (X[:, 0] * 2 - X[:, 1] + 0.5 * X[:, 2] ** 2).unsqueeze(1)
net = nn.Sequential(nn.Linear(5, 16, bias=False), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 1))
net
list(net.state_dict().keys())
opt = torch.optim.Adam(net.parameters(), lr=0.01)
for epoch in range(6):
    _ = net.train()
    for i in range(0, 64, 16):
        loss = F.mse_loss(net(X[i:i + 16]), y[i:i + 16])
        opt.zero_grad()
        loss.backward()
        opt.step()
    _ = net.eval()
    with torch.no_grad():
        print(f"epoch {epoch}: train-mode loss {loss.item():.4f} eval loss {F.mse_loss(net(X), y).item():.4f}")

net[1].num_batches_tracked
net[1].running_mean[:4]
net[1].running_var[:4]
net.eval(); net(X[:3])

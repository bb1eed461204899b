import torch
import torch.nn as nn
torch.manual_seed(0)  # doctest: +ELLIPSIS
x = torch.randn(16, 4); y = torch.randn(16, 2)
def train(make_optimizer, steps=5):
    torch.manual_seed(1)
    model = nn.Linear(4, 2)
    opt = make_optimizer(model.parameters())
    for _ in range(steps):
        opt.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        opt.step()
    return round(loss.item(), 6), model.bias

train(lambda p: torch.optim.SGD(p, lr=0.1))
train(lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.9, nesterov=True))
train(lambda p: torch.optim.SGD(p, lr=0.1, momentum=0.5, dampening=0.1, weight_decay=0.01))
train(lambda p: torch.optim.Adam(p, lr=0.05))
train(lambda p: torch.optim.Adam(p, lr=0.05, amsgrad=True, weight_decay=0.1))
train(lambda p: torch.optim.AdamW(p, lr=0.05))
train(lambda p: torch.optim.RMSprop(p, lr=0.01, momentum=0.9, centered=True))
train(lambda p: torch.optim.Adagrad(p, lr=0.1, lr_decay=0.01))
torch.optim.Adagrad([nn.Parameter(torch.ones(1))])
torch.optim.SGD([], lr=0.1)
torch.optim.Adam([nn.Parameter(torch.ones(1))], lr=-1)
a = torch.ones(3); a.addcmul_(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([0.5, 0.5, 0.5]), value=2); a
a.addcdiv_(torch.ones(3), torch.tensor([2.0, 4.0, 8.0])), torch.lerp(torch.zeros(2), torch.ones(2), 0.25)

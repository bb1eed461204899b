# optimizer.state / state_dict() / load_state_dict(): live state tensors under PyTorch's names,
# a checkpoint saved and resumed, and load_state_dict's errors.
import torch
import torch.nn as nn
torch.manual_seed(0)
w = nn.Parameter(torch.randn(2, 2)); b = nn.Parameter(torch.zeros(2))
def loss(): return w.sum() + (b * b).sum() + (w * w).mean()
for make in [lambda: torch.optim.SGD([w, b], lr=0.1), lambda: torch.optim.SGD([w, b], lr=0.1, momentum=0.9), lambda: torch.optim.Adam([w, b]), lambda: torch.optim.AdamW([w], amsgrad=True), lambda: torch.optim.RMSprop([w], momentum=0.5, centered=True), lambda: torch.optim.Adagrad([w])]:
    opt = make()
    print(opt.state_dict()['state'])
    loss().backward(); opt.step(); opt.zero_grad()
    print(opt.state_dict())
    sd = opt.state_dict()
    print(all(v is opt.state[w][k] for k, v in sd['state'][0].items()) if sd['state'] else None)
    opt2 = make()
    opt2.load_state_dict(sd)
    loss().backward(); opt2.step(); opt2.zero_grad()
    print(opt2.state_dict()['state'])
    print(sd['state'])

w, b
opt = torch.optim.SGD([w], lr=0.1, momentum=0.9)
opt.state[w]
opt.load_state_dict({'state': {}, 'param_groups': []})
opt.load_state_dict({'state': {}, 'param_groups': [{'lr': 0.5, 'params': [0, 1]}]})
# A checkpoint: model and optimizer saved together, then training resumes in a fresh pair.
torch.manual_seed(1)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.01)
X, y = torch.randn(8, 3), torch.randn(8, 1)
for _ in range(3):
    opt.zero_grad(); l = nn.functional.mse_loss(model(X), y); l.backward(); opt.step()

torch.save({'model': model.state_dict(), 'optimizer': opt.state_dict()}, '/tmp/flint_optimizer_checkpoint.pt')
checkpoint = torch.load('/tmp/flint_optimizer_checkpoint.pt')
checkpoint['optimizer']['state'][0]['step'], checkpoint['optimizer']['param_groups'][0]['lr']
model2 = nn.Linear(3, 1); model2.load_state_dict(checkpoint['model'])
opt2 = torch.optim.Adam(model2.parameters(), lr=0.5)
opt2.load_state_dict(checkpoint['optimizer'])
opt2.param_groups[0]['lr']
for m, o in [(model, opt), (model2, opt2)]:
    o.zero_grad(); l = nn.functional.mse_loss(m(X), y); l.backward(); o.step(); print(l.item(), m.weight)


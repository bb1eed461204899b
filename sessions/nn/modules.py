import torch
import torch.nn as nn
torch.manual_seed(0)  # doctest: +ELLIPSIS
class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.hidden = nn.Linear(3, 4)
        self.act = nn.ReLU()
        self.out = nn.Linear(4, 2, bias=False)

    def forward(self, x):
        return self.out(self.act(self.hidden(x)))

net = Net(); net
[name for name, _ in net.named_parameters()]
[p.shape for p in net.parameters()]
list(net.children())
len(list(net.modules()))
net(torch.ones(2, 3))
net(torch.ones(3))
net.training, net.eval().training, net.act.training, net.train().training
sd = net.state_dict(); list(sd.keys())
sd["hidden.bias"]
net2 = Net(); net2.load_state_dict(sd)
torch.equal(net2.hidden.weight, net.hidden.weight)
net.zero_grad(); net.hidden.weight.grad is None
seq = nn.Sequential(nn.Linear(2, 3), nn.Tanh(), nn.Linear(3, 1)); seq
seq[0], seq[-1], len(seq), seq[1:]
seq.append(nn.Sigmoid()); len(seq)
[type(m).__name__ for m in seq]
nn.ModuleList([nn.Linear(2, 2), nn.Linear(2, 2)])
nn.Sequential(nn.Flatten(), nn.Dropout(0.2), nn.Identity(), nn.LeakyReLU(0.1), nn.Softmax(dim=1), nn.LogSoftmax(dim=1))
p = nn.Parameter(torch.ones(2)); p
p.requires_grad, isinstance(p, torch.Tensor), isinstance(p, nn.Parameter)
lin = nn.Linear(4, 3); lin(torch.ones(5, 2, 4)).shape
lin.weight.shape, lin.bias.shape, lin.in_features
net.nonexistent
nn.Linear(3, 2)(torch.ones(2, 4))
seq.to(torch.device("cpu")) is seq
torch.cuda.is_available(), torch.device("cpu")

# torch.nn.init: the fan and gain rules, each initialiser's draws after a seed, and the errors.
import torch
import torch.nn as nn
from torch.nn import init
torch.manual_seed(4)
init.kaiming_uniform_(torch.empty(3, 4, 2), a=0.2, mode='fan_out')
init.kaiming_normal_(torch.empty(2, 3), mode='fan_in', nonlinearity='relu')
init.xavier_uniform_(torch.empty(2, 5), gain=init.calculate_gain('tanh'))
init.xavier_normal_(torch.empty(3, 2))
init.trunc_normal_(torch.empty(8), std=0.5)
init.trunc_normal_(torch.empty(6), mean=1, std=2, a=0.5, b=1.5)
init.uniform_(torch.empty(2, 2), -1, 1), init.normal_(torch.empty(3), 0, 0.1)
init.constant_(torch.empty(2, 3), 0.3), init.ones_(torch.empty(2)), init.zeros_(torch.empty(2)), init.eye_(torch.empty(2, 3))
[init.calculate_gain(n) for n in ['linear', 'sigmoid', 'tanh', 'relu', 'selu']], init.calculate_gain('leaky_relu', 0.2)
init._calculate_fan_in_and_fan_out(torch.empty(3, 4, 2, 5))
w = nn.Linear(3, 2).weight
init.kaiming_uniform_(w); w.requires_grad, w.grad_fn
init.kaiming_uniform_(torch.empty(0, 3))
init.calculate_gain('gelu')
init.calculate_gain('leaky_relu', True)
init.xavier_uniform_(torch.empty(3))
init.kaiming_normal_(torch.empty(2, 2), mode='fan')
init.uniform_(torch.empty(2), 2, 1)
init.trunc_normal_(torch.empty(3, dtype=torch.int64))

import torch
import torch.nn as nn
from torch.utils.data import TensorDataset, DataLoader, random_split, Subset, Dataset
torch.manual_seed(3)  # doctest: +ELLIPSIS
ds = TensorDataset(torch.arange(10.0), torch.arange(10))
train, test = random_split(ds, [7, 3]); len(train), len(test), [int(x) for x, _ in test]
sub = Subset(ds, [1, 3, 5]); len(sub), sub[1]
class Squares(Dataset):
    def __len__(self):
        return 5
    def __getitem__(self, i):
        return i, i * i

list(DataLoader(Squares(), batch_size=2))
[b[0].tolist() for b in DataLoader(Squares(), batch_size=2, shuffle=True)]
drop = nn.Dropout(0.4); drop(torch.ones(10))
drop.eval(); drop(torch.ones(3))
opt = torch.optim.SGD([nn.Parameter(torch.ones(1))], lr=1.0)
sched = torch.optim.lr_scheduler.ExponentialLR(opt, gamma=0.5)
for _ in range(3):
    opt.step(); sched.step()

sched.get_last_lr(), opt.param_groups[0]["lr"]

import torch
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]]); b = torch.tensor([0.5, -1.0])
a + b, a - 1, 2 * a, a / 2, 1 / a, a // 3, a % 3, a ** 2, 2 ** a, -a
a @ a, torch.matmul(a, b), torch.mm(a, a), a.mv(b), b.dot(b), torch.bmm(a.unsqueeze(0), a.unsqueeze(0)).shape
a.exp(), a.log(), a.sqrt(), torch.log1p(a), a.abs(), torch.sin(a), a.cos(), a.tanh(), a.sigmoid()
torch.relu(torch.tensor([-1.0, 2.0])), torch.clamp(a, 1.5, 3.5), a.clip(max=2), torch.round(torch.tensor([1.5, 2.5, -0.5]))
torch.floor(a / 3), torch.ceil(a / 3), torch.sign(torch.tensor([-2.0, 0.0, 3.0]))
torch.maximum(a, torch.tensor(2.5)), torch.minimum(a, torch.tensor(2.5))
a == 2, a != 2, a < 2, a <= 2, a > 2, a >= 2
(a > 1) & (a < 4), (a < 2) | (a > 3), ~(a > 2)
torch.logical_and(a > 1, a < 4), torch.logical_not(a > 2), torch.isnan(torch.tensor([1.0, float("nan")]))
torch.allclose(a, a + 1e-9), torch.equal(a, a), torch.equal(a, b)
a.sum(), a.sum(dim=0), a.sum(1, keepdim=True), a.sum(dim=(0, 1)), a.sum(-1)
a.mean(), a.mean(dim=0), a.prod(), a.prod(1), a.std(), a.var(), a.std(dim=0), a.var(unbiased=False)
a.max(), a.min(), a.argmax(), a.argmin(), a.argmax(dim=1)
a.max(dim=1)
values, indices = a.min(dim=0); values, indices
torch.median(torch.tensor([3.0, 1.0, 2.0, 5.0])), a.norm(), torch.cumsum(a, dim=0)
torch.softmax(a, dim=1), torch.log_softmax(a, dim=0)
torch.topk(torch.tensor([1.0, 5.0, 3.0, 4.0]), 2)
torch.sort(torch.tensor([3.0, 1.0, 2.0]), descending=True)
torch.unique(torch.tensor([3, 1, 2, 3, 1]))
c = torch.ones(2); c.add_(1); c.mul_(3); c.sub_(1); c.div_(2); c
c.zero_(), c.fill_(7), c.copy_(torch.tensor([1.0, 2.0])), c.clamp_(min=1.5)
c += 1; c *= 2; c -= 1; c /= 4; c
a.sum(dim=2)
torch.ones(2, 3) + torch.ones(3, 2)
torch.ones(2, 3) @ torch.ones(2, 3)
torch.tensor([0, 1, 2]) >= True, True < torch.tensor([0.5, 2.0]), True < 2, False >= 0.5
True < "a"

import torch
x = torch.arange(12).reshape(3, 4); x
x.view(4, 3), x.view(-1), x.reshape(2, -1).shape
x.flatten(), x.unsqueeze(0).shape, x.unsqueeze(-1).shape, torch.zeros(1, 3, 1).squeeze().shape
x.t(), x.T.shape, x.transpose(0, 1).shape, torch.zeros(2, 3, 4).permute(2, 0, 1).shape
torch.tensor([1, 2, 3]).expand(2, 3)
x.contiguous().is_contiguous(), x.t().is_contiguous()
x.chunk(2, dim=1)
x.split(2)
torch.cat([x, x], dim=0).shape, torch.cat((x, x), 1).shape, torch.stack([x, x]).shape
v = x.view(12); v[0] = 100; x[0, 0]
x[0], x[-1], x[1, 2], x[:, 1], x[1:, ::2], x[..., -1], x[None].shape, x[:, None, :].shape
x[x > 5]
x[[0, 2]], x[torch.tensor([2, 0])], x[[0, 1], [1, 2]]
y = torch.zeros(3, 4); y[:, 1] = 5; y
y[y == 0] = -1; y
y[0] = torch.tensor([1.0, 2.0, 3.0, 4.0]); y
y[1:, 2:] = 9; y
z = torch.tensor([[1.0, -2.0], [-3.0, 4.0]]); z[z < 0] = 0; z
len(x), [row.tolist() for row in x]
x.tolist(), x[0, 0].item(), float(torch.tensor(2.5)), int(torch.tensor(7))
torch.where(z > 1, z, torch.zeros(2, 2))
x[5]
x[:, 10]
x.view(5)
torch.cat([torch.zeros(2, 3), torch.zeros(3, 2)])
torch.ones(2, "a")
x.view(2, "a")
torch.clip(torch.tensor([-2.0, 0.5, 3.0]), -1, 1), torch.tensor([1.0]).clamp()

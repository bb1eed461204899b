# Tensor API breadth (4): repeat/tile, diag/diag_embed/trace, infinity tests, broadcasting
# helpers, meshgrid, take_along_dim, index_add, in-place unary math, rot90, unfold, block_diag.
import torch
x = torch.tensor([[1.5, -2.0, 0.5], [3.0, 0.25, -1.0]], requires_grad=True)
v = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
x.repeat(2, 1), v.repeat(2, 2).shape, x.tile(2), v.tile((2,)), torch.tile(v, (2, 1)).grad_fn
x.repeat(1)
x.diag(), v.diag(), torch.diag(v, 1), x.trace(), torch.diag_embed(v), torch.diag_embed(v, -1)
t = torch.tensor([1., float('inf'), -float('inf'), float('nan')])
t.isinf(), torch.isfinite(t), torch.isposinf(t), t.isneginf(), torch.tensor([1, 2]).isfinite()
x.ravel(), x.t().ravel().grad_fn, torch.argwhere(torch.tensor([[0, 1], [1, 0]])), x.positive() is x
torch.count_nonzero(torch.tensor([[0, 1], [2, 0]]), dim=0), torch.tensor([0, 3]).count_nonzero()
v.broadcast_to((2, 3)), torch.broadcast_tensors(v, x)[0].shape, torch.meshgrid(v, v[:2], indexing='ij')
torch.meshgrid(v, v[:2], indexing='xy')
torch.atleast_1d(torch.tensor(1.)), torch.atleast_2d(v), torch.atleast_3d(x).shape, torch.atleast_3d(v).shape, torch.atleast_2d(v, x)[1].shape
x.float_power(2), torch.float_power(torch.tensor([2, 3]), 0.5)
torch.take_along_dim(x, torch.tensor([[0], [2]]), 1), torch.take_along_dim(x, torch.tensor([5, 0])), torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4, 5]))
x.index_add(1, torch.tensor([0, 0]), torch.ones(2, 2), alpha=2), torch.zeros(3).index_add_(0, torch.tensor([2, 0]), torch.tensor([5., 6.]))
y = x.detach().clone(); y.abs_(); y.log_(); y.floor_(); y
z = x * 1; z.clamp_min_(0); z.grad_fn, z.square_().grad_fn, z
(x.repeat(2, 1).sum() + x.tile(2).sum() + torch.diag_embed(v).sum() + torch.take_along_dim(x, torch.tensor([[0], [2]]), 1).sum()).backward(); x.grad, v.grad
torch.is_nonzero(torch.tensor([1.])), torch.result_type(torch.tensor([1]), 1.0), torch.promote_types(torch.int32, torch.float32), torch.get_default_dtype()
torch.is_nonzero(torch.tensor([1., 2.]))
m = torch.arange(6.).reshape(2, 3)
m.rot90(), torch.rot90(m, 2), torch.rot90(m, -1, [1, 0]), torch.rot90(m, 1, [0, 0])
torch.arange(7.).unfold(0, 3, 2), m.unfold(1, 2, 1), m.unfold(1, 4, 1)
torch.block_diag(torch.ones(2, 2), torch.tensor([5., 6.]), torch.tensor(7)), torch.tril_indices(3, 3), torch.triu_indices(3, 4, 1)
w = m.clone().requires_grad_(); (w.rot90().sum() + w.unfold(1, 2, 1).sum() + torch.block_diag(w, w).sum()).backward(); w.grad

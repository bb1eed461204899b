# Tensor API breadth (2): triangles, roll, repeat_interleave, diff, kron, NumPy-style splits and
# stacks, take, index_fill, scatter_ and friends, isin, bincount, searchsorted/bucketize.
import torch
m = torch.arange(1., 10.).reshape(3, 3).requires_grad_()
torch.tril(m), m.triu(1), m.tril(-1), torch.triu(torch.ones(2, 4), diagonal=2)
z = m.detach().clone(); z.tril_(); z.triu_(); z
t = m * 1; t.tril_(); t.grad_fn
torch.tril(torch.ones(3))
torch.roll(m, 1, 0), m.roll(shifts=(1, -1), dims=(0, 1)), torch.roll(torch.arange(5), 2)
torch.repeat_interleave(m, 2), m.repeat_interleave(2, dim=0).shape, torch.repeat_interleave(m, torch.tensor([1, 0, 2]), dim=1)
torch.repeat_interleave(torch.tensor([2, 0, 3])), torch.tensor(5).repeat_interleave(3)
torch.repeat_interleave(torch.tensor([1, 2]), torch.tensor([1, 2, 3]))
torch.repeat_interleave(torch.tensor([1, 2]), -1)
torch.diff(m), m.diff(dim=0), torch.diff(torch.tensor([1, 4, 9, 16]), n=2), torch.diff(torch.tensor([True, False, False, True]))
torch.diff(torch.tensor([1., 2.]), prepend=torch.tensor([0.]), append=torch.tensor([5., 7.]))
torch.diff(torch.tensor(1.))
torch.kron(torch.tensor([[1, 2], [3, 4]]), torch.eye(2, dtype=torch.long)), torch.kron(torch.tensor([1., 2.]), m[:2])
(torch.kron(m, m[:, :2]).sum() + torch.diff(m, n=2, dim=1).sum() + torch.repeat_interleave(m, 3, dim=1).sum()).backward(); m.grad
torch.tensor_split(torch.arange(7), 3), torch.tensor_split(torch.arange(7), [1, 5]), torch.tensor_split(m, 2, dim=1)
torch.hsplit(m, 3), torch.vsplit(m, [1]), torch.dsplit(torch.arange(8.).reshape(1, 2, 4), 2)
torch.hsplit(m, 2)
torch.vsplit(torch.arange(4), 2)
torch.tensor_split(m, 0)
a, b = torch.tensor([1, 2, 3]), torch.tensor([4, 5, 6])
torch.hstack((a, b)), torch.vstack((a, b)), torch.column_stack((a, b)), torch.dstack((a, b)), torch.row_stack([a, b])
torch.column_stack([m, a]), torch.dstack([m, m]).shape, torch.hstack([m, m]).grad_fn
torch.take(m, torch.tensor([[0, 8], [4, -1]])), torch.take(m, torch.tensor([9]))
m.index_fill(1, torch.tensor([0, 2]), -1.0), torch.index_fill(m, 0, torch.tensor(1), 0.5)
m.index_fill(1, torch.tensor([5]), 1.0)
w = torch.zeros(2, 4).index_fill_(1, torch.tensor([1, 3]), 2); w
src = torch.arange(1., 7.).reshape(2, 3)
torch.zeros(3, 4).scatter_(0, torch.tensor([[0, 1, 2], [2, 0, 1]]), src)
torch.zeros(2, 4).scatter_(1, torch.tensor([[2], [3]]), 1.23), torch.zeros(2, 4).scatter(1, torch.tensor([[2], [3]]), value=7)
torch.ones(3, 4).scatter_add_(0, torch.tensor([[0, 1, 2], [0, 0, 1]]), src), torch.zeros(4).scatter_add(0, torch.tensor([0, 0, 3]), torch.tensor([1., 2., 3.]))
p = torch.zeros(2, 3, requires_grad=True); q = p * 1; q.scatter_(1, torch.tensor([[0], [2]]), src); q.grad_fn
q.scatter_add_(1, torch.tensor([[1], [1]]), src); q.grad_fn
torch.isin(torch.tensor([1, 2, 3, 4]), torch.tensor([2, 4, 6])), torch.isin(torch.tensor([1., 2.]), 2), torch.isin(torch.tensor([[1, 2], [3, 4]]), torch.tensor([1, 4]), invert=True)
torch.bincount(torch.tensor([1, 1, 3, 0])), torch.tensor([2, 2]).bincount(minlength=5), torch.bincount(torch.tensor([0, 2, 2]), weights=torch.tensor([0.5, 1.0, 2.0]))
torch.bincount(torch.tensor([1, -1]))
torch.bincount(torch.tensor([1.]))
torch.searchsorted(torch.tensor([1, 3, 5, 7]), torch.tensor([[3, 6, 9], [0, 5, 7]])), torch.searchsorted(torch.tensor([1., 3, 5]), torch.tensor([3, 6]), right=True)
torch.searchsorted(torch.tensor([[1, 3, 5], [2, 4, 6]]), torch.tensor([[3], [3]]), side='right'), torch.searchsorted(torch.tensor([1, 3, 5]), 4)
torch.searchsorted(torch.tensor([[1, 3, 5]]), torch.tensor([3, 6]))
torch.bucketize(torch.tensor([[3, 6], [1, 9]]), torch.tensor([1, 3, 5, 7])), torch.bucketize(torch.tensor([1, 3]), torch.tensor([1, 3, 5]), right=True, out_int32=True)

# Tensor API breadth (5): cummax/cummin, logcumsumexp, kthvalue, quantile, aminmax, nansum/nanmean,
# logit, xlogy, sgn, deg2rad, cov/corrcoef, histc, cross, dist, inner, tensordot, matrix_power,
# slogdet/logdet: values, grad_fn names, gradients and errors.
import torch
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
x.cummax(1), torch.cummin(x, 0).indices, torch.tensor([1, 3, 3, 2]).cummax(0)
x.logcumsumexp(1), torch.logcumsumexp(x.double(), 0)
x.kthvalue(2, 1), torch.kthvalue(x, 1, 0, True).values
x.kthvalue(5, 1)
x.quantile(0.3), torch.quantile(x, torch.tensor([0.25, 0.5, 0.9]), dim=1), x.quantile(0.5, dim=0, keepdim=True), torch.tensor([1., 2, 3, 4]).quantile(torch.tensor(0.4))
torch.tensor([1, 2]).quantile(0.5)
torch.aminmax(x), x.aminmax(dim=1, keepdim=True)
n = torch.tensor([1., float('nan'), 3.]); n.nansum(), torch.nanmean(n), torch.nansum(torch.tensor([[1., float('nan')], [2, 3]]), dim=1)
p = torch.tensor([0.1, 0.5, 0.9, 0.0]); p.logit(), torch.logit(p, eps=1e-6), torch.xlogy(torch.tensor([0., 2., 3.]), torch.tensor([0., 3., float('nan')])), torch.xlogy(p, 2.0)
x.sgn(), torch.tensor([180., 90.]).deg2rad(), torch.tensor([1, 2]).deg2rad(), torch.tensor([3.14159]).rad2deg()
torch.cov(x), x.cov(correction=0), torch.corrcoef(x), torch.cov(torch.tensor([1., 2., 4.]))
torch.histc(torch.tensor([1., 2, 1, 4, 2.5]), bins=4, min=0, max=4), torch.randn(100).histc(5), torch.tensor([1., 1.]).histc(3)
a3, b3 = torch.randn(2, 3, requires_grad=True), torch.randn(2, 3)
torch.cross(a3, b3, dim=1), torch.linalg.cross(a3, b3), torch.dist(a3, b3), a3.dist(b3, 1), torch.inner(a3, b3), torch.inner(a3[0], b3[0])
torch.linalg.cross(a3[:, :2], b3[:, :2])
torch.tensordot(x, x.t(), dims=1), torch.tensordot(torch.randn(2, 3, 4), torch.randn(3, 4, 5)).shape, torch.tensordot(x, x, dims=([1], [1]))
sq = (torch.randn(3, 3) + 2 * torch.eye(3)).requires_grad_()
sq.matrix_power(3), torch.linalg.matrix_power(sq, -2), torch.linalg.matrix_power(sq, 0), sq.matrix_power(5).grad_fn
torch.linalg.matrix_power(torch.ones(2, 3), 2)
torch.linalg.slogdet(sq), sq.slogdet(), torch.slogdet(-sq), sq.logdet(), (-sq).logdet(), torch.logdet(torch.zeros(2, 2))
y = (x.cummax(1).values.sum() + x.logcumsumexp(1).sum() + x.kthvalue(2, 1).values.sum() + x.quantile(0.3) + torch.quantile(x, torch.tensor([0.25, 0.9]), dim=1).sum() + x.aminmax().max + x.nansum() + x.sigmoid().logit().sum() + torch.cov(x).sum() + torch.corrcoef(x).sum() + torch.inner(x, x).sum() + torch.tensordot(x, x, dims=([1], [1])).sum())
y.backward(); x.grad
z = sq.matrix_power(3).sum() + torch.linalg.slogdet(sq).logabsdet + sq.logdet() + torch.linalg.cross(sq, sq.flip(0)).sum() + sq.dist(sq.t()); z.backward(); sq.grad

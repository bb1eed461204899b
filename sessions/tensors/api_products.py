# Tensor API breadth (3): einsum, addmm/addmv/baddbmm/addbmm, normalize, cosine_similarity,
# pairwise_distance, cdist, F.pad; values, grad_fn names, gradients and errors.
import torch
import torch.nn.functional as F
torch.manual_seed(0)
x = torch.randn(3, 4, requires_grad=True)
y = torch.randn(4, 2, requires_grad=True)
b = torch.randn(2, 3, 4)
c = torch.randn(2, 4, 5)
v = torch.arange(4.)
torch.einsum('ij,jk->ik', x, y), torch.einsum('ij,jk', x, y).grad_fn
torch.einsum('bij,bjk->bik', b, c).shape, torch.einsum('...ij,...jk->...ik', b, c).sum()
torch.einsum('i,i->', v, v), torch.einsum('i,i', [v, v]), torch.einsum('i,j->ij', v, v[:2])
torch.einsum('ij->ji', x), torch.einsum('ii->i', torch.arange(9.).reshape(3, 3)), torch.einsum('ii', torch.arange(9.).reshape(3, 3))
torch.einsum('bi,bi->b', x, x), torch.einsum('ij->', x), torch.einsum('ij->j', x), torch.einsum('ij,ij,ij->i', x, x, x)
torch.einsum('bij,bkj->bik', b, b)[0], torch.einsum('b i, b j -> b i j', x[:2], x[:2]).shape, torch.einsum('BIj,jk->BIk', b, y).shape
out = torch.einsum('ij,jk->ik', x, y).sum() + torch.einsum('ij,ij->', x, x); out.backward(); x.grad, y.grad
torch.einsum('ij,jk->ik', x, x)
torch.einsum('ij,jk->ik', x)
torch.einsum('ij->k', x)
torch.einsum('ijk->ij', x)
M = torch.randn(3, 3)
torch.addmm(M, x, x.t().detach(), beta=0.5, alpha=2), torch.addmv(torch.ones(3), M, torch.ones(3), alpha=0.5)
torch.baddbmm(torch.zeros(2, 3, 5), b, c, beta=0, alpha=1.5).shape, torch.addbmm(torch.ones(3, 5), b, c).grad_fn, M.addmm(M, M).shape
w = torch.randn(3, requires_grad=True); torch.addmv(w, M, w, beta=2).sum().backward(); w.grad
F.normalize(x), F.normalize(torch.tensor([[3., 4.], [0., 0.]]), dim=1), F.normalize(v, dim=0, p=1)
F.cosine_similarity(x, x * 2), torch.cosine_similarity(x[0], x[1], dim=0), F.cosine_similarity(torch.zeros(2, 3), torch.ones(2, 3))
F.pairwise_distance(x, x.flip(0)), F.pairwise_distance(x, x.flip(0), p=1, keepdim=True)
torch.cdist(x, x), torch.cdist(b, b, p=1).shape
x.grad = None; (F.normalize(x).sum() + F.cosine_similarity(x, x.flip(0)).sum() + F.pairwise_distance(x, 2 * x).sum() + torch.cdist(x, x[:2] + 1).sum()).backward(); x.grad
F.pad(x, (1, 2)), F.pad(x, (1, 1, -1, 2), value=3.5).shape, F.pad(torch.ones(1, 2, 2), (1, 1, 1, 1), 'constant', 0)
F.pad(x, (1, 1)).grad_fn, F.pad(x, (0, 0, 1, 0)).sum().grad_fn
F.pad(x, (1,))
torch.cdist(v, v)

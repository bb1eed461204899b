# Singular values through LAPACK: linalg.svd/svdvals, torch.svd, the 'nuc' and 2-norms,
# matrix_rank, and gradients through S. Singular vectors are shown up to sign (OpenBLAS's
# LAPACK may negate a pair where MKL does not), through products that do not depend on it.
import torch
torch.manual_seed(0)
A = torch.randn(4, 3, requires_grad=True)
U, S, Vh = torch.linalg.svd(A, full_matrices=False)
S, U.shape, Vh.shape, U.grad_fn, S.grad_fn
torch.dist(U @ torch.diag(S) @ Vh, A) < 1e-5, torch.allclose(U.T @ U, torch.eye(3), atol=1e-5)
U2, S2, Vh2 = torch.linalg.svd(A); U2.shape, Vh2.shape, (U2 @ U2.T - torch.eye(4)).abs().max() < 1e-5
torch.linalg.svdvals(A), torch.linalg.svdvals(torch.randn(2, 3, 5, dtype=torch.float64))
u, s, v = torch.svd(A); s, v.shape, torch.dist(u @ torch.diag(s) @ v.T, A) < 1e-5, v.grad_fn
torch.linalg.matrix_norm(A, 'nuc'), torch.linalg.matrix_norm(A, 2), torch.linalg.matrix_norm(A, -2), torch.linalg.norm(A, 2), torch.linalg.matrix_norm(A, 'nuc', keepdim=True).shape
torch.linalg.matrix_rank(A), torch.linalg.matrix_rank(torch.ones(3, 3)), torch.linalg.matrix_rank(torch.eye(4), atol=1.5)
(torch.linalg.svdvals(A).sum() + torch.linalg.matrix_norm(A, 2)).backward(); A.grad
torch.linalg.svd(torch.ones(3))
torch.linalg.matrix_norm(A, 3)

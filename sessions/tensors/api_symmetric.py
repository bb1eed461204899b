# Symmetric matrices through LAPACK: linalg.eigh/eigvalsh (eigenvectors shown up to sign, as
# OpenBLAS's LAPACK may negate one where MKL does not) and linalg.cholesky, with gradients.
import torch
A = torch.tensor([[4., 1, 2], [1, 3, 0.5], [2, 0.5, 5]], requires_grad=True)
w, V = torch.linalg.eigh(A); w, V.grad_fn, torch.dist(V @ torch.diag(w) @ V.T, A) < 1e-5, (V.abs() * 1e4).round() / 1e4
torch.linalg.eigvalsh(A), torch.linalg.eigvalsh(A, UPLO='U')
L = torch.linalg.cholesky(A); L, torch.linalg.cholesky(A, upper=True), L.grad_fn
(torch.linalg.eigvalsh(A).pow(2).sum() + torch.linalg.cholesky(A).sum()).backward(); A.grad
B = torch.tensor([[2., 9.], [1., 3.]])
torch.linalg.eigvalsh(B), torch.linalg.eigvalsh(B, UPLO='U'), torch.linalg.cholesky(torch.eye(2).expand(2, 2, 2))
torch.linalg.cholesky(torch.tensor([[1., 2], [2, 1]]))
torch.linalg.eigh(torch.ones(2, 3))
torch.linalg.cholesky(torch.stack([torch.eye(2), -torch.eye(2)]))

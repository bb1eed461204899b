# torch.linalg: inv, det, solve (LU through LAPACK), norms; values, gradients, grad_fn names
# and the LinAlgError PyTorch raises for singular matrices.
import torch
A = torch.tensor([[4., 1., 2.], [1., 3., 0.5], [2., 0.5, 5.]], requires_grad=True)
B = torch.tensor([[1., 2.], [0., 1.], [3., -1.]])
torch.linalg.inv(A), A.inverse().grad_fn, torch.inverse(A).shape
torch.linalg.det(A), A.det(), torch.det(A).grad_fn
torch.linalg.solve(A, B), torch.linalg.solve(A, torch.ones(3))
(torch.linalg.inv(A).sum() + torch.linalg.det(A) + torch.linalg.solve(A, B).sum()).backward(); A.grad
batch = torch.stack([torch.eye(2) * 2, torch.tensor([[0., 1.], [1., 0.]])])
torch.linalg.inv(batch), torch.linalg.det(batch), torch.linalg.solve(batch, torch.ones(2, 2))
torch.linalg.inv(torch.tensor([[1., 2.], [2., 4.]]))
torch.linalg.inv(torch.stack([torch.eye(2), torch.zeros(2, 2)]))
torch.linalg.det(torch.tensor([[1., 2.], [2., 4.]])), torch.linalg.det(torch.eye(3, dtype=torch.float64) * 2)
torch.linalg.solve(torch.zeros(2, 2), torch.ones(2))
torch.linalg.inv(torch.ones(2, 3))
torch.linalg.inv(torch.ones(3))
torch.linalg.inv(torch.eye(2, dtype=torch.long))
torch.linalg.solve(torch.eye(2), torch.ones(3))
try:
    torch.linalg.inv(torch.zeros(2, 2))
except torch.linalg.LinAlgError as e:
    print("caught", type(e).__name__, isinstance(e, RuntimeError))

X = torch.tensor([[1., -2., 3.], [-4., 5., -6.]], requires_grad=True)
torch.linalg.norm(X), torch.linalg.norm(X, 'fro'), torch.linalg.norm(X, 1), torch.linalg.norm(X, float('inf')), torch.linalg.norm(X, dim=1)
torch.linalg.vector_norm(X), torch.linalg.vector_norm(X, 1, dim=0), torch.linalg.vector_norm(X, float('inf')), torch.linalg.vector_norm(X, -float('inf'), dim=1), torch.linalg.vector_norm(X, 0)
torch.linalg.matrix_norm(X), torch.linalg.matrix_norm(X, -1), torch.linalg.matrix_norm(X, float('-inf'), keepdim=True), torch.linalg.norm(X[0], 3)
(torch.linalg.norm(X) + torch.linalg.matrix_norm(X, 1) + torch.linalg.vector_norm(X, 3, dim=1).sum()).backward(); X.grad
torch.linalg.matrix_norm(X, 1).grad_fn, torch.linalg.vector_norm(X).grad_fn
torch.linalg.norm(torch.ones(2, 2, 2), 1)
torch.linalg.matrix_norm(torch.ones(3))
torch.linalg.vector_norm(torch.tensor([1, 2]))

// torch.autograd.gradcheck, written in Python: analytical Jacobians from torch.autograd.grad
// against central differences, compared as torch.allclose compares, PyTorch's message on a
// mismatch. (The checks of undefined, batched and forward-mode gradients are not made.)
let gradcheckSource = #"""
import torch


class GradcheckError(RuntimeError):
    pass


def _as_tuple(x):
    return x if isinstance(x, tuple) else (x,)


def _outputs(func, inputs):
    return [o.detach().clone().reshape(-1) for o in _as_tuple(func(*inputs))]


def _numerical_jacobians(func, inputs, x, eps):
    # Row e holds (f(x + eps) - f(x - eps)) / (2 eps) for element e of x, one per output.
    rows = []
    with torch.no_grad():
        flat = x.view(-1)
        for e in range(flat.numel()):
            orig = flat[e].clone()
            flat[e] = orig - eps
            outa = _outputs(func, inputs)
            flat[e] = orig + eps
            outb = _outputs(func, inputs)
            flat[e] = orig
            rows.append([(b - a) / (2 * eps) for a, b in zip(outa, outb)])
    count = len(_outputs(func, inputs))
    return [torch.stack([row[k] for row in rows]) for k in range(count)]


def _analytical_jacobian(output, x):
    flat = output.reshape(-1)
    columns = []
    for k in range(flat.numel()):
        g = None
        if output.requires_grad:
            g, = torch.autograd.grad(flat[k], x, retain_graph=True, allow_unused=True)
        columns.append(torch.zeros(x.numel(), dtype=x.dtype) if g is None else g.reshape(-1))
    return torch.stack(columns, dim=1)


def _close(a, n, rtol, atol):
    return bool(((a - n).abs() <= atol + rtol * n.abs()).all())


def gradcheck(func, inputs, *, eps=1e-06, atol=1e-05, rtol=0.001, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True,
              fast_mode=False, masked=None):
    inputs = _as_tuple(inputs)
    diff_inputs = [t for t in inputs if isinstance(t, torch.Tensor) and t.requires_grad]
    if not diff_inputs:
        raise ValueError("gradcheck expects at least one input tensor to require gradient, but none of them have requires_grad=True.")
    outputs = _as_tuple(func(*inputs))
    # Every analytical Jacobian comes first: the numerical ones perturb the inputs in place,
    # which the saved-tensor version check of the first graph would then refuse.
    analytical = [[None if out.numel() == 0 else _analytical_jacobian(out, x) for out in outputs] for x in diff_inputs]
    for j, x in enumerate(diff_inputs):
        numerical = _numerical_jacobians(func, inputs, x, eps)
        for i, (out, n) in enumerate(zip(outputs, numerical)):
            if out.numel() == 0:
                continue
            a = analytical[j][i]
            if not _close(a, n, rtol, atol):
                if not raise_exception:
                    return False
                raise GradcheckError(f"Jacobian mismatch for output {i} with respect to input {j},\nnumerical:{n}\nanalytical:{a}\n")
    return True
"""#

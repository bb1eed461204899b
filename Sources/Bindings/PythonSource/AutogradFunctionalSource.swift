// torch.autograd.functional, written in Python over torch.autograd.grad: jacobian, hessian,
// vjp, vhp and hvp by PyTorch's reverse-mode rules (one backward pass per output element).
let autogradFunctionalSource = #"""
import torch


def _as_tuple(x, arg_name, fn_name):
    if isinstance(x, tuple):
        items, is_tuple = x, True
    else:
        items, is_tuple = (x,), False
    for i, el in enumerate(items):
        if not isinstance(el, torch.Tensor):
            if is_tuple:
                raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the value at index {i} has type {type(el)}.")
            raise TypeError(f"The {arg_name} given to {fn_name} must be either a Tensor or a tuple of Tensors but the given {arg_name} has type {type(el)}.")
    return is_tuple, items


def _tuple_postprocess(res, to_unpack):
    if isinstance(to_unpack, tuple):
        if not to_unpack[1]:
            res = tuple(el[0] for el in res)
        if not to_unpack[0]:
            res = res[0]
    elif not to_unpack:
        res = res[0]
    return res


def _grad_preprocess(inputs, create_graph):
    # Fresh leaves, so the caller's tensors get no .grad and no history.
    if create_graph:
        return tuple(inp if inp.requires_grad else inp.detach().requires_grad_() for inp in inputs)
    return tuple(inp.detach().requires_grad_() for inp in inputs)


def _grad_postprocess(inputs, create_graph):
    if isinstance(inputs[0], torch.Tensor):
        return inputs if create_graph else tuple(inp.detach() for inp in inputs)
    return tuple(_grad_postprocess(inp, create_graph) for inp in inputs)


def _autograd_grad(outputs, inputs, grad_outputs=None, create_graph=False, retain_graph=None):
    if grad_outputs is None:
        grad_outputs = (None,) * len(outputs)
    new_outputs, new_grad_outputs = (), ()
    for out, grad_out in zip(outputs, grad_outputs):
        if out is not None and out.requires_grad:
            new_outputs += (out,)
            new_grad_outputs += (grad_out,)
    if len(new_outputs) == 0:
        return (None,) * len(inputs)
    return torch.autograd.grad(new_outputs, inputs, new_grad_outputs, allow_unused=True,
                               create_graph=create_graph, retain_graph=retain_graph)


def _fill_in_zeros(grads, refs, strict, create_graph, stage):
    res = ()
    for i, (grad, ref) in enumerate(zip(grads, refs)):
        if grad is None:
            if strict:
                raise RuntimeError(f"The output of the user-provided function is independent of input {i}. This is not allowed in strict mode.")
            grad = torch.zeros_like(ref)
        res += (grad,)
    return res


def jacobian(func, inputs, create_graph=False, strict=False, vectorize=False, strategy="reverse-mode"):
    if strategy != "reverse-mode":
        raise NotImplementedError("Flint computes jacobians in reverse mode only")
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "jacobian")
    inputs = _grad_preprocess(inputs, create_graph)
    outputs = func(*inputs)
    is_outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "jacobian")
    jacobian = ()
    for i, out in enumerate(outputs):
        jac_i = tuple([] for _ in range(len(inputs)))
        flat = out.reshape(-1)
        for j in range(out.nelement()):
            vj = _autograd_grad((flat[j],), inputs, retain_graph=True, create_graph=create_graph)
            for el_idx, (jac_i_el, vj_el, inp_el) in enumerate(zip(jac_i, vj, inputs)):
                if vj_el is not None:
                    jac_i_el.append(vj_el)
                elif strict:
                    raise RuntimeError(f"Output {i} of the user-provided function is independent of input {el_idx}. This is not allowed in strict mode.")
                else:
                    jac_i_el.append(torch.zeros_like(inp_el))
        jacobian += (tuple(torch.stack(jac_i_el, dim=0).view(out.size() + inputs[el_idx].size())
                           if len(jac_i_el) > 0 else torch.zeros(out.size() + inputs[el_idx].size())
                           for (el_idx, jac_i_el) in enumerate(jac_i)),)
    jacobian = _grad_postprocess(jacobian, create_graph)
    return _tuple_postprocess(jacobian, (is_outputs_tuple, is_inputs_tuple))


def hessian(func, inputs, create_graph=False, strict=False, vectorize=False, outer_jacobian_strategy="reverse-mode"):
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "hessian")

    def ensure_single_output_function(*inp):
        out = func(*inp)
        is_out_tuple, t_out = _as_tuple(out, "outputs of the user-provided function", "hessian")
        if is_out_tuple or not isinstance(out, torch.Tensor):
            raise RuntimeError("The function given to hessian should return a single Tensor")
        if out.nelement() != 1:
            raise RuntimeError("The Tensor returned by the function given to hessian should contain a single element")
        return out.squeeze()

    def jac_func(*inp):
        return jacobian(ensure_single_output_function, inp, create_graph=True)

    res = jacobian(jac_func, inputs, create_graph=create_graph, strict=strict, strategy=outer_jacobian_strategy)
    return _tuple_postprocess(res, (is_inputs_tuple, is_inputs_tuple))


def vjp(func, inputs, v=None, create_graph=False, strict=False):
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", "vjp")
    inputs = _grad_preprocess(inputs, create_graph)
    outputs = func(*inputs)
    is_outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", "vjp")
    if v is not None:
        _, v = _as_tuple(v, "v", "vjp")
    else:
        if len(outputs) != 1 or outputs[0].nelement() != 1:
            raise RuntimeError("The vector v can only be None if the user-provided function returns a single Tensor with a single element.")
    grad_res = _autograd_grad(outputs, inputs, v, create_graph=create_graph)
    vjp = _fill_in_zeros(grad_res, inputs, strict, create_graph, "back")
    outputs = _grad_postprocess(outputs, create_graph)
    vjp = _grad_postprocess(vjp, create_graph)
    return _tuple_postprocess(outputs, is_outputs_tuple), _tuple_postprocess(vjp, is_inputs_tuple)


def vhp(func, inputs, v=None, create_graph=False, strict=False):
    return _hessian_vector(func, inputs, v, create_graph, strict, "vhp")


def hvp(func, inputs, v=None, create_graph=False, strict=False):
    return _hessian_vector(func, inputs, v, create_graph, strict, "hvp")


def _hessian_vector(func, inputs, v, create_graph, strict, fn_name):
    # The Hessian is symmetric, so v·H and H·v are both the gradient of (grad f)·v.
    is_inputs_tuple, inputs = _as_tuple(inputs, "inputs", fn_name)
    inputs = _grad_preprocess(inputs, create_graph)
    if v is not None:
        _, v = _as_tuple(v, "v", fn_name)
    elif len(inputs) != 1 or inputs[0].nelement() != 1:
        raise RuntimeError("The vector v can only be None if the input to the user-provided function is a single Tensor with a single element.")
    else:
        v = (torch.ones_like(inputs[0]),)
    outputs = func(*inputs)
    is_outputs_tuple, outputs = _as_tuple(outputs, "outputs of the user-provided function", fn_name)
    if is_outputs_tuple:
        raise RuntimeError(f"The function given to {fn_name} should return a single Tensor")
    if outputs[0].nelement() != 1:
        raise RuntimeError(f"The Tensor returned by the function given to {fn_name} should contain a single element")
    jac = _autograd_grad(outputs, inputs, create_graph=True)
    terms = [(j * vv).sum() for j, vv in zip(jac, v) if j is not None and j.requires_grad]
    grad_res = (None,) * len(inputs)
    if terms:
        total = terms[0]
        for t in terms[1:]:
            total = total + t
        grad_res = _autograd_grad((total,), inputs, create_graph=create_graph)
    result = _fill_in_zeros(grad_res, inputs, strict, create_graph, "double_back")
    outputs = _grad_postprocess(outputs, create_graph)
    result = _grad_postprocess(result, create_graph)
    return _tuple_postprocess(outputs, is_outputs_tuple), _tuple_postprocess(result, is_inputs_tuple)
"""#

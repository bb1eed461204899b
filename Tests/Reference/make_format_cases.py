# Regenerates FormatTensorCases.swift from real torch:
#   ~/.torchref/bin/python Tests/Reference/make_format_cases.py > Tests/TensorsTests/FormatTensorCases.swift
import math, torch

def lit(v, dtype):
    if dtype in (torch.float32, torch.float64):
        if math.isnan(v): return ".nan"
        if math.isinf(v): return "-Double.infinity" if v < 0 else ".infinity"
        return repr(float(v))
    if dtype == torch.bool: return "1" if v else "0"
    return str(int(v))

KIND = {torch.float32: "float32", torch.float64: "float64", torch.int64: "int64",
        torch.int32: "int32", torch.uint8: "uint8", torch.bool: "bool"}

cases = []
def case(t, options=None, arange=False):
    options = options or {}
    torch.set_printoptions(profile="default")
    if options:
        torch.set_printoptions(**options)
    expected = repr(t)
    torch.set_printoptions(profile="default")
    suffixes = []
    if t.grad_fn is not None: suffixes.append(f"grad_fn=<{t.grad_fn.name()}>")
    elif t.requires_grad: suffixes.append("requires_grad=True")
    d = t.detach()
    kind = KIND[d.dtype]
    if arange:
        # elements are 0..<n (or (0..<n)/3 for floats), built in the test
        elements = f'arange({d.numel()})'
    else:
        elements = "[" + ", ".join(lit(v, d.dtype) for v in d.flatten().tolist()) + "]"
    opts = ", ".join(f"{k}: {('.' + v) if k == 'profile' else ('true' if v is True else 'false' if v is False else v)}"
                     for k, v in options.items())
    opts = opts.replace("sci_mode", "sciMode")
    cases.append((list(d.shape), kind, elements, suffixes, opts, expected))

T = torch.tensor
f64 = torch.float64
# §5.1
case(T([1., 2.])); case(T([-1., 2., 30.])); case(T([0.1, 2.5, -3.25])); case(T([1.5, 1000.5]))
case(T([123456.7])); case(T([0., 0., 0.])); case(T([-0., 0.])); case(T([-0., 0.5])); case(T([1., 1000.]))
case(T([1e8])); case(T([1e8 + 2], dtype=f64))
# §5.2
nan, inf = float("nan"), float("inf")
case(T([nan, inf, -inf, 1.5])); case(T([nan, inf, -inf, 1.])); case(T([inf, 100.])); case(T([nan]))
case(T([1e-5, inf, nan])); case(T([-1.5, nan])); case(T([-nan, 2.5]))
# §5.3
case(T([1e-5, 1.])); case(T([1e-2, 100.5])); case(T([1., 1001.])); case(T([1., 1e10])); case(T([-1e-5, 12.]))
case(T([1e-4, 1e-3])); case(T([1e-4, 1e-3], dtype=f64)); case(T([1e-100, 1.], dtype=f64)); case(T([-0., 1e-5]))
case(T([0.00015, 0.5])); case(T([2.5e-300, 1e300], dtype=f64))
# §5.4
case(T([1, -22, 333])); case(T([1099511627776, -3])); case(T([1, 2], dtype=torch.int32)); case(T([1, 2], dtype=torch.uint8))
case(T([True, False])); case(T([[True, False], [False, True]])); case(T([[-1, 200], [3, 4]])); case(T([True, True]))
# §5.5
case(T([[1., 2.], [3., 4.]])); case(torch.arange(8.).reshape(2, 2, 2)); case(torch.arange(16).reshape(2, 2, 2, 2))
# 0-dim
for v in (3.5, 3., -0., nan, 1e-5, 1e5, inf):
    case(T(v))
case(T(3)); case(T(True)); case(T(2.5, dtype=f64)); case(T(7, dtype=torch.int32))
case(T(2.5, requires_grad=True))
# wrapping (§5.6)
case(torch.arange(20.) / 3, arange=False); case(torch.arange(60).reshape(2, 30))
torch.manual_seed(0); t = torch.empty(30); torch.nn.init.normal_(t, 1, 2); case(t)
case(torch.arange(0., 3.0, 1/3, dtype=f64)[:9].requires_grad_())
case(torch.arange(8., dtype=f64) / 3)
x = (torch.arange(9.) / 3).requires_grad_(); case(x * 2)
x = (torch.arange(10.) / 3).requires_grad_(); case(x * 2)
w = torch.tensor([[-0.0026469905860722065, 0.18966144323349, -0.2909903824329376, -0.26019373536109924,
                   -0.13617262244224548, 0.0948079451918602, -0.007005016785115004, 0.28032875061035156]],
                 requires_grad=True)
case(w)
# suffixes (§5.8)
case(T([0.1, 2.5], dtype=f64)); case(T([1., 2.], requires_grad=True)); case(T([1., 2.], dtype=f64, requires_grad=True))
a = T([[1., 2.], [3., 4.]], requires_grad=True); case(a + 1); case(a.sum())
b = T([[1., 1., 1.], [1., 1., 1.]], dtype=f64, requires_grad=True); case(b * 2)
# empty (§5.9)
case(T([])); case(torch.empty(0, 3)); case(T([], dtype=torch.int64)); case(T([], dtype=torch.bool))
case(T([], dtype=f64)); case(torch.empty(0, 3, dtype=torch.int64)); case(torch.empty(2, 0, dtype=torch.int32))
case(torch.empty(0, 2, 1))
# random shapes and scales
torch.manual_seed(1)
for shape in [(5,), (3, 4), (2, 3, 4), (7, 13), (4, 25), (2, 1, 3), (1, 1), (3, 1, 2, 2)]:
    case(torch.randn(*shape)); case(torch.randn(*shape) * 1000); case(torch.randn(*shape, dtype=f64) * 1e-3)
    case(torch.randint(-1000, 1000, shape)); case(torch.randint(0, 2, shape).bool())
case(torch.randn(4, 5) * 1e9); case(torch.rand(3, 3) > 0.5)
# summarisation (§5.7)
case(torch.arange(1001.), arange=True); case(torch.arange(2000), arange=True)
case(torch.arange(2000.).reshape(40, 50), arange=True); case(torch.arange(2000).reshape(10, 10, 20), arange=True)
case(torch.arange(1200).reshape(2, 600), arange=True); case(torch.arange(1008.).reshape(1008, 1), arange=True)
case(torch.arange(1331).reshape(11, 11, 11), arange=True)
# print options
case(T([1.12345, 2.5]), {"precision": 2}); case(T([1.12345, 2.5]), {"precision": 0})
case(T([1.12345, 2.5]), {"precision": 8}); case(T([1e-5, 1.]), {"sci_mode": False})
case(T([1.5, 2.5]), {"sci_mode": True}); case(T([1., 2.]), {"sci_mode": True}); case(T([0., 0.]), {"sci_mode": True})
case(torch.arange(10), {"threshold": 5}, arange=True); case(torch.arange(10.), {"threshold": 5}, arange=True)
case(torch.arange(30).reshape(5, 6), {"threshold": 5, "edgeitems": 1}, arange=True)
case(torch.arange(30).reshape(5, 6), {"threshold": 5, "edgeitems": 0}, arange=True)
case(torch.arange(10), {"threshold": 5, "edgeitems": 0}, arange=True)
case(torch.arange(40.) / 3, {"linewidth": 40})
case(torch.arange(40.) / 3, {"linewidth": 10})
case(torch.arange(2000), {"profile": "full"}, arange=True)
case(torch.arange(2000.) / 3, {"profile": "short"})
case(T([0.1, 2.5], dtype=f64), {"linewidth": 30})

def swift_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'

print("// Generated by Tests/Reference/make_format_cases.py from torch", torch.__version__, "- do not edit.")
print("@testable import Tensors\n")
print("let tensorReprCases: [TensorReprCase] = [")
for shape, kind, elements, suffixes, opts, expected in cases:
    print(f"    TensorReprCase(shape: {shape}, kind: .{kind}, values: {elements},")
    print(f"                   suffixes: {suffixes if suffixes else '[]'}, options: PrintOptions().setting({opts}),".replace("'", '"'))
    print(f"                   expected: {swift_str(expected)}),")
print("]")

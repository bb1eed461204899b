import torch, math, sys
import torch.nn.functional as F
def T(v, shape=None, dtype=torch.float32):
    t = torch.tensor(v, dtype=torch.float64).to(dtype)
    return t.reshape(shape) if shape is not None else t
def I(v, shape=None, dtype=torch.int64):
    t = torch.tensor(v, dtype=torch.int64).to(dtype)
    return t.reshape(shape) if shape is not None else t
def B(v, shape=None):
    t = torch.tensor(v, dtype=torch.bool)
    return t.reshape(shape) if shape is not None else t
def P(v, shape=None, dtype=torch.float32):
    t = T(v, shape, dtype); t.requires_grad_(); return t
def G(f, *xs):
    f(*xs).backward(); return xs[0].grad
KIND = {RuntimeError: '.runtime', IndexError: '.index', ValueError: '.value', TypeError: '.type', NotImplementedError: '.notImplemented'}
DT = {torch.float32: '.float32', torch.float64: '.float64', torch.int64: '.int64', torch.int32: '.int32', torch.bool: '.bool', torch.uint8: '.uint8'}
def fmt(x):
    if isinstance(x, bool): return '1' if x else '0'
    if isinstance(x, float):
        if math.isnan(x): return '.nan'
        if math.isinf(x): return '.infinity' if x > 0 else '-.infinity'
        return repr(x)
    return str(x)
def emit(name, cases, out, serialized=False):
    out.write('// Generated from real PyTorch 2.15: each test runs the Swift expression and compares with\n')
    out.write('// what the PyTorch expression in its comment printed.\n')
    out.write('import Testing\n@testable import Tensors\n\n')
    if serialized:
        out.write('/// These share the global generator, so they run one at a time.\n@Suite(.serialized) struct ' + name.capitalize() + 'Reference {\n')
    for i, (py, sw) in enumerate(cases):
        fn = f'{name}{i:03d}'
        out.write(f'// {py}\n')
        try:
            r = eval(py)
        except Exception as ex:
            kind = KIND[type(ex)]
            msg = str(ex).replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            out.write(f'@Test func {fn}() {{ expectError({kind}, "{msg}") {{ try {sw} }} }}\n\n')
            continue
        if isinstance(r, str):
            lit = r.replace('\\', '\\\\').replace('"', '\\"').replace('\n', '\\n')
            out.write(f'@Test func {fn}() throws {{ #expect(try {sw} == "{lit}") }}\n\n')
            continue
        if isinstance(r, bool):
            out.write(f'@Test func {fn}() throws {{ #expect(try {sw} == {str(r).lower()}) }}\n\n')
            continue
        r = r.detach()
        vals = ', '.join(fmt(v) for v in r.reshape(-1).tolist())
        shape = ', '.join(str(s) for s in r.shape)
        out.write(f'@Test func {fn}() throws {{ try check({sw}, shape: [{shape}], dtype: {DT[r.dtype]}, values: [{vals}]) }}\n\n')
    if serialized:
        out.write('}\n')
exec(open(sys.argv[1]).read())

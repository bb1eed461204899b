x = "T([1.,-2.,3.,0.5,-0.25])"
xs = "T([1,-2,3,0.5,-0.25])"
def S(seed, f):
    torch.manual_seed(seed); return f()
cases = [
 (f"F.leaky_relu({x}, 0.2)", f"{xs}.leakyRelu(negativeSlope: 0.2)"),
 (f"F.gelu({x})", f"{xs}.gelu()"),
 (f"F.gelu({x}, approximate='tanh')", f"{xs}.gelu(approximate: true)"),
 (f"F.elu({x})", f"{xs}.elu()"),
 (f"F.selu({x})", f"{xs}.selu()"),
 (f"F.celu({x}, 0.5)", f"{xs}.celu(alpha: 0.5)"),
 (f"F.softplus({x})", f"{xs}.softplus()"),
 (f"F.silu({x})", f"{xs}.silu()"),
 (f"F.mish({x})", f"{xs}.mish()"),
 (f"F.hardtanh({x})", f"{xs}.hardtanh()"),
 (f"F.relu6({x} * 3)", f"{xs}.mul(.int(3)).relu6()"),
 (f"F.logsigmoid({x})", f"{xs}.logSigmoid()"),
 (f"F.hardsigmoid({x})", f"{xs}.hardsigmoid()"),
 (f"F.hardswish({x})", f"{xs}.hardswish()"),
 (f"torch.erf({x})", f"{xs}.erf()"),
 (f"S(0, lambda: F.dropout(torch.ones(20), 0.3))", "{ let g = Generator(seed: 0); return try Tensor.ones([20]).dropout(p: 0.3, generator: g) }()"),
 (f"S(0, lambda: F.dropout(T([1.,2,3]), 0.5))", "{ let g = Generator(seed: 0); return try T([1,2,3]).dropout(p: 0.5, generator: g) }()"),
 (f"F.dropout(T([1.,2,3]), 1.5)", "T([1,2,3]).dropout(p: 1.5)"),
]
emit('activation', cases, open(sys.argv[2], 'w'))

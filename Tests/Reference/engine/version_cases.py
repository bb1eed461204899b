def a():
    x = P([1.,2.,3.]); y = x.sigmoid(); y.add_(1); y.sum().backward()
def b():
    x = P([1.,2.,3.]); z = T([1.,2.,3.]); y = x * z; z.add_(1); y.sum().backward()
def c():
    x = P([1.,2.,3.]); y = x * 2; z = y * y; y.add_(1); z.sum().backward()
def d():
    x = P([1.,2.,3.,4.],[2,2]); y = x.relu(); y[0] = 0; y.sum().backward()
def e():
    x = P([1.,2.,3.]); z = T([1.,2.,3.]); y = x + z; z.add_(1); y.sum().backward(); return x.grad
def f():
    x = P([1.,2.,3.]); y = x * 2; z = y.exp(); y.mul_(3); z.sum().backward(); return x.grad
cases = [
 ("a()", "{ let x = try P([1,2,3]); let y = try x.sigmoid(); try y.add_(.int(1)); try y.sum().backward(); return 0 }()"),
 ("b()", "{ let x = try P([1,2,3]); let z = try T([1,2,3]); let y = try x.mul(z); try z.add_(.int(1)); try y.sum().backward(); return 0 }()"),
 ("c()", "{ let x = try P([1,2,3]); let y = try x.mul(.int(2)); let z = try y.mul(y); try y.add_(.int(1)); try z.sum().backward(); return 0 }()"),
 ("d()", "{ let x = try P([1,2,3,4],[2,2]); let y = try x.relu(); try y.setIndexed([.int(0)], to: T([0], [])); try y.sum().backward(); return 0 }()"),
 ("e()", "{ let x = try P([1,2,3]); let z = try T([1,2,3]); let y = try x.add(z); try z.add_(.int(1)); try y.sum().backward(); return try #require(x.grad) }()"),
 ("f()", "{ let x = try P([1,2,3]); let y = try x.mul(.int(2)); let z = try y.exp(); try y.mul_(.int(3)); try z.sum().backward(); return try #require(x.grad) }()"),
]
emit('version', cases, open(sys.argv[2], 'w'))

def G2(f, *xs):
    f(*xs).backward(); return xs[0].grad
cases = [
 ("T([1,2,3]).repeat(2)", "T([1,2,3]).repeat([2])"),
 ("T([1,2,3,4],[2,2]).repeat(2, 1, 3)", "T([1,2,3,4],[2,2]).repeat([2, 1, 3])"),
 ("T([1,2,3,4],[2,2]).repeat(2)", "T([1,2,3,4],[2,2]).repeat([2])"),
 ("G2(lambda x: x.repeat(2, 3).mul(T(list(range(12)),[2,6])).sum(), P([1,2],[1,2]))", "G([P([1,2],[1,2])]) { v in try v[0].repeat([2, 3]).mul(T((0..<12).map(Double.init),[2,6])).sum() }"),
 ("T([1,2,3,4,5,6],[2,3]).flip(1)", "T([1,2,3,4,5,6],[2,3]).flip([1])"),
 ("T([1,2,3,4,5,6],[2,3]).flip((0, 1))", "T([1,2,3,4,5,6],[2,3]).flip([0, 1])"),
 ("T([1,2,3,4,5,6],[2,3]).t().flip(0)", "T([1,2,3,4,5,6],[2,3]).t().flip([0])"),
 ("torch.ones(3,4).tril()", "Tensor.ones([3, 4]).tril()"),
 ("torch.ones(3,4).triu(1)", "Tensor.ones([3, 4]).triu(1)"),
 ("torch.ones(3,4).tril(-1)", "Tensor.ones([3, 4]).tril(-1)"),
 ("torch.ones(3).tril()", "Tensor.ones([3]).tril()"),
 ("F.one_hot(I([0, 2]), 3)", "I([0, 2]).oneHot(numClasses: 3)"),
 ("F.one_hot(I([0, 2]))", "I([0, 2]).oneHot()"),
 ("F.one_hot(I(1, []), 3)", "I([1], []).oneHot(numClasses: 3)"),
 ("F.one_hot(I([0, 3]), 3)", "I([0, 3]).oneHot(numClasses: 3)"),
 ("F.one_hot(I([0, -1]), 3)", "I([0, -1]).oneHot(numClasses: 3)"),
 ("F.one_hot(T([0, 1]), 3)", "T([0, 1]).oneHot(numClasses: 3)"),
 ("torch.ones(2, 3).mT", "Tensor.ones([2, 3]).matrixTranspose()"),
 ("torch.ones(3).mT", "Tensor.ones([3]).matrixTranspose()"),
 ("torch.isclose(T([1, 2, float('nan')]), T([1 + 1e-7, 2.1, float('nan')]))", "T([1, 2, .nan]).isclose(T([1 + 1e-7, 2.1, .nan]))"),
 ("torch.isclose(T([1, 2, float('nan')]), T([1, 2.1, float('nan')]), equal_nan=True)", "T([1, 2, .nan]).isclose(T([1, 2.1, .nan]), equalNan: true)"),
 ("torch.allclose(T([1, 2]), T([1, 2.000001]))", "T([1, 2]).allclose(T([1, 2.000001]))"),
 ("torch.allclose(T([1, 2]), T([1, 2.1]))", "T([1, 2]).allclose(T([1, 2.1]))"),
]
emit('misc', cases, open(sys.argv[2], 'w'))

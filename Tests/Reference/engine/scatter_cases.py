def G2(f, *xs):
    f(*xs).backward(); return xs[0].grad
z = "torch.zeros(2, 3)"
cases = [
 ("torch.zeros(2,3).scatter(1, I([[2, 0], [1, 1]]), T([1,2,3,4,5,6],[2,3]))", "Tensor.zeros([2, 3]).scatter(1, I([2, 0, 1, 1], [2, 2]), T([1,2,3,4,5,6],[2,3]))"),
 ("torch.zeros(2,3).scatter(0, I([[1, 0, 1]]), 7.5)", "Tensor.zeros([2, 3]).scatter(0, I([1, 0, 1], [1, 3]), value: .double(7.5))"),
 ("torch.zeros(2,3).scatter_add(1, I([[2, 2], [1, 1]]), T([1,2,3,4,5,6],[2,3]))", "Tensor.zeros([2, 3]).scatterAdd(1, I([2, 2, 1, 1], [2, 2]), T([1,2,3,4,5,6],[2,3]))"),
 ("torch.zeros(2,3).scatter(1, I([[3]]), T([1.],[1,1]))", "Tensor.zeros([2, 3]).scatter(1, I([3], [1, 1]), T([1], [1, 1]))"),
 ("torch.zeros(3,2).index_add(0, I([2, 0, 2]), T([1,2,3,4,5,6],[3,2]))", "Tensor.zeros([3, 2]).indexAdd(0, I([2, 0, 2]), T([1,2,3,4,5,6],[3,2]))"),
 ("torch.zeros(3,2).index_add(1, I([1, 1]), T([1,2,3,4,5,6],[3,2]), alpha=2)", "Tensor.zeros([3, 2]).indexAdd(1, I([1, 1]), T([1,2,3,4,5,6],[3,2]), alpha: .int(2))"),
 ("G2(lambda s: torch.zeros(2,3).scatter_add(1, I([[2, 2], [1, 1]]), s).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4],[2,2]))", "G([P([1,2,3,4],[2,2])]) { v in try Tensor.zeros([2, 3]).scatterAdd(1, I([2, 2, 1, 1], [2, 2]), v[0]).mul(T([1,2,3,4,5,6],[2,3])).sum() }"),
 ("G2(lambda s: torch.zeros(2,3).scatter(1, I([[2, 0], [1, 1]]), s).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4],[2,2]))", "G([P([1,2,3,4],[2,2])]) { v in try Tensor.zeros([2, 3]).scatter(1, I([2, 0, 1, 1], [2, 2]), v[0]).mul(T([1,2,3,4,5,6],[2,3])).sum() }"),
 ("G2(lambda s: s.scatter(1, I([[2, 0], [1, 1]]), T([9.,9,9,9],[2,2])).mul(T([1,2,3,4,5,6],[2,3])).sum(), P([1,2,3,4,5,6],[2,3]))", "G([P([1,2,3,4,5,6],[2,3])]) { v in try v[0].scatter(1, I([2, 0, 1, 1], [2, 2]), T([9,9,9,9],[2,2])).mul(T([1,2,3,4,5,6],[2,3])).sum() }"),
 ("G2(lambda s: torch.zeros(3,2).index_add(0, I([2, 0, 2]), s, alpha=3).mul(T([1,2,3,4,5,6],[3,2])).sum(), P([1,2,3,4,5,6],[3,2]))", "G([P([1,2,3,4,5,6],[3,2])]) { v in try Tensor.zeros([3, 2]).indexAdd(0, I([2, 0, 2]), v[0], alpha: .int(3)).mul(T([1,2,3,4,5,6],[3,2])).sum() }"),
]
emit('scatter', cases, open(sys.argv[2], 'w'))

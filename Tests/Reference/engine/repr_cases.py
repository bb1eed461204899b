def R(t): return repr(t)
cases = [
 ("R(P([1.,2]))", "P([1,2]).description"),
 ("R(P([1.,2]) * 2)", "P([1,2]).mul(.int(2)).description"),
 ("R(T([1.5,2.25]).double())", "T([1.5,2.25]).double().description"),
 ("R(I([1,2]))", "I([1,2]).description"),
 ("R(I([1,2], None, torch.int32))", "I([1,2],nil,.int32).description"),
 ("R(B([True,False]))", "B([true,false]).description"),
 ("R(T([]))", "T([]).description"),
 ("R(T([3.5],[]))", "T([3.5],[]).description"),
 ("R(T([1,2,3,4,5,6],[2,3]).t())", "T([1,2,3,4,5,6],[2,3]).t().description"),
 ("R(T([1,2,3,4,5,6],[2,3])[:, ::2])", "T([1,2,3,4,5,6],[2,3]).indexed(by: [.slice(start: nil, stop: nil, step: nil), .slice(start: nil, stop: nil, step: 2)]).description"),
 ("R(P([1.,2]).sum())", "P([1,2]).sum().description"),
 ("R(F.mse_loss(P([1.,2,3]), T([4.,5,6])))", "Tensor.mseLoss(P([1,2,3]), T([4,5,6])).description"),
 ("R(-T([0.,1]))", "T([0,1]).neg().description"),
]
emit('repr', cases, open(sys.argv[2], 'w'))

cases = [
 ("torch.where(T([0,1,2,0,3,0],[2,3]) > 0)[0]", "T([0,1,2,0,3,0],[2,3]).gt(.int(0)).nonzeroTuple()[0]"),
 ("torch.where(T([0,1,2,0,3,0],[2,3]) > 0)[1]", "T([0,1,2,0,3,0],[2,3]).gt(.int(0)).nonzeroTuple()[1]"),
 ("T([0,1,2,0,3,0],[2,3]).nonzero(as_tuple=True)[1]", "T([0,1,2,0,3,0],[2,3]).nonzeroTuple()[1]"),
 ("torch.argwhere(T([0,1,2,0,3,0],[2,3]))", "T([0,1,2,0,3,0],[2,3]).nonzero()"),
 ("torch.count_nonzero(T([0,1,2,0,3,0],[2,3]))", "T([0,1,2,0,3,0],[2,3]).countNonzero()"),
 ("torch.count_nonzero(T([0,1,2,0,3,0],[2,3]), dim=0)", "T([0,1,2,0,3,0],[2,3]).countNonzero(dims: [0])"),
 ("T([5],[]).nonzero()", "T([5],[]).nonzero()"),
 ("T([5],[]).nonzero(as_tuple=True)[0]", "T([5],[]).nonzeroTuple()[0]"),
]
emit('nonzero', cases, open(sys.argv[2], 'w'))

x = "T([0.3, -0.7, 0.9])"
cases = [(f"{x}.{f}()", f"T([0.3, -0.7, 0.9]).{f}()") for f in ["tan","asin","acos","atan","sinh","cosh","expm1","log2","log10","exp2","frac"]]
cases += [
 ("I([1, 2]).log2()", "I([1, 2]).log2()"),
 ("T([5.5, -5.5, 7]).fmod(2)", "T([5.5, -5.5, 7]).fmod(.int(2))"),
 ("I([5, -5, 7]).fmod(3)", "I([5, -5, 7]).fmod(.int(3))"),
 ("I([5, -5]).fmod(0)", "I([5, -5]).fmod(.int(0))"),
 ("T([1, -1, 0]).atan2(T([-1, -1, 1]))", "T([1, -1, 0]).atan2(T([-1, -1, 1]))"),
 ("I([1, 2]).atan2(I([2, 1]))", "I([1, 2]).atan2(I([2, 1]))"),
]
emit('math', cases, open(sys.argv[2], 'w'))

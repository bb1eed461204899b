# Numbers, strings, containers, operators and their reprs.
1 + 2 * 3 ** 2
7 // 2, -7 // 2, 7 % 3, -7 % 3, 2 ** -1
0.1 + 0.2
1e-05, 1e16, 1.5e300 * 1e10, -0.0, 3.0
10 / 4, 9 / 3
True + True, not 0, 3 and 4, 0 or "x"
1 < 2 < 3, 1 < 3 < 2
"ab" * 3, "abc"[1:], "abcdef"[::-1], "abcdef"[-2]
x = [1, 2, 3]; x.append(4); x
x[1:3] = [9]; x
d = {"a": 1, "b": 2}; d["c"] = 3; d
d.get("z", 0), list(d.keys()), list(d.items())
s = {3, 1, 2}; s
t = (1,); t, type(t)
a, *b = [1, 2, 3]; a, b
a, b = b, a; a
x = y = 5; x + y
n = 10; n += 5; n -= 1; n *= 2; n
None
print(None)
[i * i for i in range(5) if i % 2 == 0]
{k: v for k, v in zip("abc", range(3))}
{i % 3 for i in range(10)}
sum(i for i in range(10))
any(x > 2 for x in [1, 2, 3]), all([])
1 if 2 > 1 else 0
3 in [1, 2, 3], "a" not in "abc", None is None
abs(-3), round(2.5), round(3.14159, 2), divmod(17, 5), pow(2, 10), min(3, 1, 2), max([4, 8, 2])
int("42"), float("2.5"), str(12), bool(""), list("abc"), tuple([1, 2])
sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len)
list(enumerate("ab", start=1)), list(zip([1, 2], "xy")), list(map(str, [1, 2])), list(filter(None, [0, 1, 2]))
list(reversed(range(5))), list(range(10, 0, -3))
len("hello"), len([1, 2]), len({"a": 1})
chr(65), ord("a"), hex(255)
isinstance(3, int), isinstance(True, int), isinstance(3.0, (int, float)), type(3.0).__name__

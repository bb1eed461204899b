def gen(n):
    for i in range(n):
        yield i * i

list(gen(4)), sum(gen(5)), next(iter(gen(3)))
g = (x for x in range(3)); next(g), next(g), list(g)
def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(a, b=1):
    return a + b

add(2, b=5)
counter = 0
def bump():
    global counter
    counter += 1

bump(); bump(); counter
d = dict(a=1, **{"b": 2}); d
def kw(**options):
    return sorted(options.items())

kw(**d, c=3)
first, *middle, last = range(6); first, middle, last
a = b = c = [1]; a is c
x = [3, 1, 2]; x.sort(key=lambda v: -v); x
del x[0]; x
try:
    v = 1
except ValueError:
    print("no")
else:
    print("else ran")
finally:
    print("done")

n = 0
while n < 3:
    n += 1
else:
    print("while else", n)

if (m := 10) > 5:
    print("walrus", m)

s = {1, 2}; s.add(3); s |= {4}; sorted(s)
t = (1, 2, 3); t[1:], t[::-1], t.index(2), t.count(1)
" ".join(str(i) for i in range(3)), "%s-%s" % ("a", "b"), "x" in "xyz"
matrix = [[i * j for j in range(3)] for i in range(3)]; matrix
[y for row in matrix for y in row if y > 1]
{k: v for k, v in enumerate("ab")}, dict(zip("ab", (1, 2)))
class Point:
    __slots__ = ()
    count = 0
    def __init__(self):
        Point.count += 1

Point(); Point(); Point.count
isinstance([], (list, tuple)), type(None).__name__, callable(len), hasattr([], "append")
max([("a", 3), ("b", 5)], key=lambda p: p[1]), min("hello"), sorted({"b": 1, "a": 2})
round(2.675, 2), 10 / 3, 2 ** 0.5, -7 // 2, abs(-0.0), 1_000_000
print(f"{'centered':^12}|{3.14159:.2e}|{42:+d}|{7:b}")
import math, random, time
math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(5), math.log10(1000), math.inf > 1e308
random.seed(0); [random.randint(1, 6) for _ in range(5)]
isinstance(time.time(), float)
assert isinstance(1, int)
raise KeyError("missing")
x = 5
x.append(1)
print(undefined)
def f(a, b): return a + b

f(1)
f(1, 2, 3)
f(1, c=2)
"a" * "b"
[1, 2][5]
int("3.5")
None + 1

import functools
# contextlib, operator, abc, functools.cached_property/total_ordering, more str methods.
import operator
from contextlib import contextmanager, suppress, nullcontext
from abc import ABC, abstractmethod
from operator import itemgetter, attrgetter
@contextmanager
def tag(name):
    print("<" + name + ">")
    try:
        yield name.upper()
    finally:
        print("</" + name + ">")
with tag("b") as t:
    print("body", t)
try:
    with tag("i"):
        raise ValueError("boom")
except ValueError as e:
    print("propagated", e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError:
        print("swallowed")
with swallow():
    {}["k"]
with suppress(ZeroDivisionError):
    1 / 0
print("suppressed")
with nullcontext(5) as n:
    print(n)
rows = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(rows, key=itemgetter(1)), itemgetter(0, 1)(rows[0]), operator.add(2, 3), operator.mul("a", 3), itemgetter(1))
class P:
    def __init__(self, x): self.x = x
print(attrgetter("x")(P(4)), operator.neg(3), operator.contains([1], 1), operator.methodcaller("upper")("a"))
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def name(self): ...
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def name(self): return "square"
print(Square(3).area(), isinstance(Square(1), Shape))
try:
    Shape()
except TypeError as e:
    print(e)
class Half(Shape):
    def area(self): return 0
try:
    Half()
except TypeError as e:
    print(e)
class Data:
    calls = 0
    def __init__(self, n): self.n = n
    @functools.cached_property
    def total(self):
        Data.calls += 1
        return sum(range(self.n))
d = Data(5)
print(d.total, d.total, Data.calls, "total" in vars(d))
d.total = 1
print(d.total)
@functools.total_ordering
class Version:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
a, b = Version(1), Version(2)
print(a < b, a <= b, a > b, a >= b, b >= a, a <= Version(1), max(a, b).v, sorted([b, a])[0].v)
try:
    functools.total_ordering(type("X", (), {}))
except ValueError as e:
    print(e)
import functools
print("a.b.c".rpartition("."), "abc".rpartition("x"), "pre_x".removeprefix("pre_"), "x.py".removesuffix(".py"), "a".removesuffix(""), "Straße".casefold(), len("abc"), "b" in "abc")

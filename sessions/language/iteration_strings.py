# iter(callable, sentinel), zip(strict=True), str.expandtabs/maketrans/translate, __annotations__, __slots__.
import functools
data = [3, 1, 0, 5]
it = iter(data)
list(iter(lambda: next(it), 0))
count = 0
def tick():
    global count
    count += 1
    return count

list(iter(tick, 4))
iter(5, 1)
list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([1], [2, 3], strict=False))
list(zip([1, 2], [1], strict=True))
list(zip([1], [1, 2], strict=True))
list(zip([1, 2], [1, 2], [3], strict=True))
list(zip([1, 2], [1, 2], [3, 4, 5], strict=True))
list(zip([], [], [1], strict=True))
pairs = zip("ab", [1, 2, 3], strict=True)
next(pairs), next(pairs)
next(pairs)
"a\tbc\td".expandtabs(), "a\tbc\td".expandtabs(4), "x\n\ty".expandtabs(2), "ab\t".expandtabs(0)
table = str.maketrans("abc", "xyz", "d")
table, "abcdd".translate(table)
"hello".translate(str.maketrans({"l": None, "h": "J"})), "hello".translate({104: "HH", 101: 69})
str.maketrans({"a": 1, 98: "b"}), "tab".translate({})
str.maketrans("ab", "c")
str.maketrans([1])
str.maketrans({"ab": 1})
"a".translate({97: 1.5})
def f(a: int, b: "str" = "x", *args: float, c: bool = True, **kw: dict) -> list:
    return []

f.__annotations__
def g(x, y):
    pass

g.__annotations__, (lambda q: q).__annotations__
@functools.wraps(f)
def w(*a, **k):
    return f(*a, **k)

w.__annotations__, w.__name__
class K:
    def m(self, v: int) -> None:
        pass

K.m.__annotations__, K().m.__annotations__
class Slotted:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y

sl = Slotted(1, 2)
sl.x = 5
sl.x, sl.y, Slotted.__slots__
sl.z = 3
sl.__dict__
class MoreSlots(Slotted):
    __slots__ = "w"

ms = MoreSlots(1, 2)
ms.w = 3
ms.w
ms.v = 1
class Free(Slotted):
    pass

fr = Free(1, 2)
fr.anything = 1
fr.anything

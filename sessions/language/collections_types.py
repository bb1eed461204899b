# defaultdict, Counter, OrderedDict and namedtuple are dict and tuple subclasses, as in CPython.
from collections import OrderedDict, defaultdict, Counter, namedtuple
import copy
dd = defaultdict(list)
dd["a"].append(1)
dd["b"]
dd, isinstance(dd, dict), len(dd), dict(dd), dd.default_factory, "c" in dd
counts = defaultdict(int, {"x": 1})
counts["y"] += 2
counts, counts.copy(), type(counts.copy()), copy.copy(counts), copy.deepcopy(dd)
defaultdict(3)
defaultdict()["k"]
c = Counter("abracadabra")
c, c["a"], c["z"], c.most_common(2), isinstance(c, dict), c.total(), sorted(c.elements())[:4]
c.update("aaz")
c.subtract({"b": 1})
c, c + Counter("zz"), c - Counter("aaaaaaa"), Counter(), Counter(a=2, b=1), list(c)
od = OrderedDict([("a", 1), ("b", 2)])
od["c"] = 3
od.move_to_end("a")
od
od.popitem(), od.popitem(last=False), od, OrderedDict(), isinstance(od, dict)
Point = namedtuple("Point", "x y")
p = Point(1, y=2)
p, p.x, p[1], p + (3,), isinstance(p, tuple), p == (1, 2), hash(p) == hash((1, 2)), list(p)
p._asdict(), p._replace(x=5), Point._make([3, 4]), Point._fields, Point.__doc__
x, y = p
x, y, len(p), sorted([Point(2, 1), Point(1, 5)]), {p: "here"}[(1, 2)], max(p), p.count(1), p.index(2)
P3 = namedtuple("P3", ["a", "b", "c"], defaults=[0])
P3(1, 2), Point
Point(1)
Point(1, 2, 3)
p.z = 3
class MyList(list):
    pass

m = MyList([1, [2]])
m.tag = "t"
m2 = copy.copy(m)
m3 = copy.deepcopy(m)
type(m2), m2, m2.tag, m3, m3[1] is m[1], m2[1] is m[1]

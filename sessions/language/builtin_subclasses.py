# Subclasses of list, dict, str, int, float, tuple and set keep their own methods and attributes.
class MyList(list):
    def total(self):
        return sum(self)

m = MyList([1, 2, 3])
type(m), m, m.total(), len(m), m[0], m[1:], isinstance(m, list)
m.append(4)
m += [5]
m, 3 in m, sorted(m, reverse=True), m == [1, 2, 3, 4, 5], m + [6], [0] + m, 2 * m
class Stack(list):
    push = list.append
    def peek(self):
        return self[-1]
    def __repr__(self):
        return "Stack(" + super().__repr__() + ")"

s = Stack()
s.push(1); s.push(2)
s, s.peek(), s.pop(), s, bool(s), bool(Stack()), str(s)
hash(MyList())
MyList() - 1
m.nothing
class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)
    def __setattr__(self, name, value):
        self[name] = value

c = Config(lr=0.1, epochs=3)
c.batch = 32
c, c.lr, c.batch, c["epochs"], len(c), list(c.items()), isinstance(c, dict), dict(c), {**c}
c.missing
class Defaults(dict):
    def __missing__(self, key):
        return key * 2

d = Defaults(a=1)
d["a"], d["bc"], d.get("zz"), "bc" in d
class Pos(dict):
    def __init__(self, x, y):
        super().__init__(x=x, y=y)
        self.extra = "kept"
    def __getitem__(self, key):
        return super().__getitem__(key) * 10
    def __setitem__(self, key, value):
        super().__setitem__(key, value + 1)

ps = Pos(1, 2)
ps["z"] = 5
ps, ps["x"], ps.extra, ps.get("z"), vars(ps)
class Name(str):
    def shout(self):
        return self.upper() + "!"

n = Name("bob")
n, str(n), n.shout(), n + "x", "x" + n, n == "bob", {n: 1}["bob"], {"bob": 2}[n], f"{n:>5}|", n[0], n * 2
type(n.upper()), isinstance(n, str), hash(n) == hash("bob"), sorted([Name("b"), Name("a")]), "-".join([n, n])
class Count(int):
    def double(self):
        return Count(self * 2)

k = Count(21)
k, k + 1, 1 + k, -k, abs(Count(-3)), k.double(), type(k.double()), type(k + 1), k == 21, k < 22, range(Count(3))
[0, 1, 2][Count(1)], int(k), float(k), f"{k:05d}", bool(Count(0)), k // 4, k % 4, 2 ** Count(3)
Count(2) + "a"
class Temp(float):
    def __repr__(self):
        return f"{float(self):.1f} degrees"

t = Temp(21.5)
t, t + 1, round(t), t * 2, str(t), f"{t}"
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
    @property
    def first(self):
        return self[0]

p = Pair(1, 2)
p, p.first, len(p), p + (3,), isinstance(p, tuple), hash(p) == hash((1, 2)), p == (1, 2), list(p)
a, b = p
a, b
class Tags(set):
    pass

tg = Tags([1, 2])
tg.add(3)
tg, len(tg), 2 in tg, tg | {4}, Tags(), type(tg)
MyList.__mro__, Name.__bases__, issubclass(Config, dict)
class AttrDict(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.__dict__ = self

cfg = AttrDict(lr=0.1, layers=[64, 32])
cfg.epochs = 5
cfg["batch"] = 16
cfg, cfg.lr, cfg.batch, cfg["epochs"], len(cfg)
class Plain:
    pass

o = Plain()
o.__dict__ = {"a": 1}
o.a, vars(o)
o.__dict__ = 3

# Generators: lazy bodies, send/throw/close, yield from, generator expressions, itertools.
import itertools
def numbers():
    print("start")
    i = 0
    while True:
        print("yielding", i)
        yield i
        i += 1

g = numbers()
print("nothing ran yet")
next(g)
next(g)
g
type(g), type(g).__name__, g.__name__, g.__qualname__
iter(g) is g
list(itertools.islice(numbers(), 3))
def count_up(n):
    for i in range(n):
        yield i
    return "done"

list(count_up(4))
c = count_up(1)
next(c)
next(c)
next(c)
next(c, "default")
c = count_up(0)
try:
    next(c)
except StopIteration as e:
    print("stopped with", repr(e.value), e.args)

for k, v in zip(itertools.count(10), "abc"):
    print(k, v)

for i, x in enumerate(count_up(10)):
    if i == 2:
        break
    print(i, x)

def averager():
    total = 0.0
    n = 0
    average = None
    while True:
        value = yield average
        total += value
        n += 1
        average = total / n

a = averager()
a.send(5)
next(a)
a.send(10)
a.send(20)
a.send(30)
def echo():
    received = yield "ready"
    while True:
        received = yield f"got {received!r}"

e = echo()
next(e)
e.send(1)
e.send("x")
next(e)
def resource():
    print("open")
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

r = resource()
next(r)
r.close()
r.close()
next(r, "exhausted")
r = resource()
r.close()
next(r, "never started")
r = resource()
next(r)
del r
print("after del")
seen = []
def stubborn():
    try:
        yield 1
    except GeneratorExit as exit:
        seen.append(exit)
    yield 2

s = stubborn()
next(s)
s.close()
seen
del s
def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as err:
            print("caught", repr(err))
            yield "recovered"

t = catcher()
next(t)
t.throw(ValueError("bad"))
next(t)
t.throw(ValueError)
t.throw(KeyError("k"))
next(t, "finished")
t = catcher()
t.throw(TypeError, "before start")
def failing():
    yield 1
    raise ValueError("boom")

f = failing()
next(f)
next(f)
next(f)
list(f)
def leaky():
    yield 1
    next(iter([]))

list(leaky())
def selfish():
    yield next(me)

me = selfish()
next(me)
def inner():
    x = yield 1
    print("inner got", x)
    yield 2
    return "inner result"

def outer():
    result = yield from inner()
    print("outer got", result)
    yield from [10, 20]
    yield from (c.upper() for c in "ab")
    return "outer result"

list(outer())
o = outer()
next(o)
o.send("hello")
next(o)
o.close()
def tree(n):
    if n:
        yield from tree(n - 1)
        yield n
        yield from tree(n - 1)

list(tree(3))
sum(tree(12))
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

list(Countdown(3))
[x * 10 for x in Countdown(2)]
lazy = (print("evaluating", x) or x * x for x in range(3))
print("nothing evaluated")
next(lazy)
list(lazy)
next(x for x in itertools.count() if x > 5)
any(x > 100 for x in itertools.count())
all(x < 100 for x in itertools.count())
sum(x * x for x in range(10 ** 6))
ge = (x for x in [1, 2])
ge
type(ge).__name__, ge.__name__
ge.send(None)
ge.close()
next(ge, "closed")
list(itertools.islice(itertools.cycle(itertools.count()), 4))
list(itertools.islice(itertools.cycle("ab"), 5))
list(itertools.islice(itertools.repeat("r"), 3))
list(itertools.islice(itertools.chain(itertools.count(), "never"), 4))
list(itertools.islice(itertools.chain.from_iterable(itertools.repeat([1, 2])), 5))
first, second = itertools.tee(itertools.count(), 2)
next(first), next(first), next(second)
list(itertools.islice(map(lambda x: x * x, itertools.count()), 4))
gen_lambda = (lambda: (yield 42))()
next(gen_lambda)
g = count_up(2)
g.send(3)
class Managed:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, kind, value, tb):
        print("exit", kind.__name__ if kind else None)
        return False

def managed():
    with Managed():
        yield 1
        yield 2

m = managed()
next(m)
m.close()
def failing_cleanup():
    try:
        yield 1
    finally:
        raise ValueError("in finally")

fc = failing_cleanup()
next(fc)
fc.close()
def returning_cleanup():
    try:
        yield 1
    finally:
        return "from finally"

rc = returning_cleanup()
next(rc)
rc.throw(KeyError("swallowed"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

list(itertools.takewhile(lambda x: x < 100, fib()))
[x for x, _ in zip(fib(), range(8))]
sorted((x % 3, x) for x in range(6))
dict((k, v) for k, v in zip("ab", itertools.count()))
" ".join(str(x) for x in range(3)), max(x for x in [3, 1, 2]), min((x for x in []), default=0)
class Base:
    def items(self):
        yield "base"

class Derived(Base):
    def items(self):
        yield from super().items()
        yield "derived"

list(Derived().items())
def pairs():
    received = [(yield "first"), (yield "second")]
    print("received", received)

p = pairs()
next(p)
p.send("a")
try:
    p.send("b")
except StopIteration:
    print("finished")
StopIteration(5).value, StopIteration().value
class Twice:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom result")
        return self.n

def delegate_to(source):
    result = yield from source
    print("result", repr(result))

list(delegate_to(Twice()))
list(delegate_to(iter("ab")))
class Walk:
    def __iter__(self):
        got = yield "step"
        print("walk got", got)
        return "walked"

w = delegate_to(Walk())
next(w)
next(w, "end")

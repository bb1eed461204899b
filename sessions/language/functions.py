# Functions, closures, classes and exceptions.
def f(a, b=2, *args, c=3, **kwargs):
    return a, b, args, c, kwargs

f(1)
f(1, 5, 6, 7, c=8, d=9)
g = lambda x, y=1: x * y
g(3), g(3, 4)
def counter():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

c = counter(); c(); c()
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

fact(20)
class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def __repr__(self):
        return f"Animal({self.name!r})"

class Dog(Animal):
    def speak(self):
        return super().speak() + " (woof)"

Dog("Rex").speak()
Dog("Rex")
[Animal("a"), Dog("b")]
Dog.kind, isinstance(Dog("x"), Animal), issubclass(Dog, Animal)
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
    def __eq__(self, other):
        return self.x == other.x and self.y == other.y
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return (self.x, self.y)[i]
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    @staticmethod
    def zero():
        return Vec(0, 0)
    @classmethod
    def unit(cls):
        return cls(1, 0)

Vec(1, 2) + Vec(3, 4), Vec(1, 2) == Vec(1, 2), len(Vec(0, 0)), list(Vec(5, 6)), Vec(3, 4).norm2
Vec.zero(), Vec.unit()
try:
    1 / 0
except ZeroDivisionError as e:
    print("caught", e)
finally:
    print("finally")

class MyError(ValueError):
    pass

try:
    raise MyError("bad value")
except ValueError as e:
    print(type(e).__name__, e)

raise MyError("uncaught")
for i in range(3):
    if i == 1:
        continue
    print(i)
else:
    print("done")

i = 0
while True:
    i += 1
    if i > 3:
        break

i
class Ctx:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit")
        return False

with Ctx() as c:
    print("inside")

assert 1 == 1
assert 1 == 2, "one is not two"
f(1, 2, c=3, c=4)
f()
g(1, 2, 3)
undefined_name + 1
[1, 2].foo
a, b = [1, 2, 3]
int("x")
{"a": 1}["b"]
def rec(n):
    return rec(n + 1)

rec(0)
import math
math.sqrt(16), math.pi, math.floor(2.7), math.exp(0), math.log(math.e), math.isclose(0.1 + 0.2, 0.3)
import random
random.seed(42); random.random(), random.randint(1, 10)
x = [1, 2, 3, 4, 5]; random.shuffle(x); x
random.choice("abcdef"), random.uniform(1, 2), random.gauss(0, 1)

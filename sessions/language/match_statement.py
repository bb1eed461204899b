# The match statement: literal, capture, sequence, mapping, class, or/as patterns and guards; match stays a name elsewhere.
import re
from dataclasses import dataclass
from collections import namedtuple
def describe(x):
    match x:
        case 0 | 1:
            return "bit"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "hello":
            return "greeting"
        case str(s):
            return "string " + s
        case []:
            return "empty list"
        case [a]:
            return f"one {a}"
        case [a, *rest] if len(rest) > 2:
            return f"long from {a}, {len(rest)} more"
        case (a, b, *_):
            return f"pair-ish {a} {b}"
        case {"type": "point", "x": px, **others}:
            return f"point x={px} others={others}"
        case {"type": t}:
            return f"typed {t}"
        case None:
            return "nothing"
        case True:
            return "unreached"
        case _:
            return "other " + type(x).__name__
for v in [0, 1, -5, 2.5, "hello", "abc", [], [9], [1, 2, 3, 4], (1, 2), [1, 2, 3], {"type": "point", "x": 1, "y": 2}, {"type": "box"}, None, {1, 2}]:
    print(repr(v), "->", describe(v))
Point = namedtuple("Point", "x y")
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(x=0, y=y):
            return f"on y axis at {y}"
        case Vec(x, y) as v if x == y:
            return f"diagonal {x} {type(v).__name__}"
        case Vec(y=yy):
            return f"vec y={yy}"
        case _:
            return "elsewhere"
print(where(Point(0, 0)), where(Point(0, 5)), where(Vec(2, 2)), where(Vec(1, 3)), where(3))
match = re.match(r"a", "abc")
print(match.group())
match = 5
print(match)
def cmd(command):
    match command.split():
        case ["go", ("north" | "south") as direction]:
            return "going " + direction
        case ["drop", *objects]:
            return "dropping " + ", ".join(objects)
        case ["quit" | "exit"]:
            return "bye"
        case _:
            return "unknown"
print(cmd("go north"), cmd("drop a b"), cmd("exit"), cmd("dance"))
class Color:
    RED = 1
    GREEN = 2
match 2:
    case Color.RED:
        print("red")
    case Color.GREEN:
        print("green")
try:
    match Vec(1, 2):
        case Vec(1, 2, 3):
            pass
except TypeError as e:
    print(e)
match -1, 2:
    case (-1, y):
        print("tuple subject", y)
@dataclass
class Box:
    w: int
    h: int = 1
match Box(3):
    case Box(w, h=1):
        print("box", w, Box.__match_args__)
x = [1, 2]
match x:
    case [a, b]:
        print(a + b)
    case _:
        print("no")

match = 3
match

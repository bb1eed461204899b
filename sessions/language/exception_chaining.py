# raise ... from ..., exceptions raised while handling others, __cause__/__context__/__suppress_context__.
def load(key):
    try:
        return {}[key]
    except KeyError as e:
        raise ValueError(f"no setting {key!r}") from e

try:
    load("lr")
except ValueError as e:
    print(repr(e.__cause__), repr(e.__context__), e.__suppress_context__)

load("lr")
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

try:
    try:
        int("x")
    except ValueError:
        raise TypeError("replaced") from None
except TypeError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)

e = ValueError("v")
e.__cause__ = KeyError("k")
repr(e.__cause__), e.__suppress_context__, ValueError().__cause__, ValueError().__context__
e.__cause__ = 3
def again():
    try:
        [][1]
    except IndexError as exc:
        raise exc

try:
    again()
except IndexError as e2:
    print(repr(e2), e2.__context__)

def gen():
    yield 1
    raise StopIteration

try:
    list(gen())
except RuntimeError as e3:
    print(e3, repr(e3.__cause__))

def nested():
    try:
        return 1 / 0
    except ZeroDivisionError:
        undefined_name

def outer():
    try:
        nested()
    except NameError as err:
        raise RuntimeError("wrapped") from err

try:
    outer()
except RuntimeError as e4:
    print(repr(e4.__cause__), repr(e4.__cause__.__context__), e4.__cause__.__context__.__context__)

outer()

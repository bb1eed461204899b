// Small standard modules notebooks import, written in Python for Flint: warnings, contextlib,
// operator and abc.

let warningsModuleSource = #"""
"""warnings: warn() shows `Category: message` on stderr once per message, filters decide."""
import sys

_filters = []
_shown = set()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    entry = (action, message, category)
    if append:
        _filters.append(entry)
    else:
        _filters.insert(0, entry)


def simplefilter(action, category=Warning, lineno=0, append=False):
    filterwarnings(action, '', category, append=append)


def resetwarnings():
    _filters.clear()


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    category = category or UserWarning
    text = str(message)
    action = 'default'
    for act, pattern, cat in _filters:
        if issubclass(category, cat) and text.startswith(pattern):
            action = act
            break
    if action == 'ignore':
        return
    if action == 'error':
        raise message if isinstance(message, Warning) else category(text)
    key = (text, category)
    if action != 'always' and key in _shown:
        return
    _shown.add(key)
    print(category.__name__ + ': ' + text, file=sys.stderr)


class catch_warnings:
    def __init__(self, *, record=False, action=None, category=Warning):
        self._action = action
        self._category = category

    def __enter__(self):
        self._saved = list(_filters)
        if self._action is not None:
            simplefilter(self._action, self._category)
        return None

    def __exit__(self, *exc):
        _filters[:] = self._saved
        return False
"""#

let contextlibModuleSource = #"""
"""contextlib: contextmanager, suppress, nullcontext, closing."""


class _GeneratorContextManager:
    def __init__(self, gen):
        self._gen = gen

    def __enter__(self):
        try:
            return next(self._gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, tb):
        if typ is None:
            try:
                next(self._gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self._gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except BaseException as exc:
            if exc is value:
                return False
            raise
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwargs):
        return _GeneratorContextManager(func(*args, **kwargs))
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    helper.__wrapped__ = func
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, typ, value, tb):
        return typ is not None and issubclass(typ, self._exceptions)


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *exc):
        return False


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()
        return False
"""#

let operatorModuleSource = #"""
"""operator: the operators as functions, itemgetter, attrgetter, methodcaller."""


def add(a, b): return a + b
def sub(a, b): return a - b
def mul(a, b): return a * b
def truediv(a, b): return a / b
def floordiv(a, b): return a // b
def mod(a, b): return a % b
def pow(a, b): return a ** b
def matmul(a, b): return a @ b
def neg(a): return -a
def pos(a): return +a
def abs(a): return a.__abs__() if hasattr(a, '__abs__') else (-a if a < 0 else a)
def and_(a, b): return a & b
def or_(a, b): return a | b
def xor(a, b): return a ^ b
def invert(a): return ~a
def lshift(a, b): return a << b
def rshift(a, b): return a >> b
def not_(a): return not a
def truth(a): return bool(a)
def eq(a, b): return a == b
def ne(a, b): return a != b
def lt(a, b): return a < b
def le(a, b): return a <= b
def gt(a, b): return a > b
def ge(a, b): return a >= b
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def contains(a, b): return b in a
def getitem(a, b): return a[b]
def setitem(a, b, c): a[b] = c
def delitem(a, b): del a[b]
def concat(a, b): return a + b
def index(a): return a.__index__()


class itemgetter:
    def __init__(self, *items):
        self._items = items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return 'operator.itemgetter(' + ', '.join(repr(i) for i in self._items) + ')'


class attrgetter:
    def __init__(self, *attrs):
        self._attrs = attrs

    def _get(self, obj, name):
        for part in name.split('.'):
            obj = getattr(obj, part)
        return obj

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return self._get(obj, self._attrs[0])
        return tuple(self._get(obj, a) for a in self._attrs)

    def __repr__(self):
        return 'operator.attrgetter(' + ', '.join(repr(a) for a in self._attrs) + ')'


class methodcaller:
    def __init__(self, name, /, *args, **kwargs):
        self._name, self._args, self._kwargs = name, args, kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)
"""#

let abcModuleSource = #"""
"""abc: ABC and abstractmethod; a class with abstract methods left cannot be instantiated."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class ABC:
    def __new__(cls, *args, **kwargs):
        missing = sorted(name for name in dir(cls)
                         if getattr(getattr(cls, name, None), '__isabstractmethod__', False))
        if missing:
            plural = 's' if len(missing) > 1 else ''
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + ' with abstract method' + plural + ' '
                            + ', '.join(missing))
        return object.__new__(cls)


ABCMeta = type
"""#

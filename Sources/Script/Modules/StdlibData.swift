// Standard-library modules written in Python (typing, dataclasses, statistics, string), executed on first import.

let typingModuleSource = #"""
"""typing: annotation helpers that subscript and print as CPython's (no static checking here)."""
TYPE_CHECKING = False


def _type_repr(t):
    if isinstance(t, type):
        return t.__qualname__ if t.__module__ == 'builtins' else t.__module__ + '.' + t.__qualname__
    if t is ...:
        return '...'
    if isinstance(t, list):
        return '[' + ', '.join(_type_repr(a) for a in t) + ']'
    return repr(t)


class _GenericAlias:
    def __init__(self, name, args):
        self._name = name
        self.__args__ = args

    def __repr__(self):
        if self._name == 'Union' and len(self.__args__) == 2 and type(None) in self.__args__:
            other = self.__args__[0] if self.__args__[1] is type(None) else self.__args__[1]
            return 'typing.Optional[' + _type_repr(other) + ']'
        return 'typing.' + self._name + '[' + ', '.join(_type_repr(a) for a in self.__args__) + ']'

    def _key(self):
        # A Union is equal to any other order of its members.
        return (self._name, frozenset(self.__args__) if self._name == 'Union' else self.__args__)

    def __eq__(self, other):
        return isinstance(other, _GenericAlias) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __call__(self, *args, **kwargs):
        raise TypeError('Type ' + self._name + ' cannot be instantiated')


class _Alias:
    def __init__(self, name):
        self._name = name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        params = tuple(type(None) if p is None else p for p in params)
        if self._name == 'Optional':
            return self.__class__('Union')[params[0], type(None)]
        if self._name == 'Union':
            flat = []
            for p in params:
                for q in (p.__args__ if isinstance(p, _GenericAlias) and p._name == 'Union' else (p,)):
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            params = tuple(flat)
        return _GenericAlias(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError('Type ' + self._name + ' cannot be instantiated')

    def __repr__(self):
        return 'typing.' + self._name


Any = _Alias('Any')
List = _Alias('List')
Dict = _Alias('Dict')
Tuple = _Alias('Tuple')
Set = _Alias('Set')
FrozenSet = _Alias('FrozenSet')
Optional = _Alias('Optional')
Union = _Alias('Union')
Callable = _Alias('Callable')
Iterable = _Alias('Iterable')
Iterator = _Alias('Iterator')
Sequence = _Alias('Sequence')
Mapping = _Alias('Mapping')
Type = _Alias('Type')
Generator = _Alias('Generator')
Literal = _Alias('Literal')
ClassVar = _Alias('ClassVar')


def cast(typ, value):
    return value


def TypeVar(name, *constraints, **kwargs):
    return _Alias(name)


def NamedTuple(typename, fields):
    import collections
    return collections.namedtuple(typename, [name for name, _ in fields])
"""#

let futureModuleSource = #"""
"""__future__: the feature names; `annotations` keeps annotations as text (PEP 563)."""


class _Feature:
    def __init__(self, optional, mandatory, flag):
        self.optional = optional
        self.mandatory = mandatory
        self.compiler_flag = flag

    def getOptionalRelease(self):
        return self.optional

    def getMandatoryRelease(self):
        return self.mandatory

    def __repr__(self):
        return '_Feature' + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, 'beta', 1), (2, 2, 0, 'alpha', 0), 16)
generators = _Feature((2, 2, 0, 'alpha', 1), (2, 3, 0, 'final', 0), 0)
division = _Feature((2, 2, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 131072)
absolute_import = _Feature((2, 5, 0, 'alpha', 1), (3, 0, 0, 'alpha', 0), 262144)
with_statement = _Feature((2, 5, 0, 'alpha', 1), (2, 6, 0, 'alpha', 0), 524288)
print_function = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 1048576)
unicode_literals = _Feature((2, 6, 0, 'alpha', 2), (3, 0, 0, 'alpha', 0), 2097152)
barry_as_FLUFL = _Feature((3, 1, 0, 'alpha', 2), (4, 0, 0, 'alpha', 0), 4194304)
generator_stop = _Feature((3, 5, 0, 'beta', 1), (3, 7, 0, 'alpha', 0), 8388608)
annotations = _Feature((3, 7, 0, 'beta', 1), None, 16777216)
"""#

let dataclassesModuleSource = #"""
"""dataclasses: @dataclass generating __init__, __repr__ and __eq__ from class annotations."""
MISSING = object()


class Field:
    def __init__(self, default=MISSING, default_factory=MISSING, repr=True):
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.name = None


def field(*, default=MISSING, default_factory=MISSING, repr=True):
    return Field(default, default_factory, repr)


def fields(obj):
    return tuple(obj.__dataclass_fields__.values())


def asdict(obj):
    return {name: getattr(obj, name) for name in obj.__dataclass_fields__}


def astuple(obj):
    return tuple(getattr(obj, name) for name in obj.__dataclass_fields__)


def _process(cls, init, repr_, eq, order, frozen):
    all_fields = {}
    for base in reversed(cls.__mro__[1:]):
        base_fields = base.__dict__.get('__dataclass_fields__')
        if base_fields:
            all_fields.update(base_fields)
    for name in cls.__dict__.get('__annotations__', {}):
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else Field(default=value)
        f.name = name
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        all_fields[name] = f
    cls.__dataclass_fields__ = all_fields
    names = list(all_fields)
    if '__match_args__' not in cls.__dict__:
        cls.__match_args__ = tuple(names)

    def __init__(self, *args, **kwargs):
        if len(args) > len(names):
            raise TypeError(cls.__name__ + '.__init__() takes ' + str(len(names) + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')
        for i, name in enumerate(names):
            f = all_fields[name]
            if i < len(args):
                value = args[i]
            elif name in kwargs:
                value = kwargs.pop(name)
            elif f.default is not MISSING:
                value = f.default
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                raise TypeError(cls.__name__ + ".__init__() missing 1 required positional argument: '" + name + "'")
            object.__setattr__(self, name, value)
        if kwargs:
            raise TypeError(cls.__name__ + ".__init__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        if hasattr(self, '__post_init__'):
            self.__post_init__()

    def __repr__(self):
        shown = [n + '=' + repr(getattr(self, n)) for n in names if all_fields[n].repr]
        return type(self).__qualname__ + '(' + ', '.join(shown) + ')'

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, n) == getattr(other, n) for n in names)

    def __lt__(self, other):
        return tuple(getattr(self, n) for n in names) < tuple(getattr(other, n) for n in names)

    def __setattr__(self, name, value):
        raise AttributeError("cannot assign to field '" + name + "'")

    if init:
        cls.__init__ = __init__
    if repr_:
        cls.__repr__ = __repr__
    if eq:
        cls.__eq__ = __eq__
    if order:
        cls.__lt__ = __lt__
    if frozen:
        cls.__setattr__ = __setattr__
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, frozen=False):
    def wrap(c):
        return _process(c, init, repr, eq, order, frozen)
    if cls is None:
        return wrap
    return wrap(cls)
"""#

let statisticsModuleSource = #"""
"""statistics: mean, median, mode, variance and standard deviation."""
import math


class StatisticsError(ValueError):
    pass


def _floatify(total, n):
    if isinstance(total, int) and total % n == 0:
        return total // n
    return total / n


def mean(data):
    data = list(data)
    if not data:
        raise StatisticsError('mean requires at least one data point')
    return _floatify(sum(data), len(data))


def fmean(data):
    data = list(data)
    if not data:
        raise StatisticsError('fmean requires at least one data point')
    return math.fsum(data) / len(data)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError('no median for empty data')
    if n % 2 == 1:
        return data[n // 2]
    return (data[n // 2 - 1] + data[n // 2]) / 2


def median_low(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[(len(data) - 1) // 2]


def median_high(data):
    data = sorted(data)
    if not data:
        raise StatisticsError('no median for empty data')
    return data[len(data) // 2]


def mode(data):
    data = list(data)
    if not data:
        raise StatisticsError('no mode for empty data')
    counts = {}
    for x in data:
        counts[x] = counts.get(x, 0) + 1
    best = max(counts.values())
    for x in counts:
        if counts[x] == best:
            return x


def _ss(data, c=None):
    if c is None:
        c = fmean(data)
    return math.fsum((x - c) ** 2 for x in data)


def variance(data, xbar=None):
    data = list(data)
    if len(data) < 2:
        raise StatisticsError('variance requires at least two data points')
    return _ss(data, xbar) / (len(data) - 1)


def pvariance(data, mu=None):
    data = list(data)
    if not data:
        raise StatisticsError('pvariance requires at least one data point')
    return _ss(data, mu) / len(data)


def stdev(data, xbar=None):
    return math.sqrt(variance(data, xbar))


def pstdev(data, mu=None):
    return math.sqrt(pvariance(data, mu))
"""#

let stringModuleSource = #"""
"""string constants."""
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = '0123456789abcdefABCDEF'
octdigits = '01234567'
punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~'
whitespace = ' \t\n\r\x0b\x0c'
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))
"""#

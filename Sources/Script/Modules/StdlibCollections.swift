// Standard-library modules written in Python (collections, copy), executed on first import.

let collectionsModuleSource = #"""
"""A subset of collections, written for Flint (dict-backed, no C helpers)."""
OrderedDict = dict


class _DictWrapper:
    def __init__(self):
        object.__setattr__(self, '_d', {})

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __contains__(self, key):
        return key in self._d

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def __eq__(self, other):
        if isinstance(other, _DictWrapper):
            return self._d == other._d
        return self._d == other

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def clear(self):
        self._d.clear()


class defaultdict(_DictWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__()
        self.default_factory = default_factory
        self._d.update(*args, **kwargs)

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def update(self, *args, **kwargs):
        self._d.update(*args, **kwargs)

    def copy(self):
        return defaultdict(self.default_factory, self._d)

    def __repr__(self):
        return 'defaultdict(' + repr(self.default_factory) + ', ' + repr(self._d) + ')'


class Counter(_DictWrapper):
    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __getitem__(self, key):
        return self._d.get(key, 0)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, Counter)):
                for key, count in iterable.items():
                    self._d[key] = self._d.get(key, 0) + count
            else:
                for key in iterable:
                    self._d[key] = self._d.get(key, 0) + 1
        for key, count in kwargs.items():
            self._d[key] = self._d.get(key, 0) + count

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            pairs = iterable.items() if isinstance(iterable, (dict, Counter)) else [(k, 1) for k in iterable]
            for key, count in pairs:
                self._d[key] = self._d.get(key, 0) - count
        for key, count in kwargs.items():
            self._d[key] = self._d.get(key, 0) - count

    def most_common(self, n=None):
        ordered = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        result = []
        for key, count in self._d.items():
            result.extend([key] * count)
        return iter(result)

    def total(self):
        return sum(self._d.values())

    def copy(self):
        return Counter(self._d)

    def __add__(self, other):
        result = Counter()
        for key in list(self._d) + [k for k in other._d if k not in self._d]:
            count = self[key] + other[key]
            if count > 0:
                result._d[key] = count
        return result

    def __sub__(self, other):
        result = Counter()
        for key in self._d:
            count = self[key] - other[key]
            if count > 0:
                result._d[key] = count
        return result

    def __repr__(self):
        if not self._d:
            return 'Counter()'
        return 'Counter({' + ', '.join(repr(k) + ': ' + repr(v) for k, v in self.most_common()) + '})'


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        self.extend(iterable)

    def append(self, item):
        self._items.append(item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, item):
        self._items.insert(0, item)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def extend(self, iterable):
        for item in iterable:
            self.append(item)

    def extendleft(self, iterable):
        for item in iterable:
            self.appendleft(item)

    def pop(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError('pop from an empty deque')
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, index):
        return self._items[index]

    def __setitem__(self, index, value):
        self._items[index] = value

    def __contains__(self, item):
        return item in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return 'deque(' + repr(self._items) + ')'
        return 'deque(' + repr(self._items) + ', maxlen=' + repr(self.maxlen) + ')'


def namedtuple(typename, field_names, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(field_names)
    default_values = dict(zip(fields[len(fields) - len(defaults):], defaults)) if defaults else {}

    class _NamedTuple:
        _fields = fields

        def __init__(self, *args, **kwargs):
            if len(args) > len(fields):
                raise TypeError(typename + '.__new__() takes ' + str(len(fields) + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')
            values = list(args)
            for name in fields[len(args):]:
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif name in default_values:
                    values.append(default_values[name])
                else:
                    raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + name + "'")
            if kwargs:
                raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
            object.__setattr__(self, '_values', tuple(values))
            for name, value in zip(fields, values):
                object.__setattr__(self, name, value)

        def __setattr__(self, name, value):
            raise AttributeError("can't set attribute")

        def __iter__(self):
            return iter(self._values)

        def __getitem__(self, index):
            return self._values[index]

        def __len__(self):
            return len(fields)

        def __eq__(self, other):
            return tuple(self) == tuple(other)

        def __lt__(self, other):
            return tuple(self) < tuple(other)

        def __hash__(self):
            return hash(self._values)

        def __repr__(self):
            return typename + '(' + ', '.join(n + '=' + repr(v) for n, v in zip(fields, self._values)) + ')'

        def _asdict(self):
            return dict(zip(fields, self._values))

        def _replace(self, **changes):
            current = self._asdict()
            current.update(changes)
            return _NamedTuple(**current)

        def count(self, value):
            return self._values.count(value)

        def index(self, value):
            return self._values.index(value)

    _NamedTuple.__name__ = typename
    _NamedTuple.__qualname__ = typename
    return _NamedTuple
"""#

let copyModuleSource = #"""
"""copy and deepcopy for builtin containers and plain objects."""


class Error(Exception):
    pass


def copy(x):
    if isinstance(x, list):
        return list(x)
    if isinstance(x, dict):
        return dict(x)
    if isinstance(x, set):
        return set(x)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    if hasattr(x, '__dict__') and not isinstance(x, type):
        result = object.__new__(type(x))
        result.__dict__.update(x.__dict__)
        return result
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    if isinstance(x, list):
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
        return result
    if isinstance(x, tuple):
        return tuple(deepcopy(item, memo) for item in x)
    if isinstance(x, dict):
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
        return result
    if isinstance(x, set):
        return set(deepcopy(item, memo) for item in x)
    if hasattr(x, '__deepcopy__'):
        return x.__deepcopy__(memo)
    if hasattr(x, '__dict__') and not isinstance(x, type):
        result = object.__new__(type(x))
        memo[key] = result
        for k, v in x.__dict__.items():
            result.__dict__[k] = deepcopy(v, memo)
        return result
    return x
"""#

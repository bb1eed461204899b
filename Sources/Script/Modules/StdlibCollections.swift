// Standard-library modules written in Python (collections, copy), executed on first import.

let collectionsModuleSource = #"""
"""A subset of collections, written for Flint (dict-backed, no C helpers)."""
class OrderedDict(dict):
    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            self.update(rest)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = list(self)[-1] if last else next(iter(self))
        return key, self.pop(key)

    def copy(self):
        return type(self)(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        return self.__class__.__name__ + '(' + repr(list(self.items())) + ')'


class defaultdict(dict):
    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return self.__class__.__name__ + '(' + repr(self.default_factory) + ', ' + dict.__repr__(self) + ')'


class Counter(dict):
    def __init__(self, iterable=None, /, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        result = []
        for key, count in self.items():
            result.extend([key] * count)
        return iter(result)

    def update(self, iterable=None, /, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for key, count in iterable.items():
                    self[key] = self.get(key, 0) + count
            else:
                for key in iterable:
                    self[key] = self.get(key, 0) + 1
        for key, count in kwargs.items():
            self[key] = self.get(key, 0) + count

    def subtract(self, iterable=None, /, **kwargs):
        if iterable is not None:
            pairs = iterable.items() if isinstance(iterable, dict) else [(k, 1) for k in iterable]
            for key, count in pairs:
                self[key] = self.get(key, 0) - count
        for key, count in kwargs.items():
            self[key] = self.get(key, 0) - count

    def copy(self):
        return type(self)(self)

    __copy__ = copy

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            if count + other[key] > 0:
                result[key] = count + other[key]
        for key, count in other.items():
            if key not in self and count > 0:
                result[key] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for key, count in self.items():
            if count - other[key] > 0:
                result[key] = count - other[key]
        for key, count in other.items():
            if key not in self and count < 0:
                result[key] = 0 - count
        return result

    def __repr__(self):
        if not self:
            return self.__class__.__name__ + '()'
        return self.__class__.__name__ + '(' + repr(dict(self.most_common())) + ')'


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


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    fields = tuple(map(str, field_names))
    field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults)) if defaults else {}

    def __new__(cls, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(typename + '.__new__() takes ' + str(len(fields) + 1) + ' positional arguments but ' + str(len(args) + 1) + ' were given')
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                raise TypeError(typename + ".__new__() missing 1 required positional argument: '" + name + "'")
        if kwargs:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        return tuple.__new__(cls, values)

    def _make(cls, iterable):
        return tuple.__new__(cls, iterable)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = [changes.pop(name, value) for name, value in zip(fields, self)]
        if changes:
            raise ValueError('Got unexpected field names: ' + repr(list(changes)))
        return tuple.__new__(type(self), values)

    def __repr__(self):
        return self.__class__.__name__ + '(' + ', '.join(n + '=' + repr(v) for n, v in zip(fields, self)) + ')'

    def __getnewargs__(self):
        return tuple(self)

    namespace = {'__doc__': typename + '(' + ', '.join(fields) + ')', '__slots__': (), '_fields': fields, '__match_args__': fields,
                 '_field_defaults': field_defaults, '__new__': __new__, '_make': classmethod(_make),
                 '_asdict': _asdict, '_replace': _replace, '__repr__': __repr__, '__getnewargs__': __getnewargs__}
    for index, name in enumerate(fields):
        namespace[name] = property(lambda self, index=index: self[index], doc='Alias for field number ' + str(index))
    result = type(typename, (tuple,), namespace)
    result.__qualname__ = typename
    return result
"""#

let copyModuleSource = #"""
"""copy and deepcopy for builtin containers and plain objects."""


class Error(Exception):
    pass


def _builtin_base(x):
    for base in (list, dict, set):
        if isinstance(x, base):
            return base
    return None


def _reconstruct(x, base, convert):
    # A subclass of list, dict or set: a new instance of the class, its attributes, then its items.
    cls = type(x)
    result = cls.__new__(cls)
    for k, v in x.__dict__.items():
        result.__dict__[k] = convert(v)
    if base is list:
        for item in x:
            result.append(convert(item))
    elif base is dict:
        for k, v in dict.items(x):
            result[convert(k)] = convert(v)
    else:
        for item in x:
            result.add(convert(item))
    return result


def copy(x):
    cls = type(x)
    if cls in (list, dict, set):
        return cls(x)
    if hasattr(x, '__copy__'):
        return x.__copy__()
    base = _builtin_base(x)
    if base is not None:
        return _reconstruct(x, base, lambda v: v)
    if hasattr(x, '__dict__') and not isinstance(x, type) and not isinstance(x, (tuple, str, int, float, frozenset)):
        result = object.__new__(cls)
        result.__dict__.update(x.__dict__)
        return result
    return x


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    base = _builtin_base(x)
    if base is not None and type(x) is not base and not hasattr(x, '__deepcopy__'):
        return _reconstruct(x, base, lambda v: deepcopy(v, memo))
    if isinstance(x, list):
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
        return result
    if type(x) is tuple:
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
    if hasattr(x, '__dict__') and not isinstance(x, (type, tuple, str, int, float, frozenset)):
        result = object.__new__(type(x))
        memo[key] = result
        for k, v in x.__dict__.items():
            result.__dict__[k] = deepcopy(v, memo)
        return result
    return x
"""#

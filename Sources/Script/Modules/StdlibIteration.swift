// Standard-library modules written in Python (itertools, functools), executed on first import.

let itertoolsModuleSource = #"""
"""itertools as lazy iterator classes (infinite ones included)."""


class _Iterator:
    def __iter__(self):
        return self


class count(_Iterator):
    def __init__(self, start=0, step=1):
        self._next = start
        self._step = step

    def __next__(self):
        value = self._next
        self._next += self._step
        return value

    def __repr__(self):
        return 'count(' + repr(self._next) + ('' if self._step == 1 else ', ' + repr(self._step)) + ')'


class cycle(_Iterator):
    """Saves elements as the first pass draws them (the input may be infinite), then repeats them."""
    def __init__(self, iterable):
        self._it = iter(iterable)
        self._items = []
        self._index = -1

    def __next__(self):
        if self._index < 0:
            for value in self._it:
                self._items.append(value)
                return value
            self._index = 0
        if not self._items:
            raise StopIteration
        value = self._items[self._index % len(self._items)]
        self._index += 1
        return value


class repeat(_Iterator):
    def __init__(self, obj, times=None):
        self._obj = obj
        self._left = times

    def __next__(self):
        if self._left is not None:
            if self._left <= 0:
                raise StopIteration
            self._left -= 1
        return self._obj


class chain(_Iterator):
    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._current = iter(())

    @classmethod
    def from_iterable(cls, iterables):
        result = cls()
        result._sources = iter(iterables)
        return result

    def __next__(self):
        while True:
            try:
                return next(self._current)
            except StopIteration:
                self._current = iter(next(self._sources))


class islice(_Iterator):
    def __init__(self, iterable, *args):
        bounds = slice(*args)
        self._it = iter(iterable)
        self._next = bounds.start or 0
        self._stop = bounds.stop
        self._step = bounds.step or 1
        self._position = 0

    def __next__(self):
        if self._stop is not None and self._next >= self._stop:
            raise StopIteration
        while self._position < self._next:
            next(self._it)
            self._position += 1
        value = next(self._it)
        self._position += 1
        self._next += self._step
        return value


class starmap(_Iterator):
    def __init__(self, function, iterable):
        self._function = function
        self._it = iter(iterable)

    def __next__(self):
        return self._function(*next(self._it))


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        value = next(self._it)
        if not self._predicate(value):
            self._done = True
            raise StopIteration
        return value


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._predicate = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __next__(self):
        while self._dropping:
            value = next(self._it)
            if not self._predicate(value):
                self._dropping = False
                return value
        return next(self._it)


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = func
        self._total = initial
        self._started = initial is not None
        self._pending_initial = initial is not None

    def __next__(self):
        if self._pending_initial:
            self._pending_initial = False
            return self._total
        value = next(self._it)
        if not self._started:
            self._started = True
            self._total = value
        elif self._func is None:
            self._total = self._total + value
        else:
            self._total = self._func(self._total, value)
        return self._total


def product(*iterables, repeat=1):
    pools = [tuple(pool) for pool in iterables] * repeat
    result = [()]
    for pool in pools:
        result = [x + (y,) for x in result for y in pool]
    return iter(result)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    result = []

    def build(prefix, used):
        if len(prefix) == r:
            result.append(tuple(pool[i] for i in prefix))
            return
        for i in range(n):
            if i not in used:
                build(prefix + [i], used | {i})
    if r <= n:
        build([], set())
    return iter(result)


def _combinations(iterable, r, reuse):
    pool = tuple(iterable)
    result = []

    def build(start, prefix):
        if len(prefix) == r:
            result.append(tuple(prefix))
            return
        for i in range(start, len(pool)):
            build(i if reuse else i + 1, prefix + [pool[i]])
    build(0, [])
    return iter(result)


def combinations(iterable, r):
    return _combinations(iterable, r, False)


def combinations_with_replacement(iterable, r):
    return _combinations(iterable, r, True)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    active = len(iterators)
    while active:
        row = []
        for k, it in enumerate(iterators):
            try:
                row.append(next(it))
            except StopIteration:
                active -= 1
                if not active:
                    return
                iterators[k] = repeat(fillvalue)
                row.append(fillvalue)
        yield tuple(row)


def pairwise(iterable):
    it = iter(iterable)
    for previous in it:
        for value in it:
            yield previous, value
            previous = value


def groupby(iterable, key=None):
    """Lazy across groups; each group is drawn whole before it is handed out."""
    it = iter(iterable)
    for first in it:
        current = first if key is None else key(first)
        items = [first]
        for item in it:
            k = item if key is None else key(item)
            if k == current:
                items.append(item)
                continue
            yield current, iter(items)
            current, items = k, [item]
        yield current, iter(items)


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


def filterfalse(predicate, iterable):
    if predicate is None:
        predicate = bool
    for x in iterable:
        if not predicate(x):
            yield x


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def branch(mine):
        while True:
            if not mine:
                for value in it:
                    for b in buffers:
                        b.append(value)
                    break
                else:
                    return
            yield mine.pop(0)
    return tuple(branch(b) for b in buffers)
"""#

let functoolsModuleSource = #"""
"""functools: reduce, partial, wraps, lru_cache/cache, cmp_to_key."""
_missing = object()


def reduce(function, iterable, initial=_missing):
    it = iter(iterable)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError('reduce() of empty iterable with no initial value') from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        merged = dict(self.keywords)
        merged.update(keywords)
        return self.func(*self.args, *args, **merged)

    def __repr__(self):
        parts = [repr(self.func)] + [repr(a) for a in self.args] + [k + '=' + repr(v) for k, v in self.keywords.items()]
        return 'functools.partial(' + ', '.join(parts) + ')'


def update_wrapper(wrapper, wrapped):
    for name in ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__'):
        try:
            setattr(wrapper, name, getattr(wrapped, name))
        except AttributeError:
            pass
    try:
        wrapper.__dict__.update(wrapped.__dict__)
    except AttributeError:
        pass
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped)
    return decorator


def lru_cache(maxsize=128, typed=False):
    def decorator(function):
        cache = {}

        def wrapper(*args, **kwargs):
            key = (args, tuple(sorted(kwargs.items())))
            if key in cache:
                return cache[key]
            value = function(*args, **kwargs)
            cache[key] = value
            return value
        wrapper.cache_clear = cache.clear
        return update_wrapper(wrapper, function)
    if callable(maxsize):
        return decorator(maxsize)
    return decorator


def cache(function):
    return lru_cache(None)(function)


def cached_property(func):
    # A property caching its value in the instance __dict__ (assignable, as CPython's is).
    name = func.__name__

    def getter(self):
        cache = self.__dict__
        if name not in cache:
            cache[name] = func(self)
        return cache[name]

    def setter(self, value):
        self.__dict__[name] = value

    return property(getter, setter, None, func.__doc__)


_ORDER_FROM = {
    '__lt__': {'__gt__': lambda a, b: not a < b and a != b, '__le__': lambda a, b: a < b or a == b,
               '__ge__': lambda a, b: not a < b},
    '__le__': {'__ge__': lambda a, b: not a <= b or a == b, '__lt__': lambda a, b: a <= b and a != b,
               '__gt__': lambda a, b: not a <= b},
    '__gt__': {'__lt__': lambda a, b: not a > b and a != b, '__ge__': lambda a, b: a > b or a == b,
               '__le__': lambda a, b: not a > b},
    '__ge__': {'__le__': lambda a, b: not a >= b or a == b, '__gt__': lambda a, b: a >= b and a != b,
               '__lt__': lambda a, b: not a >= b},
}


def total_ordering(cls):
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if op in cls.__dict__]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for name, method in _ORDER_FROM[max(roots)].items():
        if name not in roots:
            setattr(cls, name, method)
    return cls


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0
    return K
"""#

/// `tqdm`: `tqdm(iterable)`, `trange(n)` and the manual `update`/`set_description`/
/// `set_postfix`/`close` interface, drawing tqdm's bar on standard error when it is a
/// terminal and nothing otherwise (so scripts piped to files and transcripts stay clean).
let tqdmSource = #"""
import time as _time
import _flint_terminal

_BLOCKS = ' ▏▎▍▌▋▊▉█'


def _interval(seconds):
    minutes, seconds = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:
        return '%d:%02d:%02d' % (hours, minutes, seconds)
    return '%02d:%02d' % (minutes, seconds)


def _number(value):
    if isinstance(value, float):
        return '%.3g' % value
    return str(value)


class tqdm:
    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None, ncols=None,
                 mininterval=0.1, disable=False, unit='it', initial=0, postfix=None, **kwargs):
        self.iterable = iterable
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except TypeError:
                total = None
        self.total = total
        self.desc = desc or ''
        self.leave = leave
        self.ncols = ncols
        self.mininterval = mininterval
        self.unit = unit
        self.n = initial
        self.postfix = ''
        self.disable = disable or not _flint_terminal.is_terminal(2)
        self.start_t = _time.time()
        self.last_print_t = 0.0
        self.closed = False
        if postfix:
            self.set_postfix(postfix, refresh=False)
        self.refresh()

    def __len__(self):
        return self.total if self.total is not None else len(self.iterable)

    def __iter__(self):
        # As tqdm: the bar is closed when the loop ends, breaks or raises.
        try:
            for item in self.iterable:
                yield item
                self.update(1)
        finally:
            self.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def update(self, n=1):
        self.n += n
        now = _time.time()
        if now - self.last_print_t >= self.mininterval or (self.total is not None and self.n >= self.total):
            self.refresh()

    def set_description(self, desc=None, refresh=True):
        self.desc = desc or ''
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        items = dict(ordered_dict or {})
        items.update(kwargs)
        self.postfix = ', '.join(str(k) + '=' + _number(v).strip() for k, v in items.items())
        if refresh:
            self.refresh()

    def set_postfix_str(self, s='', refresh=True):
        self.postfix = str(s)
        if refresh:
            self.refresh()

    def line(self):
        elapsed = _time.time() - self.start_t
        rate = self.n / elapsed if elapsed > 0 and self.n > 0 else None
        if rate is None:
            rate_text = '?' + self.unit + '/s'
        elif rate >= 1 or rate == 0:
            rate_text = '%.2f' % rate + self.unit + '/s'
        else:
            rate_text = '%.2f' % (1 / rate) + 's/' + self.unit
        postfix = ', ' + self.postfix if self.postfix else ''
        prefix = self.desc + ': ' if self.desc else ''
        if self.total is None or self.total <= 0:
            return prefix + str(self.n) + self.unit + ' [' + _interval(elapsed) + ', ' + rate_text + postfix + ']'
        fraction = min(max(self.n / self.total, 0.0), 1.0)
        remaining = _interval((self.total - self.n) / rate) if rate else '?'
        left = prefix + '%3d%%' % int(fraction * 100) + '|'
        right = '| ' + str(self.n) + '/' + str(self.total) + ' [' + _interval(elapsed) + '<' + remaining + ', ' + rate_text + postfix + ']'
        width = max((self.ncols or _flint_terminal.columns(2)) - len(left) - len(right), 1)
        eighths = int(fraction * width * 8)
        bar = '█' * (eighths // 8)
        if len(bar) < width:
            bar += _BLOCKS[eighths % 8] if eighths % 8 else ' '
        return left + bar.ljust(width) + right

    def refresh(self):
        if self.disable or self.closed:
            return
        self.last_print_t = _time.time()
        _flint_terminal.write_stderr('\r' + self.line())

    def close(self):
        if self.disable or self.closed:
            self.closed = True
            return
        self.refresh()
        self.closed = True
        if self.leave:
            _flint_terminal.write_stderr('\n')
        else:
            _flint_terminal.write_stderr('\r' + ' ' * _flint_terminal.columns(2) + '\r')

    @classmethod
    def write(cls, s, file=None, end='\n'):
        print(s, end=end)


def trange(*args, **kwargs):
    return tqdm(range(*args), **kwargs)
"""#

/// `matplotlib.pyplot` for line charts: `plot`, `title`, `xlabel`, `ylabel`, `legend`,
/// `subplots`, `figure`, `show` (a braille chart when standard output is a terminal, nothing
/// otherwise, as matplotlib's non-interactive backend) and `savefig` (SVG or PNG). The objects it
/// returns print as matplotlib's do.
let matplotlibSources: [(name: String, source: String)] = [
    ("matplotlib", #"""
__version__ = '3.11.2'
_backend = 'agg'


def use(backend, force=True):
    global _backend
    _backend = backend


def get_backend():
    return _backend
"""#),
    ("matplotlib.text", #"""
class Text:
    def __init__(self, x, y, text):
        self._x = x
        self._y = y
        self._text = text

    def get_text(self):
        return self._text

    def set_text(self, text):
        self._text = text

    def __repr__(self):
        return 'Text(%s, %s, %r)' % (self._x, self._y, self._text)
"""#),
    ("matplotlib.lines", #"""
class Line2D:
    def __init__(self, xdata, ydata, label=None):
        self._x = xdata
        self._y = ydata
        self._label = label

    def get_xdata(self):
        return self._x

    def get_ydata(self):
        return self._y

    def get_label(self):
        return self._label

    def set_label(self, label):
        self._label = label
"""#),
    ("matplotlib.legend", #"""
class Legend:
    def __init__(self, labels):
        self.labels = labels
"""#),
    ("matplotlib.axes", #"""
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.legend import Legend


def _values(data):
    if hasattr(data, 'detach'):
        data = data.detach()
    if hasattr(data, 'tolist'):
        data = data.tolist()
    if isinstance(data, (int, float)):
        return [float(data)]
    out = []
    for item in data:
        if hasattr(item, 'item'):
            item = item.item()
        out.append(float(item))
    return out


_LEGEND_LOCATIONS = ['best', 'upper right', 'upper left', 'lower left', 'lower right', 'right',
                     'center left', 'center right', 'lower center', 'upper center', 'center']


class Axes:
    def __init__(self):
        self.lines = []
        self._title = ''
        self._xlabel = ''
        self._ylabel = ''
        self._legend = False
        self._legend_loc = 'best'

    def plot(self, *args, label=None, **kwargs):
        args = list(args)
        added = []
        while args:
            first = args.pop(0)
            if args and not isinstance(args[0], str):
                x, y = first, args.pop(0)
            else:
                x, y = None, first
            if args and isinstance(args[0], str):
                args.pop(0)
            ys = _values(y)
            xs = _values(x) if x is not None else [float(i) for i in range(len(ys))]
            line = Line2D(xs, ys, label if label is not None else '_child%d' % len(self.lines))
            self.lines.append(line)
            added.append(line)
        return added

    def set_title(self, label, **kwargs):
        self._title = label
        return Text(0.5, 1.0, label)

    def set_xlabel(self, label, **kwargs):
        self._xlabel = label
        return Text(0.5, 0, label)

    def set_ylabel(self, label, **kwargs):
        self._ylabel = label
        return Text(0, 0.5, label)

    def get_title(self):
        return self._title

    def legend(self, labels=None, **kwargs):
        if labels is not None:
            for line, text in zip(self.lines, labels):
                line.set_label(text)
        self._legend = True
        loc = kwargs.get('loc', 'best')
        if isinstance(loc, int) and 0 <= loc < len(_LEGEND_LOCATIONS):
            loc = _LEGEND_LOCATIONS[loc]
        if loc not in _LEGEND_LOCATIONS:
            raise ValueError('%r is not a valid value for loc; supported values are %s'
                             % (loc, ', '.join(repr(name) for name in _LEGEND_LOCATIONS)))
        self._legend_loc = loc
        return Legend([line.get_label() for line in self.lines])

    def grid(self, visible=None, **kwargs):
        return None

    def set_xlim(self, *args, **kwargs):
        return None

    def set_ylim(self, *args, **kwargs):
        return None

    def _data(self):
        return {'title': self._title, 'xlabel': self._xlabel, 'ylabel': self._ylabel,
                'legend': self._legend, 'legend_loc': self._legend_loc,
                'lines': [{'x': l.get_xdata(), 'y': l.get_ydata(), 'label': l.get_label()} for l in self.lines]}

    def __repr__(self):
        parts = []
        if self._title:
            parts.append('title=%r' % {'center': self._title})
        if self._xlabel:
            parts.append('xlabel=%r' % self._xlabel)
        if self._ylabel:
            parts.append('ylabel=%r' % self._ylabel)
        return '<Axes: ' + ', '.join(parts) + '>'
"""#),
    ("matplotlib.figure", #"""
import _flint_plot
import _flint_files
from matplotlib.axes import Axes


class Figure:
    def __init__(self, figsize=None):
        self.axes = []
        self._size = figsize or (6.4, 4.8)

    def add_subplot(self, *args, **kwargs):
        ax = Axes()
        self.axes.append(ax)
        return ax

    def gca(self):
        return self.axes[-1] if self.axes else self.add_subplot()

    def savefig(self, fname, format=None, **kwargs):
        # As matplotlib: the format is the file's extension, or png when it has none.
        name = str(fname)
        base = name.split('/')[-1]
        extension = base.split('.')[-1].lower() if '.' in base else None
        if format is None:
            format = extension or 'png'
            if extension is None:
                name = name + '.png'
        format = format.lower()
        axes = [ax._data() for ax in self.axes]
        if format == 'svg':
            _flint_files.write_text(name, _flint_plot.render_svg(axes))
        elif format == 'png':
            _flint_plot.save_png(axes, name)
        else:
            raise ValueError("Format '%s' is not supported (supported formats: png, svg)" % format)

    def text(self):
        return _flint_plot.render_text([ax._data() for ax in self.axes])

    def __repr__(self):
        count = len(self.axes)
        return '<Figure size %dx%d with %d Axes>' % (int(self._size[0] * 100), int(self._size[1] * 100), count)
"""#),
    ("matplotlib.pyplot", #"""
import _flint_terminal
from matplotlib.figure import Figure

_figures = []


def figure(figsize=None, **kwargs):
    fig = Figure(figsize)
    _figures.append(fig)
    return fig


def gcf():
    return _figures[-1] if _figures else figure()


def gca():
    return gcf().gca()


def subplots(nrows=1, ncols=1, figsize=None, **kwargs):
    fig = figure(figsize)
    axes = [fig.add_subplot() for _ in range(nrows * ncols)]
    return fig, axes[0] if len(axes) == 1 else axes


def plot(*args, **kwargs):
    return gca().plot(*args, **kwargs)


def title(label, **kwargs):
    return gca().set_title(label)


def xlabel(label, **kwargs):
    return gca().set_xlabel(label)


def ylabel(label, **kwargs):
    return gca().set_ylabel(label)


def legend(*args, **kwargs):
    return gca().legend(*args, **kwargs)


def grid(visible=None, **kwargs):
    return None


def xlim(*args, **kwargs):
    return None


def ylim(*args, **kwargs):
    return None


def savefig(fname, **kwargs):
    gcf().savefig(fname, **kwargs)


def show(*args, **kwargs):
    if _flint_terminal.is_terminal(1):
        for fig in _figures:
            if fig.axes:
                print(fig.text(), end='')
    close('all')


def close(fig=None):
    if fig is None and _figures:
        _figures.pop()
    elif fig == 'all' or fig is None:
        _figures.clear()
    elif fig in _figures:
        _figures.remove(fig)


def clf():
    fig = gcf()
    fig.axes = []


def _flush_figures():
    # What Jupyter's inline backend does after a cell: show each open figure, then close it.
    shown = [(repr(fig), fig.text() if fig.axes else '') for fig in _figures]
    _figures.clear()
    return shown
"""#),
]

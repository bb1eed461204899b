/// `graphviz`, the part torchviz uses: `Digraph` with `node`, `edge`, `attr`, `source` and
/// `save`, writing DOT text as the graphviz package does (attributes sorted, identifiers
/// quoted only when DOT needs it). `render` would run Graphviz's `dot` program, and the
/// language runs no host programs, so it says to use `save`.
let graphvizQuotingSource = #"""
_KEYWORDS = {'node', 'edge', 'graph', 'digraph', 'subgraph', 'strict'}
_DIGITS = '0123456789'
_LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_'


def _is_number(text):
    if text.startswith('-'):
        text = text[1:]
    if text.startswith('.'):
        return len(text) > 1 and all(c in _DIGITS for c in text[1:])
    whole, point, fraction = text.partition('.')
    return len(whole) > 0 and all(c in _DIGITS for c in whole) and all(c in _DIGITS for c in fraction)


def _is_id(text):
    if text and text[0] in _LETTERS:
        return all(c in _LETTERS or c in _DIGITS for c in text)
    return _is_number(text)


def _escape_quotes(text):
    out = []
    backslashes = 0
    for c in text:
        if c == '"' and backslashes % 2 == 0:
            out.append('\\')
        backslashes = backslashes + 1 if c == '\\' else 0
        out.append(c)
    return ''.join(out)


def quote(identifier):
    text = str(identifier)
    if text.startswith('<') and text.endswith('>'):
        return text
    if _is_id(text) and text.lower() not in _KEYWORDS:
        return text
    return '"' + _escape_quotes(text) + '"'
"""#

let graphvizGraphsSource = #"""
import _flint_files
from graphviz.quoting import quote


def _attr_list(label=None, attributes=None):
    items = []
    if label is not None:
        items.append('label=' + quote(label))
    if attributes:
        for key in sorted(attributes):
            if attributes[key] is not None:
                items.append(quote(key) + '=' + quote(attributes[key]))
    return ' [' + ' '.join(items) + ']' if items else ''


class Digraph:
    _keyword = 'digraph'
    _arrow = '->'

    def __init__(self, name=None, comment=None, filename=None, directory='', format=None,
                 engine=None, encoding='utf-8', graph_attr=None, node_attr=None, edge_attr=None,
                 body=None, strict=False):
        self.name = name
        self.comment = comment
        self.filename = filename if filename is not None else (name or type(self).__name__) + '.gv'
        self.directory = directory
        self.format = format
        self.engine = engine
        self.encoding = encoding
        self.graph_attr = dict(graph_attr or {})
        self.node_attr = dict(node_attr or {})
        self.edge_attr = dict(edge_attr or {})
        self.body = list(body or [])
        self.strict = strict

    def node(self, name, label=None, _attributes=None, **attrs):
        self.body.append('\t' + quote(name) + _attr_list(label, attrs) + '\n')

    def edge(self, tail_name, head_name, label=None, _attributes=None, **attrs):
        self.body.append('\t' + quote(tail_name) + ' ' + self._arrow + ' ' + quote(head_name)
                         + _attr_list(label, attrs) + '\n')

    def attr(self, kw=None, _attributes=None, **attrs):
        if kw is None:
            self.body.append('\t' + _attr_list(None, attrs).strip() + '\n')
        else:
            self.body.append('\t' + kw + _attr_list(None, attrs) + '\n')

    @property
    def source(self):
        lines = []
        if self.comment:
            lines.append('// ' + self.comment + '\n')
        head = ('strict ' if self.strict else '') + self._keyword
        lines.append(head + (' ' + quote(self.name) if self.name else '') + ' {\n')
        for kind, attributes in (('graph', self.graph_attr), ('node', self.node_attr), ('edge', self.edge_attr)):
            if attributes:
                lines.append('\t' + kind + _attr_list(None, attributes) + '\n')
        lines.extend(self.body)
        lines.append('}\n')
        return ''.join(lines)

    def __str__(self):
        return self.source

    @property
    def filepath(self):
        if self.directory:
            return self.directory.rstrip('/') + '/' + self.filename
        return self.filename

    def save(self, filename=None, directory=None, skip_existing=False):
        if filename is not None:
            self.filename = filename
        if directory is not None:
            self.directory = directory
        if not (skip_existing and _flint_files.exists(self.filepath)):
            _flint_files.write_text(self.filepath, self.source)
        return self.filepath

    def render(self, *args, **kwargs):
        raise RuntimeError('render() needs the Graphviz dot program, which Flint does not run; '
                           'save() the DOT file and run dot yourself')


class Graph(Digraph):
    _keyword = 'graph'
    _arrow = '--'
"""#

let graphvizSource = """
from graphviz.graphs import Digraph, Graph
"""

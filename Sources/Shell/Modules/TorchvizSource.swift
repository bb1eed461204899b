/// `torchviz.make_dot`: the autograd graph behind a tensor as a graphviz `Digraph`, node for
/// node and edge for edge as torchviz 0.0.3 builds it (grad_fn boxes by class name,
/// AccumulateGrad's parameters in light blue with their sizes and names from `params`, the
/// output in green), through PyTorch's Python-side autograd API only.
let torchvizSource = #"""
from graphviz import Digraph

_SAVED = '_saved_'


def _size_text(size):
    return '(' + ', '.join(['%d' % v for v in size]) + ')'


def _function_label(fn, show_attrs, max_attr_chars):
    name = type(fn).__name__
    if not show_attrs:
        return name
    attrs = {}
    for attr in dir(fn):
        if attr.startswith(_SAVED):
            value = getattr(fn, attr)
            attrs[attr[len(_SAVED):]] = '[saved tensor]' if hasattr(value, 'grad_fn') else str(value)
    if not attrs:
        return name
    width = max(max_attr_chars, 3)
    key_width = max(len(k) for k in attrs)
    value_width = min(max(len(v) for v in attrs.values()), width)
    rule = '-' * max(key_width + value_width + 2, len(name))
    rows = []
    for key, value in attrs.items():
        if len(value) > value_width:
            value = value[:value_width - 3] + '...'
        rows.append(key.ljust(key_width) + ': ' + value.rjust(value_width))
    return name + '\n' + rule + '\n' + '\n'.join(rows)


def make_dot(var, params=None, show_attrs=False, show_saved=False, max_attr_chars=50):
    names = {id(v): k for k, v in params.items()} if params is not None else {}
    dot = Digraph(node_attr=dict(style='filled', shape='box', align='left', fontsize='10',
                                 ranksep='0.1', height='0.2', fontname='monospace'),
                  graph_attr=dict(size='12,12'))
    seen = set()

    def tensor_label(tensor, name=None):
        if not name:
            name = names.get(id(tensor), '')
        return '%s\n %s' % (name, _size_text(tensor.size()))

    def add_function(fn):
        if fn in seen:
            return
        seen.add(fn)
        if show_saved:
            for attr in dir(fn):
                if attr.startswith(_SAVED):
                    value = getattr(fn, attr)
                    if hasattr(value, 'grad_fn'):
                        dot.edge(str(id(fn)), str(id(value)), dir='none')
                        dot.node(str(id(value)), tensor_label(value, attr[len(_SAVED):]), fillcolor='orange')
        if hasattr(fn, 'variable'):
            leaf = fn.variable
            seen.add(leaf)
            dot.node(str(id(leaf)), tensor_label(leaf), fillcolor='lightblue')
            dot.edge(str(id(leaf)), str(id(fn)))
        dot.node(str(id(fn)), _function_label(fn, show_attrs, max_attr_chars))
        for next_fn, _ in getattr(fn, 'next_functions', ()):
            if next_fn is not None:
                dot.edge(str(id(next_fn)), str(id(fn)))
                add_function(next_fn)
        for saved in getattr(fn, 'saved_tensors', ()):
            seen.add(saved)
            dot.edge(str(id(saved)), str(id(fn)), dir='none')
            dot.node(str(id(saved)), tensor_label(saved), fillcolor='orange')

    def add_tensor(tensor, colour='darkolivegreen1'):
        if tensor in seen:
            return
        seen.add(tensor)
        dot.node(str(id(tensor)), tensor_label(tensor), fillcolor=colour)
        if tensor.grad_fn:
            add_function(tensor.grad_fn)
            dot.edge(str(id(tensor.grad_fn)), str(id(tensor)))
        is_view = getattr(tensor, '_is_view', None)
        if is_view is not None and is_view():
            add_tensor(tensor._base, colour='darkolivegreen3')
            dot.edge(str(id(tensor._base)), str(id(tensor)), style='dotted')

    if isinstance(var, tuple):
        for v in var:
            add_tensor(v)
    else:
        add_tensor(var)
    size = max(12, len(dot.body) * 0.15)
    dot.graph_attr['size'] = str(size) + ',' + str(size)
    return dot
"""#

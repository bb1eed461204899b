// The json module (dumps/loads and dump/load on objects with write/read), written in Python for
// Flint: the same text and the same error messages as CPython's json.

let jsonModuleSource = #"""
"""JSON encoding and decoding, as CPython's json module does them."""


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        super().__init__('%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _quote(s, ensure_ascii):
    out = ['"']
    for ch in s:
        code = ord(ch)
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif code < 0x20 or (ensure_ascii and code > 0x7e):
            if code > 0xffff:
                code -= 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append('\\u%04x' % code)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


def _float(o, allow_nan):
    if o != o:
        text = 'NaN'
    elif o == float('inf'):
        text = 'Infinity'
    elif o == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant')
    return text


class _Encoder:
    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.allow_nan = allow_nan
        self.check_circular = check_circular
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is None:
            separators = (', ', ': ') if indent is None else (',', ': ')
        self.item_separator, self.key_separator = separators
        self.default = default
        self.sort_keys = sort_keys
        self.active = set()

    def fail(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o, level):
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, str):
            return _quote(o, self.ensure_ascii)
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return _float(o, self.allow_nan)
        if isinstance(o, (list, tuple, dict)):
            marker = id(o)
            if self.check_circular:
                if marker in self.active:
                    raise ValueError('Circular reference detected')
                self.active.add(marker)
            text = self.encode_dict(o, level) if isinstance(o, dict) else self.encode_list(o, level)
            self.active.discard(marker)
            return text
        if self.default is None:
            self.fail(o)
        return self.encode(self.default(o), level)

    def joined(self, parts, level, opening, closing):
        if not parts:
            return opening + closing
        if self.indent is None:
            return opening + self.item_separator.join(parts) + closing
        inner = '\n' + self.indent * (level + 1)
        return opening + inner + (self.item_separator + inner).join(parts) + '\n' + self.indent * level + closing

    def encode_list(self, o, level):
        return self.joined([self.encode(v, level + 1) for v in o], level, '[', ']')

    def encode_dict(self, o, level):
        items = sorted(o.items()) if self.sort_keys else o.items()
        parts = []
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _float(key, self.allow_nan)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            parts.append(_quote(key, self.ensure_ascii) + self.key_separator + self.encode(value, level + 1))
        return self.joined(parts, level, '{', '}')


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = _Encoder(skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys)
    return encoder.encode(obj, 0)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'


class _Decoder:
    def __init__(self, doc, object_hook, parse_float, parse_int, object_pairs_hook):
        self.doc = doc
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int

    def skip(self, pos):
        doc = self.doc
        while pos < len(doc) and doc[pos] in _WHITESPACE:
            pos += 1
        return pos

    def value(self, pos):
        doc = self.doc
        if pos >= len(doc):
            raise JSONDecodeError('Expecting value', doc, pos)
        ch = doc[pos]
        if ch == '"':
            return self.string(pos + 1)
        if ch == '{':
            return self.object(pos + 1)
        if ch == '[':
            return self.array(pos + 1)
        for word, result in (('null', None), ('true', True), ('false', False), ('NaN', float('nan')),
                             ('Infinity', float('inf')), ('-Infinity', float('-inf'))):
            if doc.startswith(word, pos):
                return result, pos + len(word)
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        end = pos
        if end < len(doc) and doc[end] == '-':
            end += 1
        if end < len(doc) and doc[end] == '0':
            end += 1
        elif end < len(doc) and doc[end] in '123456789':
            while end < len(doc) and doc[end] in _DIGITS:
                end += 1
        else:
            raise JSONDecodeError('Expecting value', doc, pos)
        integral = True
        if end + 1 < len(doc) and doc[end] == '.' and doc[end + 1] in _DIGITS:
            integral = False
            end += 1
            while end < len(doc) and doc[end] in _DIGITS:
                end += 1
        if end < len(doc) and doc[end] in 'eE':
            exp = end + 1
            if exp < len(doc) and doc[exp] in '+-':
                exp += 1
            if exp < len(doc) and doc[exp] in _DIGITS:
                integral = False
                end = exp
                while end < len(doc) and doc[end] in _DIGITS:
                    end += 1
        text = doc[pos:end]
        return (self.parse_int(text) if integral else self.parse_float(text)), end

    def string(self, pos):
        doc = self.doc
        start = pos - 1
        chunks = []
        while True:
            if pos >= len(doc):
                raise JSONDecodeError('Unterminated string starting at', doc, start)
            ch = doc[pos]
            if ch == '"':
                return ''.join(chunks), pos + 1
            if ch == '\\':
                pos += 1
                if pos >= len(doc):
                    raise JSONDecodeError('Unterminated string starting at', doc, start)
                esc = doc[pos]
                if esc == 'u':
                    code = self.hex4(pos + 1)
                    pos += 5
                    if 0xd800 <= code <= 0xdbff and doc.startswith('\\u', pos):
                        low = self.hex4(pos + 2)
                        if 0xdc00 <= low <= 0xdfff:
                            code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                            pos += 6
                    chunks.append(chr(code))
                    continue
                simple = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
                if esc not in simple:
                    raise JSONDecodeError('Invalid \\escape', doc, pos - 1)
                chunks.append(simple[esc])
                pos += 1
                continue
            if ord(ch) < 0x20:
                raise JSONDecodeError('Invalid control character at', doc, pos)
            chunks.append(ch)
            pos += 1

    def hex4(self, pos):
        digits = self.doc[pos:pos + 4]
        if len(digits) == 4 and all(c in '0123456789abcdefABCDEF' for c in digits):
            return int(digits, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.doc, pos - 1)

    def array(self, pos):
        doc = self.doc
        items = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == ']':
            return items, pos + 1
        while True:
            value, pos = self.value(self.skip(pos))
            items.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == ']':
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos += 1

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == '}':
            return self.finish(pairs), pos + 1
        while True:
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', doc, pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", doc, pos)
            value, pos = self.value(self.skip(pos + 1))
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == '}':
                return self.finish(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", doc, pos)
            pos += 1

    def finish(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        return result if self.object_hook is None else self.object_hook(result)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    decoder = _Decoder(s, object_hook, parse_float, parse_int, object_pairs_hook)
    value, end = decoder.value(decoder.skip(0))
    end = decoder.skip(end)
    if end != len(s):
        raise JSONDecodeError('Extra data', s, end)
    return value


def load(fp, **kw):
    return loads(fp.read(), **kw)
"""#

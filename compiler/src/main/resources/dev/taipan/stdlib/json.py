"""json for transpiled programs: CPython 3.11's json package (dumps, dump, loads, load,
JSONEncoder, JSONDecoder, JSONDecodeError), with the C accelerator's scanner positions and
messages, written without re."""

_INFINITY = float('inf')


class JSONDecodeError(ValueError):
    __module__ = 'json.decoder'

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)

_WS = ' \t\n\r'
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class _StopScan(Exception):
    def __init__(self, pos):
        self.pos = pos


def _skip_ws(s, idx):
    n = len(s)
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _hex4(s, start, error_pos):
    value = 0
    for i in range(start, start + 4):
        c = s[i]
        if c not in _HEX:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, error_pos)
        value = value * 16 + int(c, 16)
    return value


def _scanstring(s, end, strict):
    """The string whose opening quote is at end - 1: (str, index after the closing quote)."""
    n = len(s)
    begin = end - 1
    chunks = []
    while True:
        nxt = end
        c = ''
        while nxt < n:
            c = s[nxt]
            if c == '"' or c == '\\':
                break
            if strict and c <= '\x1f':
                raise JSONDecodeError('Invalid control character at', s, nxt)
            nxt += 1
        if nxt >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if nxt != end:
            chunks.append(s[end:nxt])
        if c == '"':
            end = nxt + 1
            break
        nxt += 1
        if nxt == n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        c = s[nxt]
        if c != 'u':
            end = nxt + 1
            if c not in _ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, end - 2)
            chunks.append(_ESCAPES[c])
        else:
            nxt += 1
            end = nxt + 4
            if end >= n:
                raise JSONDecodeError('Invalid \\uXXXX escape', s, nxt - 1)
            uni = _hex4(s, nxt, end - 5)
            nxt = end
            if 0xd800 <= uni <= 0xdbff and end + 6 < n and s[nxt] == '\\' and s[nxt + 1] == 'u':
                end += 6
                uni2 = _hex4(s, nxt + 2, end - 5)
                if 0xdc00 <= uni2 <= 0xdfff:
                    uni = 0x10000 + (((uni - 0xd800) << 10) | (uni2 - 0xdc00))
                else:
                    end -= 6
            chunks.append(chr(uni))
    return ''.join(chunks), end


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def scan(self, s, idx):
        n = len(s)
        if idx >= n:
            raise _StopScan(idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, self.strict)
        if c == '{':
            return self._object(s, idx + 1)
        if c == '[':
            return self._array(s, idx + 1)
        if c == 'n' and s[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and s[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and s[idx:idx + 5] == 'false':
            return False, idx + 5
        if c == 'N' and s[idx:idx + 3] == 'NaN':
            return self.parse_constant('NaN'), idx + 3
        if c == 'I' and s[idx:idx + 8] == 'Infinity':
            return self.parse_constant('Infinity'), idx + 8
        if c == '-' and s[idx:idx + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), idx + 9
        return self._number(s, idx)

    def _number(self, s, start):
        n = len(s)
        idx = start
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise _StopScan(start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise _StopScan(start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if idx < n - 1 and (s[idx] == '-' or s[idx] == '+'):
                idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            if '0' <= s[idx - 1] <= '9':
                is_float = True
            else:
                idx = e_start
        text = s[start:idx]
        if is_float:
            return self.parse_float(text), idx
        return self.parse_int(text), idx

    def _object(self, s, idx):
        n = len(s)
        pairs = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, idx)
                key, idx = _scanstring(s, idx + 1, self.strict)
                idx = _skip_ws(s, idx)
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
                value, idx = self.scan(s, idx)
                pairs.append((key, value))
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), idx + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, idx + 1

    def _array(self, s, idx):
        n = len(s)
        values = []
        idx = _skip_ws(s, idx)
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = self.scan(s, idx)
                values.append(value)
                idx = _skip_ws(s, idx)
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx = _skip_ws(s, idx + 1)
        return values, idx + 1


_CONSTANTS = {'-Infinity': float('-inf'), 'Infinity': float('inf'), 'NaN': float('nan')}


class JSONDecoder(object):
    __module__ = 'json.decoder'

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, idx=_skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self).scan(s, idx)
        except _StopScan as err:
            raise JSONDecodeError('Expecting value', s, err.pos) from None


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')
    if (cls is None and object_hook is None and parse_int is None and parse_float is None and
            parse_constant is None and object_pairs_hook is None and not kw):
        # A `.decode(name)` call with a non-literal argument is refused (bytes.decode): look it up by name.
        return getattr(_default_decoder, 'decode')(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return getattr(cls(**kw), 'decode')(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


_ESCAPE_DCT = {'\\': '\\\\', '"': '\\"', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t'}


def _encode_basestring(s):
    out = []
    for c in s:
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif c < ' ':
            out.append('\\u{0:04x}'.format(ord(c)))
        else:
            out.append(c)
    return '"' + ''.join(out) + '"'


def _encode_basestring_ascii(s):
    out = []
    for c in s:
        e = _ESCAPE_DCT.get(c)
        if e is not None:
            out.append(e)
        elif ' ' <= c <= '~':
            out.append(c)
        else:
            n = ord(c)
            if n < 0x10000:
                out.append('\\u{0:04x}'.format(n))
            else:
                n -= 0x10000
                s1 = 0xd800 | ((n >> 10) & 0x3ff)
                s2 = 0xdc00 | (n & 0x3ff)
                out.append('\\u{0:04x}\\u{1:04x}'.format(s1, s2))
    return '"' + ''.join(out) + '"'


class JSONEncoder(object):
    __module__ = 'json.encoder'

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        markers = {} if self.check_circular else None
        _encoder = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
        allow_nan = self.allow_nan

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INFINITY:
                text = 'Infinity'
            elif o == -_INFINITY:
                text = '-Infinity'
            else:
                return float.__repr__(o)
            if not allow_nan:
                raise ValueError('Out of range float values are not JSON compliant')
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _make_iterencode(markers, self.default, _encoder, indent, floatstr, self.key_separator,
                                self.item_separator, self.sort_keys, self.skipkeys, _one_shot)(o, 0)


def _make_iterencode(markers, _default, _encoder, _indent, _floatstr, _key_separator, _item_separator, _sort_keys,
                     _skipkeys, _one_shot):

    def _iterencode_list(lst, _current_indent_level):
        if not lst:
            yield '[]'
            return
        if markers is not None:
            markerid = id(lst)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = lst
        buf = '['
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            separator = _item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = _item_separator
        first = True
        for value in lst:
            if first:
                first = False
            else:
                buf = separator
            if isinstance(value, str):
                yield buf + _encoder(value)
            elif value is None:
                yield buf + 'null'
            elif value is True:
                yield buf + 'true'
            elif value is False:
                yield buf + 'false'
            elif isinstance(value, int):
                yield buf + int.__repr__(value)
            elif isinstance(value, float):
                yield buf + _floatstr(value)
            else:
                yield buf
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield ']'
        if markers is not None:
            del markers[markerid]

    def _iterencode_dict(dct, _current_indent_level):
        if not dct:
            yield '{}'
            return
        if markers is not None:
            markerid = id(dct)
            if markerid in markers:
                raise ValueError('Circular reference detected')
            markers[markerid] = dct
        yield '{'
        if _indent is not None:
            _current_indent_level += 1
            newline_indent = '\n' + _indent * _current_indent_level
            item_separator = _item_separator + newline_indent
            yield newline_indent
        else:
            newline_indent = None
            item_separator = _item_separator
        first = True
        if _sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = _floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif _skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')
            if first:
                first = False
            else:
                yield item_separator
            yield _encoder(key)
            yield _key_separator
            if isinstance(value, str):
                yield _encoder(value)
            elif value is None:
                yield 'null'
            elif value is True:
                yield 'true'
            elif value is False:
                yield 'false'
            elif isinstance(value, int):
                yield int.__repr__(value)
            elif isinstance(value, float):
                yield _floatstr(value)
            else:
                if isinstance(value, (list, tuple)):
                    chunks = _iterencode_list(value, _current_indent_level)
                elif isinstance(value, dict):
                    chunks = _iterencode_dict(value, _current_indent_level)
                else:
                    chunks = _iterencode(value, _current_indent_level)
                yield from chunks
        if newline_indent is not None:
            _current_indent_level -= 1
            yield '\n' + _indent * _current_indent_level
        yield '}'
        if markers is not None:
            del markers[markerid]

    def _iterencode(o, _current_indent_level):
        if isinstance(o, str):
            yield _encoder(o)
        elif o is None:
            yield 'null'
        elif o is True:
            yield 'true'
        elif o is False:
            yield 'false'
        elif isinstance(o, int):
            yield int.__repr__(o)
        elif isinstance(o, float):
            yield _floatstr(o)
        elif isinstance(o, (list, tuple)):
            yield from _iterencode_list(o, _current_indent_level)
        elif isinstance(o, dict):
            yield from _iterencode_dict(o, _current_indent_level)
        else:
            if markers is not None:
                markerid = id(o)
                if markerid in markers:
                    raise ValueError('Circular reference detected')
                markers[markerid] = o
            o = _default(o)
            yield from _iterencode(o, _current_indent_level)
            if markers is not None:
                del markers[markerid]

    return _iterencode


def _encode(encoder, obj):
    # The transpiler refuses the attribute name `encode` (str.encode makes bytes): look it up by name.
    return getattr(encoder, 'encode')(obj)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None and indent is None and
            separators is None and default is None and not sort_keys and not kw):
        return _encode(_default_encoder, obj)
    if cls is None:
        cls = JSONEncoder
    return _encode(cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw), obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
         separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    iterable = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
                   indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).iterencode(obj)
    for chunk in iterable:
        fp.write(chunk)


_default_encoder = JSONEncoder()
_default_decoder = JSONDecoder()

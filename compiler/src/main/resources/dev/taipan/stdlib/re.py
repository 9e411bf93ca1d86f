# The re module for str patterns, exact to CPython 3.11: the functions, Pattern and Match with
# their reprs and messages, RegexFlag values with their reprs, the compile cache. Parsing is in
# _re_parser, matching in _re_matcher. Bytes patterns are not supported (see docs/stdlib.md).

from _re_parser import (error, parse, parse_template, SRE_FLAG_TEMPLATE, SRE_FLAG_IGNORECASE,
                        SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL, SRE_FLAG_UNICODE,
                        SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG, SRE_FLAG_ASCII)
from _re_matcher import Program
import enum


class RegexFlag(enum.IntFlag):
    # CPython's @enum.global_enum @enum._simple_enum(enum.IntFlag, boundary=enum.KEEP) class.
    NOFLAG = 0
    ASCII = A = SRE_FLAG_ASCII
    IGNORECASE = I = SRE_FLAG_IGNORECASE
    LOCALE = L = SRE_FLAG_LOCALE
    UNICODE = U = SRE_FLAG_UNICODE
    MULTILINE = M = SRE_FLAG_MULTILINE
    DOTALL = S = SRE_FLAG_DOTALL
    VERBOSE = X = SRE_FLAG_VERBOSE
    TEMPLATE = T = SRE_FLAG_TEMPLATE
    DEBUG = SRE_FLAG_DEBUG
    __str__ = object.__str__
    _numeric_repr_ = hex

    def __repr__(self):
        # enum.global_flag_repr: module.flag_name instead of class.flag_name
        if self._name_ is None:
            return "re.RegexFlag(%r)" % (self._value_, )
        value = self._value_
        if value and not value & (value - 1):
            return 're.%s' % (self._name_, )
        name = []
        for n in self._name_.split('|'):
            if n[0].isdigit():
                name.append(n)
            else:
                name.append('re.%s' % (n, ))
        return '|'.join(name)


NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG

_REPR_FLAGS = (
    ("re.TEMPLATE", SRE_FLAG_TEMPLATE),
    ("re.IGNORECASE", SRE_FLAG_IGNORECASE),
    ("re.LOCALE", SRE_FLAG_LOCALE),
    ("re.MULTILINE", SRE_FLAG_MULTILINE),
    ("re.DOTALL", SRE_FLAG_DOTALL),
    ("re.UNICODE", SRE_FLAG_UNICODE),
    ("re.VERBOSE", SRE_FLAG_VERBOSE),
    ("re.DEBUG", SRE_FLAG_DEBUG),
    ("re.ASCII", SRE_FLAG_ASCII),
)

_MAXSIZE = 9223372036854775807


def _check_string(string):
    if isinstance(string, str):
        return list(string)
    if isinstance(string, bytes):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


def _bounds(length, pos, endpos):
    if pos < 0:
        pos = 0
    elif pos > length:
        pos = length
    if endpos < 0:
        endpos = 0
    elif endpos > length:
        endpos = length
    return pos, endpos


def _index(value, name):
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return int(value)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is Ellipsis:
        return '...'
    return repr(obj)


class GenericAlias:
    # what Pattern[str] and Match[str] give, so that such annotations evaluate as in CPython
    __module__ = 'types'

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        return '%s[%s]' % (_type_repr(self.__origin__),
                           ', '.join([_type_repr(a) for a in self.__args__]))

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)


class Pattern:
    __module__ = 're'

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self, pattern, flags, tree):
        self.pattern = pattern
        self.flags = flags
        self.groups = len(tree.state.groupwidths) - 1
        self.groupindex = dict(tree.state.groupdict)
        self._program = Program(tree, flags, self.groups)

    def __repr__(self):
        text = repr(self.pattern)[:200]
        flags = self.flags
        if flags & (SRE_FLAG_LOCALE | SRE_FLAG_UNICODE | SRE_FLAG_ASCII) == SRE_FLAG_UNICODE:
            flags &= ~SRE_FLAG_UNICODE
        if not flags:
            return 're.compile(%s)' % text
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append('0x%x' % flags)
        return 're.compile(%s, %s)' % (text, '|'.join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def _run(self, string, pos, endpos, mode):
        chars = _check_string(string)
        pos, endpos = _bounds(len(chars), _index(pos, 'pos'), _index(endpos, 'endpos'))
        if mode == 2:
            found = self._program.search(chars, pos, endpos, False)
        else:
            found = self._program.run(chars, pos, endpos, mode == 1, False)
        if found is None:
            return None
        return Match(self, string, pos, endpos, found[0], found[1])

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _iterate(self, string, pos, endpos, limit):
        # successive non-overlapping matches, with the empty-match rule of 3.7+
        chars = _check_string(string)
        pos, endpos = _bounds(len(chars), _index(pos, 'pos'), _index(endpos, 'endpos'))
        must_advance = False
        count = 0
        while pos <= endpos and (limit == 0 or count < limit):
            found = self._program.search(chars, pos, endpos, must_advance)
            if found is None:
                return
            marks = found[0]
            yield Match(self, string, pos, endpos, marks, found[1])
            count += 1
            must_advance = marks[1] == marks[0]
            pos = marks[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        return self._iterate(string, pos, endpos, 0)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        out = []
        for m in self._iterate(string, pos, endpos, 0):
            if self.groups == 0:
                out.append(m.group(0))
            elif self.groups == 1:
                out.append(m.group(1) or '')
            else:
                out.append(tuple([g or '' for g in m.groups()]))
        return out

    def split(self, string, maxsplit=0):
        maxsplit = _index(maxsplit, 'maxsplit')
        if maxsplit < 0:
            _check_string(string)
            return [string]
        out = []
        last = 0
        for m in self._iterate(string, 0, _MAXSIZE, maxsplit):
            out.append(string[last:m.start()])
            out.extend(m.groups())
            last = m.end()
        out.append(string[last:])
        return out

    def _template(self, repl):
        if callable(repl):
            return repl
        if not isinstance(repl, str):
            if isinstance(repl, bytes):
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        if '\\' not in repl:
            return repl
        parts = parse_template(repl, self.groupindex, self.groups)
        if len(parts) == 1 and isinstance(parts[0], str):
            return parts[0]
        if not parts:
            return ''
        return parts

    def subn(self, repl, string, count=0):
        count = _index(count, 'count')
        template = self._template(repl)
        pieces = []
        last = 0
        n = 0
        if count >= 0:
            for m in self._iterate(string, 0, _MAXSIZE, count):
                if last < m.start():
                    pieces.append(string[last:m.start()])
                if isinstance(template, str):
                    pieces.append(template)
                elif isinstance(template, list):
                    pieces.append(_expand(template, m))
                else:
                    item = template(m)
                    if item is not None:
                        pieces.append(item)
                last = m.end()
                n += 1
        else:
            _check_string(string)
        if last < len(string):
            pieces.append(string[last:])
        for k in range(len(pieces)):
            if not isinstance(pieces[k], str):
                raise TypeError("sequence item %d: expected str instance, %s found"
                                % (k, type(pieces[k]).__name__))
        return (''.join(pieces), n)

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]


def _expand(parts, match):
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(part)
        else:
            value = match.group(part)
            if value:
                out.append(value)
    return ''.join(out)


class Match:
    __module__ = 're'

    def __class_getitem__(cls, item):
        return GenericAlias(cls, item)

    def __init__(self, pattern, string, pos, endpos, marks, lastindex):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._marks = marks
        self.lastindex = lastindex

    @property
    def lastgroup(self):
        if self.lastindex is None:
            return None
        for name, index in self.re.groupindex.items():
            if index == self.lastindex:
                return name
        return None

    @property
    def regs(self):
        return tuple([(self._marks[2 * g], self._marks[2 * g + 1])
                      for g in range(self.re.groups + 1)])

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%s>' % (
            self._marks[0], self._marks[1], repr(self.group(0))[:50])

    def __bool__(self):
        return True

    def _group_index(self, index):
        if isinstance(index, int):
            i = int(index)
        else:
            i = -1
            found = self.re.groupindex.get(index)
            if isinstance(found, int):
                i = found
        if i < 0 or i > self.re.groups:
            raise IndexError("no such group")
        return i

    def _get(self, i, default):
        start = self._marks[2 * i]
        end = self._marks[2 * i + 1]
        if start < 0:
            return default
        return self.string[start:end]

    def group(self, *indices):
        if not indices:
            return self._get(0, None)
        if len(indices) == 1:
            return self._get(self._group_index(indices[0]), None)
        return tuple([self._get(self._group_index(i), None) for i in indices])

    def __getitem__(self, index):
        return self._get(self._group_index(index), None)

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self.re.groups + 1)])

    def groupdict(self, default=None):
        out = {}
        for name, index in self.re.groupindex.items():
            out[name] = self._get(index, default)
        return out

    def start(self, group=0):
        return self._marks[2 * self._group_index(group)]

    def end(self, group=0):
        return self._marks[2 * self._group_index(group) + 1]

    def span(self, group=0):
        i = self._group_index(group)
        return (self._marks[2 * i], self._marks[2 * i + 1])

    def expand(self, template):
        parts = parse_template(template, self.re.groupindex, self.re.groups)
        return _expand(parts, self)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    key = (type(pattern), pattern, flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if key in _cache:
        return _cache[key]
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("bytes patterns are not supported by this runtime")
        raise TypeError("first argument must be string or compiled pattern")
    tree = parse(pattern, flags)
    p = Pattern(pattern, tree.state.flags, tree)
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def purge():
    _cache.clear()


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'


def escape(pattern):
    if not isinstance(pattern, str):
        if isinstance(pattern, bytes):
            raise NotImplementedError("bytes patterns are not supported by this runtime")
        raise TypeError("decoding to str: need a bytes-like object, %s found"
                        % type(pattern).__name__)
    out = []
    for ch in pattern:
        if ch in _SPECIAL:
            out.append('\\' + ch)
        else:
            out.append(ch)
    return ''.join(out)

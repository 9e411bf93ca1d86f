# The regular-expression parser of the re module: sre_parse's grammar, checks, error messages and
# error positions (CPython 3.11), producing a tree of (op, argument) tuples that _re_matcher runs.
# Written for Taipan; the warnings CPython emits for possible future set syntax are not emitted.

MAXREPEAT = 4294967295
MAXGROUPS = 1073741823
MAXWIDTH = 1 << 64

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"
DIGITS = "0123456789"
OCTDIGITS = "01234567"
HEXDIGITS = "0123456789abcdefABCDEF"
ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
WHITESPACE = " \t\n\r\v\f"

ESCAPES = {
    "\\a": ("LITERAL", 7),
    "\\b": ("LITERAL", 8),
    "\\f": ("LITERAL", 12),
    "\\n": ("LITERAL", 10),
    "\\r": ("LITERAL", 13),
    "\\t": ("LITERAL", 9),
    "\\v": ("LITERAL", 11),
    "\\\\": ("LITERAL", 92),
}

CATEGORIES = {
    "\\A": ("AT", "BEGINNING_STRING"),
    "\\b": ("AT", "BOUNDARY"),
    "\\B": ("AT", "NON_BOUNDARY"),
    "\\d": ("IN", [("CATEGORY", "DIGIT")]),
    "\\D": ("IN", [("CATEGORY", "NOT_DIGIT")]),
    "\\s": ("IN", [("CATEGORY", "SPACE")]),
    "\\S": ("IN", [("CATEGORY", "NOT_SPACE")]),
    "\\w": ("IN", [("CATEGORY", "WORD")]),
    "\\W": ("IN", [("CATEGORY", "NOT_WORD")]),
    "\\Z": ("AT", "END_STRING"),
}

FLAGS = {
    "i": SRE_FLAG_IGNORECASE,
    "L": SRE_FLAG_LOCALE,
    "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL,
    "x": SRE_FLAG_VERBOSE,
    "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE,
    "u": SRE_FLAG_UNICODE,
}

TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE

REPEAT_OPS = ("MIN_REPEAT", "MAX_REPEAT", "POSSESSIVE_REPEAT")
UNIT_OPS = ("ANY", "IN", "LITERAL", "NOT_LITERAL")


class error(Exception):
    __module__ = 're'

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


class State:
    def __init__(self):
        self.flags = 0
        self.groupdict = {}
        self.groupwidths = [None]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name=None):
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if len(self.groupwidths) > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name, None)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error('cannot refer to an open group')
            if gid >= self.lookbehindgroups:
                raise source.error('cannot refer to group defined in the same '
                                   'lookbehind subpattern')


class SubPattern:
    def __init__(self, state, data=None):
        self.state = state
        if data is None:
            data = []
        self.data = data
        self.width = None

    def getwidth(self):
        if self.width is not None:
            return self.width
        lo = hi = 0
        for op, av in self.data:
            if op == "BRANCH":
                i = MAXWIDTH
                j = 0
                for alt in av:
                    l, h = alt.getwidth()
                    i = min(i, l)
                    j = max(j, h)
                lo = lo + i
                hi = hi + j
            elif op == "ATOMIC_GROUP":
                i, j = av.getwidth()
                lo = lo + i
                hi = hi + j
            elif op == "SUBPATTERN":
                i, j = av[3].getwidth()
                lo = lo + i
                hi = hi + j
            elif op in REPEAT_OPS:
                i, j = av[2].getwidth()
                lo = lo + i * av[0]
                if av[1] == MAXREPEAT and j:
                    hi = MAXWIDTH
                else:
                    hi = hi + j * av[1]
            elif op in UNIT_OPS:
                lo = lo + 1
                hi = hi + 1
            elif op == "GROUPREF":
                i, j = self.state.groupwidths[av]
                lo = lo + i
                hi = hi + j
            elif op == "GROUPREF_EXISTS":
                i, j = av[1].getwidth()
                if av[2] is not None:
                    l, h = av[2].getwidth()
                    i = min(i, l)
                    j = max(j, h)
                else:
                    i = 0
                lo = lo + i
                hi = hi + j
        self.width = (min(lo, MAXWIDTH), min(hi, MAXWIDTH))
        return self.width


class Tokenizer:
    def __init__(self, string):
        self.string = string
        self.chars = list(string)
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.chars):
            self.next = None
            return
        char = self.chars[index]
        if char == "\\":
            index += 1
            if index >= len(self.chars):
                raise error("bad escape (end of pattern)", self.string, len(self.chars) - 1)
            char += self.chars[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ''
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ''
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or '')

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        return error(msg, self.string, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


def _in(chars, charset):
    return chars is not None and len(chars) == 1 and chars in charset


def _numeric_escape(source, escape, c):
    # \x, \u, \U escapes shared by both contexts; None when c is not one of them
    if c == "x":
        escape += source.getwhile(2, HEXDIGITS)
        if len(escape) != 4:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("LITERAL", int(escape[2:], 16))
    if c == "u":
        escape += source.getwhile(4, HEXDIGITS)
        if len(escape) != 6:
            raise source.error("incomplete escape %s" % escape, len(escape))
        return ("LITERAL", int(escape[2:], 16))
    if c == "U":
        escape += source.getwhile(8, HEXDIGITS)
        if len(escape) != 10:
            raise source.error("incomplete escape %s" % escape, len(escape))
        code = int(escape[2:], 16)
        if code > 0x10ffff:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("LITERAL", code)
    if c == "N":
        if not source.match('{'):
            raise source.error("missing {")
        source.getuntil('}', 'character name')
        # looking the name up needs the Unicode name database, which the runtime does not carry
        raise NotImplementedError("\\N{...} escapes are not supported by this runtime")
    return None


def _class_escape(source, escape):
    code = ESCAPES.get(escape)
    if code:
        return code
    code = CATEGORIES.get(escape)
    if code and code[0] == "IN":
        return code
    c = escape[1:2]
    code = _numeric_escape(source, escape, c)
    if code is not None:
        return code
    if c in OCTDIGITS:
        escape += source.getwhile(2, OCTDIGITS)
        value = int(escape[1:], 8)
        if value > 0o377:
            raise source.error('octal escape value %s outside of range 0-0o377' % escape,
                               len(escape))
        return ("LITERAL", value)
    if c not in DIGITS and len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error('bad escape %s' % escape, len(escape))
        return ("LITERAL", ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _escape(source, escape, state):
    code = CATEGORIES.get(escape)
    if code:
        return code
    code = ESCAPES.get(escape)
    if code:
        return code
    c = escape[1:2]
    code = _numeric_escape(source, escape, c)
    if code is not None:
        return code
    if c == "0":
        escape += source.getwhile(2, OCTDIGITS)
        return ("LITERAL", int(escape[1:], 8))
    if c in DIGITS:
        if _in(source.next, DIGITS):
            escape += source.get()
            if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                    _in(source.next, OCTDIGITS)):
                escape += source.get()
                value = int(escape[1:], 8)
                if value > 0o377:
                    raise source.error('octal escape value %s outside of range 0-0o377'
                                       % escape, len(escape))
                return ("LITERAL", value)
        group = int(escape[1:])
        if group < state.groups():
            if not state.checkgroup(group):
                raise source.error("cannot refer to an open group", len(escape))
            state.checklookbehindgroup(group, source)
            return ("GROUPREF", group)
        raise source.error("invalid group reference %d" % group, len(escape) - 1)
    if len(escape) == 2:
        if c in ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return ("LITERAL", ord(escape[1]))
    raise source.error("bad escape %s" % escape, len(escape))


def _parse_sub(source, state, verbose, nested):
    items = []
    while True:
        items.append(_parse(source, state, verbose, nested + 1, not nested and not items))
        if not source.match("|"):
            break
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE
    if len(items) == 1:
        return items[0]
    # like sre_parse, alternatives that are all single characters become one character set
    charset = []
    for item in items:
        if len(item.data) != 1:
            charset = None
            break
        op, av = item.data[0]
        if op == "LITERAL":
            charset.append((op, av))
        elif op == "IN" and av[0][0] != "NEGATE":
            charset.extend(av)
        else:
            charset = None
            break
    if charset is not None:
        unique = []
        for code in charset:
            if code not in unique:
                unique.append(code)
        return SubPattern(state, [("IN", unique)])
    return SubPattern(state, [("BRANCH", items)])


def _parse_set(source, subpattern):
    here = source.tell() - 1
    items = []
    negate = source.match("^")
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and items:
            break
        elif this[0] == "\\":
            code1 = _class_escape(source, this)
        else:
            code1 = ("LITERAL", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                if code1[0] == "IN":
                    code1 = code1[1][0]
                items.append(code1)
                items.append(("LITERAL", ord("-")))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that)
            else:
                code2 = ("LITERAL", ord(that))
            if code1[0] != "LITERAL" or code2[0] != "LITERAL":
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            lo = code1[1]
            hi = code2[1]
            if hi < lo:
                raise source.error("bad character range %s-%s" % (this, that),
                                   len(this) + 1 + len(that))
            items.append(("RANGE", (lo, hi)))
        else:
            if code1[0] == "IN":
                code1 = code1[1][0]
            items.append(code1)
    unique = []
    for item in items:
        if item not in unique:
            unique.append(item)
    if len(unique) == 1 and unique[0][0] == "LITERAL":
        if negate:
            subpattern.data.append(("NOT_LITERAL", unique[0][1]))
        else:
            subpattern.data.append(unique[0])
    else:
        if negate:
            unique.insert(0, ("NEGATE", None))
        subpattern.data.append(("IN", unique))


def _parse_repeat(source, subpattern, this):
    # returns False when '{' turned out to be a literal
    here = source.tell()
    if this == "?":
        lo, hi = 0, 1
    elif this == "*":
        lo, hi = 0, MAXREPEAT
    elif this == "+":
        lo, hi = 1, MAXREPEAT
    else:
        if source.next == "}":
            subpattern.data.append(("LITERAL", ord(this)))
            return
        lo, hi = 0, MAXREPEAT
        los = his = ""
        while _in(source.next, DIGITS):
            los += source.get()
        if source.match(","):
            while _in(source.next, DIGITS):
                his += source.get()
        else:
            his = los
        if not source.match("}"):
            subpattern.data.append(("LITERAL", ord(this)))
            source.seek(here)
            return
        if los:
            lo = int(los)
            if lo >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
        if his:
            hi = int(his)
            if hi >= MAXREPEAT:
                raise OverflowError("the repetition number is too large")
            if hi < lo:
                raise source.error("min repeat greater than max repeat", source.tell() - here)
    item = subpattern.data[-1:]
    if not item or item[0][0] == "AT":
        raise source.error("nothing to repeat", source.tell() - here + len(this))
    if item[0][0] in REPEAT_OPS:
        raise source.error("multiple repeat", source.tell() - here + len(this))
    item = SubPattern(subpattern.state, item)
    if item.data[0][0] == "SUBPATTERN":
        group, add_flags, del_flags, p = item.data[0][1]
        if group is None and not add_flags and not del_flags:
            item = p
    if source.match("?"):
        subpattern.data[-1] = ("MIN_REPEAT", (lo, hi, item))
    elif source.match("+"):
        subpattern.data[-1] = ("POSSESSIVE_REPEAT", (lo, hi, item))
    else:
        subpattern.data[-1] = ("MAX_REPEAT", (lo, hi, item))


def _parse_conditional(source, state, verbose, nested, start):
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.checkgroupname(condname, 1)
        condgroup = state.groupdict.get(condname)
        if condgroup is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        condgroup = -1
        if condname.isdecimal() and condname.isascii():
            condgroup = int(condname)
        if condgroup < 0:
            raise source.error("bad character in group name %r" % condname, len(condname) + 1)
        if not condgroup:
            raise source.error("bad group number", len(condname) + 1)
        if condgroup >= MAXGROUPS:
            raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
        if condgroup not in state.grouprefpos:
            state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
    state.checklookbehindgroup(condgroup, source)
    item_yes = _parse(source, state, verbose, nested + 1)
    if source.match("|"):
        item_no = _parse(source, state, verbose, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
    else:
        item_no = None
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return ("GROUPREF_EXISTS", (condgroup, item_yes, item_no))


def _parse_group(source, state, verbose, nested, first, subpattern):
    # after '('; returns the verbose flag for the rest of the sequence
    start = source.tell() - 1
    capture = True
    atomic = False
    name = None
    add_flags = 0
    del_flags = 0
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupdict.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                subpattern.data.append(("GROUPREF", gid))
                return verbose
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment", source.tell() - start)
                if source.get() == ")":
                    break
            return verbose
        elif char in "=!<":
            direction = 1
            lookbehindgroups = None
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                direction = -1
                lookbehindgroups = state.lookbehindgroups
                if lookbehindgroups is None:
                    state.lookbehindgroups = state.groups()
            p = _parse_sub(source, state, verbose, nested + 1)
            if direction < 0:
                if lookbehindgroups is None:
                    state.lookbehindgroups = None
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            if char == "=":
                subpattern.data.append(("ASSERT", (direction, p)))
            else:
                subpattern.data.append(("ASSERT_NOT", (direction, p)))
            return verbose
        elif char == "(":
            subpattern.data.append(_parse_conditional(source, state, verbose, nested, start))
            return verbose
        elif char == ">":
            capture = False
            atomic = True
        elif char in FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first or subpattern.data:
                    raise source.error('global flags not at the start of the expression',
                                       source.tell() - start)
                return state.flags & SRE_FLAG_VERBOSE
            add_flags, del_flags = flags
            capture = False
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    if capture:
        try:
            group = state.opengroup(name)
        except error as err:
            raise source.error(err.msg, len(name) + 1) from None
    else:
        group = None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    p = _parse_sub(source, state, sub_verbose, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if group is not None:
        state.closegroup(group, p)
    if atomic:
        subpattern.data.append(("ATOMIC_GROUP", p))
    else:
        subpattern.data.append(("SUBPATTERN", (group, add_flags, del_flags, p)))
    return verbose


def _parse(source, state, verbose, nested, first=False):
    subpattern = SubPattern(state)
    while True:
        this = source.next
        if this is None:
            break
        if this in "|)":
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            subpattern.data.append(_escape(source, this, state))
        elif this not in SPECIAL_CHARS:
            subpattern.data.append(("LITERAL", ord(this)))
        elif this == "[":
            _parse_set(source, subpattern)
        elif this in REPEAT_CHARS:
            _parse_repeat(source, subpattern, this)
        elif this == ".":
            subpattern.data.append(("ANY", None))
        elif this == "(":
            verbose = _parse_group(source, state, verbose, nested, first, subpattern)
        elif this == "^":
            subpattern.data.append(("AT", "BEGINNING"))
        elif this == "$":
            subpattern.data.append(("AT", "END"))
    # unpack non-capturing groups without flags
    data = []
    for op, av in subpattern.data:
        if op == "SUBPATTERN" and av[0] is None and not av[1] and not av[2]:
            data.extend(av[3].data)
        else:
            data.append((op, av))
    subpattern.data = data
    return subpattern


def _parse_flags(source, state, char):
    add_flags = 0
    del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if char == 'L':
                raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return (add_flags, del_flags)


def fix_flags(flags):
    if flags & SRE_FLAG_LOCALE:
        raise ValueError("cannot use LOCALE flag with a str pattern")
    if not flags & SRE_FLAG_ASCII:
        flags |= SRE_FLAG_UNICODE
    elif flags & SRE_FLAG_UNICODE:
        raise ValueError("ASCII and UNICODE flags are incompatible")
    return flags


def parse(string, flags):
    source = Tokenizer(string)
    state = State()
    state.flags = flags
    p = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, 0)
    state.flags = fix_flags(state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups():
            raise error("invalid group reference %d" % g, string, state.grouprefpos[g])
    return p


def parse_template(source, groupindex, groups):
    # a replacement string: a list of literal strings and group numbers (ints)
    s = Tokenizer(source)
    parts = []
    literal = []

    def addgroup(index, pos):
        if index > groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            parts.append(''.join(literal))
            literal.clear()
        parts.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    if name not in groupindex:
                        raise IndexError("unknown group name %r" % name)
                    index = groupindex[name]
                else:
                    index = -1
                    if name.isdecimal() and name.isascii():
                        index = int(name)
                    if index < 0:
                        raise s.error("bad character in group name %r" % name, len(name) + 1)
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if _in(s.next, OCTDIGITS):
                    this += s.get()
                    if _in(s.next, OCTDIGITS):
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if _in(s.next, DIGITS):
                    this += s.get()
                    if c in OCTDIGITS and this[2] in OCTDIGITS and _in(s.next, OCTDIGITS):
                        this += s.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise s.error('octal escape value %s outside of range 0-0o377'
                                          % this, len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            else:
                code = ESCAPES.get(this)
                if code is not None:
                    literal.append(chr(code[1]))
                else:
                    if c in ASCIILETTERS:
                        raise s.error('bad escape %s' % this, len(this))
                    literal.append(this)
        else:
            literal.append(this)
    if literal:
        parts.append(''.join(literal))
    return parts

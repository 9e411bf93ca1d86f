# The matcher of the re module: a backtracking matcher over code points that reproduces CPython
# 3.11's sre engine: its case-insensitive rules (simple lowercase plus the extra equivalences of
# re._casefix), marks restored on backtracking, the zero-width protection of repeats, atomic
# groups and possessive repeats, lookbehind by fixed width, and '^'/'\A' anchored at the real
# start of the string. The parse tree (from _re_parser) is compiled once into closures; each
# closure takes a position and calls the rest of the pattern, so backtracking is the return.

from _re_parser import (SRE_FLAG_TEMPLATE, SRE_FLAG_IGNORECASE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL,
                        SRE_FLAG_UNICODE, SRE_FLAG_ASCII, TYPE_FLAGS, MAXREPEAT, error)

# re._casefix._EXTRA_CASES: lowercase code points equivalent under IGNORECASE beyond lower()
EXTRA_CASES = {
    105: (305,), 115: (383,), 181: (956,), 305: (105,), 383: (115,), 837: (953, 8126),
    912: (8147,), 944: (8163,), 946: (976,), 949: (1013,), 952: (977,), 953: (837, 8126),
    954: (1008,), 956: (181,), 960: (982,), 961: (1009,), 962: (963,), 963: (962,),
    966: (981,), 976: (946,), 977: (952,), 981: (966,), 982: (960,), 1008: (954,),
    1009: (961,), 1013: (949,), 1074: (7296,), 1076: (7297,), 1086: (7298,), 1089: (7299,),
    1090: (7300, 7301), 1098: (7302,), 1123: (7303,), 7296: (1074,), 7297: (1076,),
    7298: (1086,), 7299: (1089,), 7300: (1090, 7301), 7301: (1090, 7300), 7302: (1098,),
    7303: (1123,), 7304: (42571,), 7777: (7835,), 7835: (7777,), 8126: (837, 953),
    8147: (912,), 8163: (944,), 42571: (7304,), 64261: (64262,), 64262: (64261,),
}

# BMP code points x whose lowercase l is not reached back by l.upper(): the other preimages of l
LOWER_PREIMAGES = {
    105: (304,), 454: (453,), 457: (456,), 460: (459,), 499: (498,), 952: (1012,),
    223: (7838,), 8064: (8072,), 8065: (8073,), 8066: (8074,), 8067: (8075,), 8068: (8076,),
    8069: (8077,), 8070: (8078,), 8071: (8079,), 8080: (8088,), 8081: (8089,), 8082: (8090,),
    8083: (8091,), 8084: (8092,), 8085: (8093,), 8086: (8094,), 8087: (8095,), 8096: (8104,),
    8097: (8105,), 8098: (8106,), 8099: (8107,), 8100: (8108,), 8101: (8109,), 8102: (8110,),
    8103: (8111,), 8115: (8124,), 8131: (8140,), 8179: (8188,), 969: (8486,), 107: (8490,),
    229: (8491,),
}

ASCII_SPACE = " \t\n\r\f\v"


def uni_lower(ch):
    # sre's simple lowercase: str.lower() except where the full mapping has two characters
    if ch == '\u0130':
        return 'i'
    return ch.lower()


def uni_upper(ch):
    u = ch.upper()
    return u if len(u) == 1 else ch


def uni_iscased(code):
    ch = chr(code)
    return ch.lower() != ch or ch.upper() != ch


def ascii_lower(ch):
    if 'A' <= ch <= 'Z':
        return chr(ord(ch) + 32)
    return ch


def ascii_iscased(code):
    return code < 128 and chr(code).isalpha()


def lower_preimages(code):
    # every BMP code point x with simple lowercase equal to code
    out = []
    ch = chr(code)
    if uni_lower(ch) == ch:
        out.append(code)
    up = ch.upper()
    if len(up) == 1 and up != ch and uni_lower(up) == ch:
        out.append(ord(up))
    for x in LOWER_PREIMAGES.get(code, ()):
        out.append(x)
    return out


def is_word(ch, ascii):
    if ascii:
        return ch < '\x80' and (ch.isalnum() or ch == '_')
    return ch.isalnum() or ch == '_'


def category(name, ascii):
    if name == "DIGIT":
        if ascii:
            return lambda ch: '0' <= ch <= '9'
        return lambda ch: ch.isdecimal()
    if name == "NOT_DIGIT":
        if ascii:
            return lambda ch: not ('0' <= ch <= '9')
        return lambda ch: not ch.isdecimal()
    if name == "SPACE":
        if ascii:
            return lambda ch: ch in ASCII_SPACE
        return lambda ch: ch.isspace()
    if name == "NOT_SPACE":
        if ascii:
            return lambda ch: ch not in ASCII_SPACE
        return lambda ch: not ch.isspace()
    if name == "WORD":
        return lambda ch: is_word(ch, ascii)
    return lambda ch: not is_word(ch, ascii)


def literal_predicate(code, flags, negate):
    # one character against a literal, as sre compiles LITERAL / NOT_LITERAL
    ch = chr(code)
    if flags & SRE_FLAG_IGNORECASE:
        if flags & SRE_FLAG_UNICODE:
            if uni_iscased(code):
                lo = uni_lower(ch)
                extra = EXTRA_CASES.get(ord(lo))
                if extra is None:
                    if negate:
                        return lambda c: uni_lower(c) != lo
                    return lambda c: uni_lower(c) == lo
                accepted = [lo] + [chr(x) for x in extra]
                if negate:
                    return lambda c: uni_lower(c) not in accepted
                return lambda c: uni_lower(c) in accepted
        elif ascii_iscased(code):
            lo = ascii_lower(ch)
            if negate:
                return lambda c: ascii_lower(c) != lo
            return lambda c: ascii_lower(c) == lo
    if negate:
        return lambda c: c != ch
    return lambda c: c == ch


def set_predicate(items, flags):
    # a character class, as sre's _optimize_charset and IN / IN_IGNORE / IN_UNI_IGNORE
    ascii = not (flags & SRE_FLAG_UNICODE)
    ignore = flags & SRE_FLAG_IGNORECASE
    unicode_ignore = ignore and not ascii
    negate = False
    tests = []
    hascased = False
    for op, av in items:
        if op == "NEGATE":
            negate = True
        elif op == "CATEGORY":
            tests.append(category(av, ascii))
        elif op == "LITERAL":
            if not ignore:
                tests.append(_equals(chr(av)))
            elif av > 0xffff:
                hascased = True
                tests.append(_equals(chr(av)))
            elif unicode_ignore:
                if uni_iscased(av):
                    hascased = True
                lo = uni_lower(chr(av))
                tests.append(_member([lo] + [chr(x) for x in EXTRA_CASES.get(ord(lo), ())]))
            else:
                if ascii_iscased(av):
                    hascased = True
                tests.append(_equals(ascii_lower(chr(av))))
        else:
            lo, hi = av
            if not ignore:
                tests.append(_within(lo, hi))
                continue
            bmp_hi = min(hi, 0xffff)
            if hi > 0xffff:
                hascased = True
            elif not hascased:
                for x in range(lo, hi + 1):
                    if (uni_iscased(x) if unicode_ignore else ascii_iscased(x)):
                        hascased = True
                        break
            if lo <= bmp_hi:
                if unicode_ignore:
                    tests.append(_lowered_range(lo, bmp_hi))
                else:
                    tests.append(_ascii_lowered_range(lo, bmp_hi))
            if hi > 0xffff:
                tests.append(_upper_range(lo, hi))
    if ignore and hascased:
        lower = ascii_lower if ascii else uni_lower
        if negate:
            return lambda c: not _any(tests, lower(c))
        return lambda c: _any(tests, lower(c))
    if negate:
        return lambda c: not _any(tests, c)
    return lambda c: _any(tests, c)


def _any(tests, c):
    for t in tests:
        if t(c):
            return True
    return False


def _equals(ch):
    return lambda c: c == ch


def _member(chars):
    return lambda c: c in chars


def _within(lo, hi):
    return lambda c: lo <= ord(c) <= hi


def _lowered_range(lo, hi):
    # c (already lowered) is in {lower(x), its extra cases : x in lo..hi}
    def test(c):
        targets = [ord(c)] + list(EXTRA_CASES.get(ord(c), ()))
        for t in targets:
            for x in lower_preimages(t):
                if lo <= x <= hi:
                    return True
        return False
    return test


def _ascii_lowered_range(lo, hi):
    def test(c):
        code = ord(c)
        if lo <= code <= hi and ascii_lower(c) == c:
            return True
        if 'a' <= c <= 'z':
            return lo <= code - 32 <= hi
        return False
    return test


def _upper_range(lo, hi):
    return lambda c: lo <= ord(c) <= hi or lo <= ord(uni_upper(c)) <= hi


def combine_flags(flags, add_flags, del_flags):
    if add_flags & TYPE_FLAGS:
        flags &= ~TYPE_FLAGS
    return (flags | add_flags) & ~del_flags


def unit_predicate(op, av, flags):
    if op == "LITERAL":
        return literal_predicate(av, flags, False)
    if op == "NOT_LITERAL":
        return literal_predicate(av, flags, True)
    if op == "ANY":
        if flags & SRE_FLAG_DOTALL:
            return lambda c: True
        return lambda c: c != '\n'
    return set_predicate(av, flags)


def simple_unit(item, flags):
    # (op, av, flags) when a repeated item is one character wide and has no group (sre's _simple)
    data = item.data
    if len(data) != 1:
        return None
    op, av = data[0]
    if op == "SUBPATTERN":
        if av[0] is not None:
            return None
        return simple_unit(av[3], combine_flags(flags, av[1], av[2]))
    if op in ("ANY", "IN", "LITERAL", "NOT_LITERAL"):
        return (op, av, flags)
    return None


def unit_sequence(data, flags):
    # predicates of a sequence of one-character items without groups, or None
    preds = []
    for op, av in data:
        if op in ("ANY", "IN", "LITERAL", "NOT_LITERAL"):
            preds.append(unit_predicate(op, av, flags))
        elif op == "SUBPATTERN" and av[0] is None:
            inner = unit_sequence(av[3].data, combine_flags(flags, av[1], av[2]))
            if inner is None:
                return None
            preds.extend(inner)
        elif op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] == av[1] <= 64:
            # an exact count matches the same way whether greedy, lazy or possessive
            inner = unit_sequence(av[2].data, flags)
            if inner is None:
                return None
            for _ in range(av[0]):
                preds.extend(inner)
        else:
            return None
    return preds


def fixed_item(item, flags):
    # (predicates, group) when a repeated item cannot backtrack inside: a non-empty sequence of
    # one-character items, possibly as the whole body of one capturing group
    data = item.data
    group = None
    if len(data) == 1 and data[0][0] == "SUBPATTERN" and data[0][1][0] is not None:
        group, add_flags, del_flags, p = data[0][1]
        data = p.data
        flags = combine_flags(flags, add_flags, del_flags)
    preds = unit_sequence(data, flags)
    if not preds:
        return None
    return (preds, group)


def first_character(data, flags):
    # a predicate every match's first character satisfies, when the pattern starts with one
    if not data:
        return None
    op, av = data[0]
    if op in ("ANY", "IN", "LITERAL", "NOT_LITERAL"):
        return unit_predicate(op, av, flags)
    if op in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT") and av[0] >= 1:
        unit = simple_unit(av[2], flags)
        if unit is not None:
            return unit_predicate(unit[0], unit[1], unit[2])
    return None


class Context:
    # the string being matched and the capture marks of the current attempt
    def __init__(self):
        self.chars = []
        self.end = 0
        self.marks = []
        self.lastindex = None
        self.start = 0
        self.match_all = False
        self.must_advance = False
        self.match_end = -1

    def snapshot(self):
        return (list(self.marks), self.lastindex)

    def restore(self, saved):
        self.marks = list(saved[0])
        self.lastindex = saved[1]


MAXCODE = 4294967295
REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def validate(data, flags):
    # the errors sre_compile raises, in the order its compilation meets them
    for op, av in data:
        if op in REPEATS:
            if flags & SRE_FLAG_TEMPLATE:
                raise error("internal: unsupported template operator %s" % op)
            validate(av[2].data, flags)
        elif op == "SUBPATTERN":
            validate(av[3].data, combine_flags(flags, av[1], av[2]))
        elif op == "ASSERT" or op == "ASSERT_NOT":
            if av[0] < 0:
                lo, hi = av[1].getwidth()
                if lo > MAXCODE:
                    raise error("looks too much behind")
                if lo != hi:
                    raise error("look-behind requires fixed-width pattern")
            validate(av[1].data, flags)
        elif op == "ATOMIC_GROUP":
            validate(av.data, flags)
        elif op == "BRANCH":
            for alt in av:
                validate(alt.data, flags)
        elif op == "GROUPREF_EXISTS":
            validate(av[1].data, flags)
            if av[2] is not None:
                validate(av[2].data, flags)


class Program:
    def __init__(self, tree, flags, groups):
        validate(tree.data, flags)
        self.ctx = Context()
        self.groups = groups
        self.entry = self.sequence(tree.data, flags, self.accept)
        self.first = first_character(tree.data, flags)

    def accept(self, i):
        ctx = self.ctx
        if ctx.match_all and i != ctx.end:
            return False
        if ctx.must_advance and i == ctx.start:
            return False
        ctx.match_end = i
        return True

    def run(self, chars, start, end, match_all, must_advance):
        # one attempt at start; returns the marks (group 0 first) or None
        ctx = self.ctx
        ctx.chars = chars
        ctx.end = end
        ctx.marks = [-1] * (2 * self.groups + 2)
        ctx.lastindex = None
        ctx.start = start
        ctx.match_all = match_all
        ctx.must_advance = must_advance
        if not self.entry(start):
            return None
        marks = ctx.marks
        marks[0] = start
        marks[1] = ctx.match_end
        for g in range(1, self.groups + 1):
            if marks[2 * g] < 0 or marks[2 * g + 1] < 0:
                marks[2 * g] = marks[2 * g + 1] = -1
        return (marks, ctx.lastindex)

    def search(self, chars, pos, end, must_advance):
        start = pos
        first = self.first
        while start <= end:
            if first is not None:
                # positions where the first character cannot match are not attempted
                while start < end and not first(chars[start]):
                    start += 1
                    must_advance = False
                if start >= end:
                    return None
            found = self.run(chars, start, end, False, must_advance)
            if found is not None:
                return found
            must_advance = False
            start += 1
        return None

    def sequence(self, data, flags, nxt):
        i = len(data) - 1
        while i >= 0:
            op, av = data[i]
            if op == "LITERAL" and not self.folds(av, flags):
                run = [chr(av)]
                while i > 0 and data[i - 1][0] == "LITERAL" and not self.folds(data[i - 1][1], flags):
                    i -= 1
                    run.insert(0, chr(data[i][1]))
                nxt = self.literal_run(run, nxt) if len(run) > 1 else self.unit(
                    literal_predicate(av, flags, False), nxt)
            else:
                nxt = self.node(op, av, flags, nxt)
            i -= 1
        return nxt

    def folds(self, code, flags):
        if not flags & SRE_FLAG_IGNORECASE:
            return False
        if flags & SRE_FLAG_UNICODE:
            return uni_iscased(code)
        return ascii_iscased(code)

    def literal_run(self, run, nxt):
        ctx = self.ctx
        n = len(run)

        def match(i):
            if i + n > ctx.end:
                return False
            chars = ctx.chars
            for k in range(n):
                if chars[i + k] != run[k]:
                    return False
            return nxt(i + n)
        return match

    def unit(self, pred, nxt):
        ctx = self.ctx

        def match(i):
            return i < ctx.end and pred(ctx.chars[i]) and nxt(i + 1)
        return match

    def node(self, op, av, flags, nxt):
        if op in ("LITERAL", "NOT_LITERAL", "ANY", "IN"):
            return self.unit(unit_predicate(op, av, flags), nxt)
        if op == "AT":
            return self.at(av, flags, nxt)
        if op == "SUBPATTERN":
            group, add_flags, del_flags, p = av
            inner = combine_flags(flags, add_flags, del_flags)
            if group is None:
                return self.sequence(p.data, inner, nxt)
            return self.group(group, p, inner, nxt)
        if op == "BRANCH":
            alternatives = [self.sequence(alt.data, flags, nxt) for alt in av]

            def branch(i):
                for alt in alternatives:
                    if alt(i):
                        return True
                return False
            return branch
        if op == "GROUPREF":
            return self.groupref(av, flags, nxt)
        if op == "GROUPREF_EXISTS":
            return self.groupref_exists(av, flags, nxt)
        if op == "ASSERT" or op == "ASSERT_NOT":
            return self.assertion(av[0], av[1], flags, op == "ASSERT", nxt)
        if op == "ATOMIC_GROUP":
            return self.atomic(av, flags, nxt)
        unit = simple_unit(av[2], flags)
        if unit is not None:
            pred = unit_predicate(unit[0], unit[1], unit[2])
            if op == "MAX_REPEAT":
                return self.repeat_one(av[0], av[1], pred, nxt)
            if op == "MIN_REPEAT":
                return self.min_repeat_one(av[0], av[1], pred, nxt)
            return self.possessive_one(av[0], av[1], pred, nxt)
        fixed = fixed_item(av[2], flags)
        if fixed is not None:
            return self.repeat_fixed(av[0], av[1], fixed[0], fixed[1], op, nxt)
        if op == "POSSESSIVE_REPEAT":
            return self.possessive(av[0], av[1], av[2], flags, nxt)
        return self.repeat(av[0], av[1], av[2], flags, op == "MAX_REPEAT", nxt)

    def at(self, where, flags, nxt):
        ctx = self.ctx
        multiline = flags & SRE_FLAG_MULTILINE
        ascii = not (flags & SRE_FLAG_UNICODE)

        def check(i):
            chars = ctx.chars
            end = ctx.end
            if where == "BEGINNING":
                if multiline:
                    return i == 0 or chars[i - 1] == '\n'
                return i == 0
            if where == "END":
                if multiline:
                    return i == end or chars[i] == '\n'
                return i == end or (i + 1 == end and chars[i] == '\n')
            if where == "BEGINNING_STRING":
                return i == 0
            if where == "END_STRING":
                return i == end
            if i == 0 and i == end:
                return False
            that = i > 0 and is_word(chars[i - 1], ascii)
            this = i < end and is_word(chars[i], ascii)
            if where == "BOUNDARY":
                return this != that
            return this == that

        def match(i):
            return check(i) and nxt(i)
        return match

    def group(self, gid, p, flags, nxt):
        ctx = self.ctx
        a = 2 * gid
        b = a + 1

        def close(j):
            old_end = ctx.marks[b]
            old_last = ctx.lastindex
            ctx.marks[b] = j
            ctx.lastindex = gid
            if nxt(j):
                return True
            ctx.marks[b] = old_end
            ctx.lastindex = old_last
            return False
        body = self.sequence(p.data, flags, close)

        def open_group(i):
            old_start = ctx.marks[a]
            ctx.marks[a] = i
            if body(i):
                return True
            ctx.marks[a] = old_start
            return False
        return open_group

    def groupref(self, gid, flags, nxt):
        ctx = self.ctx
        lower = None
        if flags & SRE_FLAG_IGNORECASE:
            lower = uni_lower if flags & SRE_FLAG_UNICODE else ascii_lower

        def match(i):
            s = ctx.marks[2 * gid]
            e = ctx.marks[2 * gid + 1]
            if s < 0 or e < 0 or e < s:
                return False
            n = e - s
            if i + n > ctx.end:
                return False
            chars = ctx.chars
            for k in range(n):
                x = chars[s + k]
                y = chars[i + k]
                if x != y and (lower is None or lower(x) != lower(y)):
                    return False
            return nxt(i + n)
        return match

    def groupref_exists(self, av, flags, nxt):
        ctx = self.ctx
        gid, yes, no = av
        if_yes = self.sequence(yes.data, flags, nxt)
        if_no = self.sequence(no.data, flags, nxt) if no is not None else nxt

        def match(i):
            if 2 * gid + 1 < len(ctx.marks):
                s = ctx.marks[2 * gid]
                e = ctx.marks[2 * gid + 1]
                if s >= 0 and e >= 0 and e >= s:
                    return if_yes(i)
            return if_no(i)
        return match

    def assertion(self, direction, p, flags, positive, nxt):
        ctx = self.ctx
        width = 0
        if direction < 0:
            width = p.getwidth()[0]
        body = self.sequence(p.data, flags, lambda j: True)

        def match(i):
            start = i - width
            if start < 0:
                if positive:
                    return False
                return nxt(i)
            saved = ctx.snapshot()
            # the body sees the whole string up to the end of the attempt
            if body(start):
                if not positive:
                    ctx.restore(saved)
                    return False
                if nxt(i):
                    return True
                ctx.restore(saved)
                return False
            if positive:
                return False
            return nxt(i)
        return match

    def atomic(self, p, flags, nxt):
        ctx = self.ctx
        reached = [0]

        def done(j):
            reached[0] = j
            return True
        body = self.sequence(p.data, flags, done)

        def match(i):
            saved = ctx.snapshot()
            if not body(i):
                return False
            if nxt(reached[0]):
                return True
            ctx.restore(saved)
            return False
        return match

    def repeat_one(self, lo, hi, pred, nxt):
        ctx = self.ctx

        def match(i):
            chars = ctx.chars
            limit = ctx.end if hi == MAXREPEAT else min(ctx.end, i + hi)
            j = i
            while j < limit and pred(chars[j]):
                j += 1
            if j - i < lo:
                return False
            while j >= i + lo:
                if nxt(j):
                    return True
                j -= 1
            return False
        return match

    def min_repeat_one(self, lo, hi, pred, nxt):
        ctx = self.ctx

        def match(i):
            chars = ctx.chars
            end = ctx.end
            j = i
            while j < i + lo:
                if j >= end or not pred(chars[j]):
                    return False
                j += 1
            while True:
                if nxt(j):
                    return True
                if (hi != MAXREPEAT and j - i >= hi) or j >= end or not pred(chars[j]):
                    return False
                j += 1
        return match

    def possessive_one(self, lo, hi, pred, nxt):
        ctx = self.ctx

        def match(i):
            chars = ctx.chars
            limit = ctx.end if hi == MAXREPEAT else min(ctx.end, i + hi)
            j = i
            while j < limit and pred(chars[j]):
                j += 1
            if j - i < lo:
                return False
            return nxt(j)
        return match

    def repeat_fixed(self, lo, hi, preds, group, op, nxt):
        # a repeat whose iterations are all as wide as preds: counted by a loop, not by recursion
        ctx = self.ctx
        width = len(preds)

        def fits(chars, j):
            if j + width > ctx.end:
                return False
            for k in range(width):
                if not preds[k](chars[j + k]):
                    return False
            return True

        def tail(i, count):
            if group is None or count == 0:
                return nxt(i + count * width)
            marks = ctx.marks
            old = (marks[2 * group], marks[2 * group + 1], ctx.lastindex)
            marks[2 * group] = i + (count - 1) * width
            marks[2 * group + 1] = i + count * width
            ctx.lastindex = group
            if nxt(i + count * width):
                return True
            marks = ctx.marks
            marks[2 * group] = old[0]
            marks[2 * group + 1] = old[1]
            ctx.lastindex = old[2]
            return False

        def greedy(i):
            chars = ctx.chars
            count = 0
            while (hi == MAXREPEAT or count < hi) and fits(chars, i + count * width):
                count += 1
            if count < lo:
                return False
            if op == "POSSESSIVE_REPEAT":
                return tail(i, count)
            while count >= lo:
                if tail(i, count):
                    return True
                count -= 1
            return False

        def lazy(i):
            chars = ctx.chars
            count = 0
            while count < lo:
                if not fits(chars, i + count * width):
                    return False
                count += 1
            while True:
                if tail(i, count):
                    return True
                if (hi != MAXREPEAT and count >= hi) or not fits(chars, i + count * width):
                    return False
                count += 1
        return lazy if op == "MIN_REPEAT" else greedy

    def possessive(self, lo, hi, item, flags, nxt):
        ctx = self.ctx
        reached = [0]

        def done(j):
            reached[0] = j
            return True
        body = self.sequence(item.data, flags, done)

        def match(i):
            saved = ctx.snapshot()
            pos = i
            count = 0
            while count < lo:
                if not body(pos):
                    ctx.restore(saved)
                    return False
                pos = reached[0]
                count += 1
            previous = -1
            while (hi == MAXREPEAT or count < hi) and pos != previous:
                previous = pos
                before = ctx.snapshot()
                if not body(pos):
                    ctx.restore(before)
                    break
                pos = reached[0]
                count += 1
            if nxt(pos):
                return True
            ctx.restore(saved)
            return False
        return match

    def repeat(self, lo, hi, item, flags, greedy, nxt):
        # sre's REPEAT with MAX_UNTIL / MIN_UNTIL: a stack of (count, last position) frames
        frames = []

        def until(i):
            frame = frames[-1]
            count = frame[0] + 1
            if count < lo:
                frame[0] = count
                if body(i):
                    return True
                frame[0] = count - 1
                return False
            if greedy:
                if (hi == MAXREPEAT or count < hi) and i != frame[1]:
                    frame[0] = count
                    last = frame[1]
                    frame[1] = i
                    if body(i):
                        return True
                    frame[1] = last
                    frame[0] = count - 1
                return tail(frame, i)
            if tail(frame, i):
                return True
            if (hi != MAXREPEAT and count >= hi) or i == frame[1]:
                return False
            frame[0] = count
            last = frame[1]
            frame[1] = i
            if body(i):
                return True
            frame[1] = last
            frame[0] = count - 1
            return False

        def tail(frame, i):
            frames.pop()
            matched = nxt(i)
            frames.append(frame)
            return matched

        body = self.sequence(item.data, flags, until)

        def enter(i):
            frames.append([-1, -1])
            matched = until(i)
            frames.pop()
            return matched
        return enter

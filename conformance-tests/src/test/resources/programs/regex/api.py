# The re API: Match and Pattern objects (accessors, reprs, pos/endpos), sub/subn/split/findall/
# finditer with templates and callables, escape, the compile cache, and the errors of bad calls.
import re

m = re.search(r"(?P<a>\w)(\d)?(?P<c>x)?", "zz9 q")
print(m.group(), m.group(0, 1, "a"), m.groups("-"), m.groupdict(0), m.start(2), m.end("c"), m.span(1))
print(m.regs, m.string, m.re, m.pos, m.endpos, m.lastindex, m.lastgroup, type(m).__name__)
for f in [lambda: m.group(4), lambda: m.group("zz"), lambda: m.group(-1), lambda: m.start(9), lambda: m[1.5],
          lambda: m.expand(r"\3"), lambda: m.expand(r"\g<q>"), lambda: m.expand(r"\g<1"), lambda: m.expand(r"\q"),
          lambda: m.group(True), lambda: m.span("a")]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(m.expand(r"[\1|\g<a>|\g<2>|\n\t\\|\0|\101]"), bool(m), m[0], m["c"])
print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "joe@home, ann@work"), re.subn("o", "0", "foo boo", 2))
print(re.sub(r"\d", lambda m: str(int(m.group()) * 2), "a1b2c3"), re.sub("a", "\\n", "bab"), re.sub("a", r"\\", "a"))
print(re.sub("a", lambda m: None, "bab"), re.sub("(a)(b)?", r"[\2]", "ac ab"), re.sub("a", "x", "aaa", -1), re.subn("a", "x", "aaa", count=2))
print(re.split(r"(,)|(;)", "a,b;c"), re.split(r"\s", "a b c d", 2), re.split(r"\s", "a b c d", maxsplit=1), re.split("", "abc"))
print(re.split("a", "bab", -1), re.split("[,;]", ",a;"), re.split(r"(\W)", "x.y"))
print(re.findall(r"(\w)(\d)?", "a1b c2"), re.findall(r"(a)|b", "ab"), re.findall("", "ab"), re.findall(r"\d+", "no digits"))
print(re.escape("a.b*c?d+e(f)[g]{h}|i^j$k\\l m\tn-o#p&q~r:s/t\"u'v!w@x%y=z_1,2;3<4>5"), re.escape("héllo wörld\n"))
p = re.compile(r"\w+", re.I | re.M)
print(p.pattern, p.flags, p.groups, p.groupindex, p, repr(re.compile("a'b\"c")), re.compile("x", re.S | re.X | re.A))
print(re.compile("(?i)x"), re.compile("(?a)x").flags, re.compile("(?P<k>a)(?P<v>b)").groupindex, re.compile("a", re.I | 512))
print(p.match("  ab", 2), p.match("ab cd", 1, 2), p.search("ab cd", 3), p.fullmatch("abc", 1), p.findall("ab cd ef", 1, 6))
print(list(p.finditer("ab cd", 0, 4)), p.search("ab", -5, 100).pos, p.search("ab", -5, 100).endpos, p.match("abc", 2, 1))
print(re.compile("").match("abc", 2, 1), re.compile("^a").search("ba", 1), re.compile("a$").search("ab", 0, 1))
print(re.compile("\\Aa").match("ba", 1), re.compile("a\\Z").search("ab", 0, 1), re.compile("(?m)^b").search("ab", 1))
print(re.compile("x") is re.compile("x"), re.compile(p) is p, p == re.compile(r"\w+", re.I | re.M), p != re.compile("x"))
print(hash(p) == hash(re.compile(r"\w+", re.I | re.M)), type(p).__name__, type(p).__module__)
for f in [lambda: re.compile(p, re.I), lambda: re.compile(5), lambda: re.match("a", 5), lambda: re.sub("a", 5, "a"),
          lambda: re.sub("a", lambda m: 5, "a"), lambda: re.sub("a", lambda m: 5, "bab"), lambda: re.sub("(a)", r"\2", "a"),
          lambda: re.sub("(?P<n>a)", r"\g<m>", "a"), lambda: re.sub("a", r"\g<-1>", "a"), lambda: re.escape(5),
          lambda: re.compile("a", re.L), lambda: re.compile([1]), lambda: re.sub("a", r"\g<x y>", "a"),
          lambda: p.match("ab", 1.5)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
re.purge()
print(re.compile("x") is re.compile("x"))
print(re.search(r"x", "a" * 50 + "x"), re.match(r".*", "y" * 100), re.compile("b" * 250))
print(re.match(r".*", "it's \"quoted\"\n"), re.match(r"\w+", "ünïcödé"))

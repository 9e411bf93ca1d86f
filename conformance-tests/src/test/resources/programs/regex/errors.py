# re.error messages and positions for malformed patterns, as sre_parse reports them, and the
# other exceptions raised while compiling.
import re

bad = ["(a", "a)", "[a", "[b-a]", "*a", "a**", "a{3,2}", "(?P<1a>x)", "(?P<a>x)(?P<a>y)", "(?P=b)", "\\1",
       "(a)\\2", "(?<=a+)b", "(?<=a|bc)x", "(?z)", "(?i", "(?i-i:a)", "a(?i)b", "(?-i)a", "(?-:a)", "\\", "a\\",
       "\\q", "[\\q]", "\\x4", "\\u12", "\\U0011ffff", "\\777", "[\\777]", "(?P", "(?P<", "(?P<a", "(?Px)",
       "(?<x)", "(?#abc", "(?(1)a|b|c)", "(?(x)a)", "(?(0)a)", "(?(a-)b)", "(?", "[a-\\d]", "[\\w-z]", "a\n(b",
       "(?L)a", "(?au)a", "(?-a:x)", "(?t:x)", "(a)(?<=\\1)", "(?<=(a))(?<=\\1)", "x{4294967295}", "(?i)(?m)a",
       "(?ixm)a\n(", "\\8", "(?P<a>a)(?P=a", "(?(2)a)(b)", "(?(3)a)(b)", "(a)(?P=a)", "(?P<a>)(?<=(?P=a)x)",
       "[", "[]", "[^]", "a{1,2", "(?x)[a #]", "(?>", "a*++", "a?*", "(?=a)*", "^*", "\\b+", "(?i:",
       "(?P<a-b>x)", "(?P<é>x)", "[z-a]", "\\N", "\\N{", "\\N{}", "\\N{x", "(?<=a{2})b{", "(?m-s:)", "(?t)a*", "(?t)ab", "(?t)(?<=a|bc)a*", "(?<=(?:a{1000000000}){5})x", "(?<=a|bc)(?t)"]
for p in bad:
    try:
        r = re.compile(p)
        print(repr(p), "compiled", r, r.flags, r.groups)
    except re.error as e:
        print(repr(p), "error:", e)
        print("   ", repr(e.msg), e.pos, e.lineno, e.colno, e.pattern == p, type(e).__name__, isinstance(e, Exception))
    except Exception as e:
        print(repr(p), type(e).__name__, e)

for flags in [re.L, re.A | re.U]:
    try:
        re.compile("a", flags)
    except ValueError as e:
        print("ValueError", e)

e = re.error("plain message")
print(e, e.msg, e.pattern, e.pos, e.lineno, e.colno)
e = re.error("with pos", "ab\ncd", 4)
print(e, e.lineno, e.colno)
print(re.error.__module__, re.error.__name__, issubclass(re.error, Exception))

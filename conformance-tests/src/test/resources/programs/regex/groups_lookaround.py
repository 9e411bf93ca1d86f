# Capture groups through backtracking, repeats, alternation, lookaround, atomic groups and
# conditionals; lastindex and lastgroup.
import re

cases = [(r"(a)|(b)", "b"), (r"((a)|b)+", "ab"), (r"(?:(a)|(b))+", "ab"), (r"(a)(?:(x)|y)?", "ay"), (r"(?P<o>(?P<i>a))", "a"),
         (r"(a)(b)(c)?", "ab"), (r"((a)(b))", "ab"), (r"(?=(a))a", "a"), (r"(?!(a))b", "b"), (r"(?<=(a))b", "ab"),
         (r"(?>(a+))a", "aaa"), (r"(?>(a+))b", "aab"), (r"(a)?(?(1)b|c)", "c"), (r"(?P<q>')?\w+(?(q)')", "'ab' cd"),
         (r"(a*)b\1", "aabaa"), (r"(?P<x>a)(?P=x)+", "aaaa"), (r"(a)|b(?<=(b))", "b"), (r"(?:(\d)|x)*", "1x2x"),
         (r"(?:a(?=(b))|c)+", "abc"), (r"(?=a)(?=(a))?", "a"), (r"(a+)+b", "aaab"), (r"(a|ab)(bc|c)?", "abc"),
         (r"(?:(a)|(b)|(c))+?$", "abc"), (r"(\w)(?:(?!\1)\w)*", "abca"), (r"(?<!x)(y)", "xy y"), (r"(?<=\bw)(\w+)", "word"),
         (r"(a)*?b", "aab"), (r"(a){2,}?", "aaaa"), (r"(a){0}b", "b"), (r"(?:a|(b))*+c", "abc"), (r"(x)?+y", "xy")]
for p, s in cases:
    r = re.compile(p)
    for m in r.finditer(s):
        print(p, m.span(), m.groups(), m.groupdict(), m.lastindex, m.lastgroup, [m.span(g) for g in range(r.groups + 1)])

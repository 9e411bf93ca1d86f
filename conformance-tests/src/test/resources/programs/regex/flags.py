# RegexFlag values: reprs, combination, int arithmetic, and flags given inline or as arguments.
import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.L, re.NOFLAG, re.IGNORECASE, re.MULTILINE, re.DOTALL)
print(re.I | re.M, re.I | 2, 2 | re.I, re.I & re.M, ~re.I, re.I ^ re.I, re.I + 1, re.I + re.M, sum([re.I, re.M]))
print(re.I == 2, hash(re.I) == hash(2), re.I.name, re.I.value, (re.I | re.M).name, repr(re.A | re.I | re.X | re.S | re.U | re.L))
print(f"{re.I}", "%s" % re.M, str(re.X), int(re.S), bool(re.NOFLAG), re.I | 512, [re.I, re.M], re.I < 3, -re.I, re.I * 2)
print(re.compile("a", re.I | 512).flags, re.compile("a", re.I + re.M), re.match("a", "A", flags=re.I | re.M))
print(re.compile("a").flags, re.compile("a", re.A).flags, re.compile("(?i)a").flags, re.compile("(?x)a").flags)
print(re.compile("(?s)a", re.M), re.compile("(?a)a"), re.compile("(?u)a"), re.compile("a", re.U), re.compile("a", 0))
for p, s in [("(?i)abc", "ABC"), ("(?i:a)b", "Ab AB"), ("a(?i:b)", "aB AB"), ("(?-i:a)b", "aB"), ("(?s:.)", "\n"),
             ("(?m:^)b", "a\nb"), ("(?x: a b )c", "abc"), ("(?x)a(?-x: )b", "a b"), ("(?a:\\w)", "é"), ("(?u:\\w)", "é")]:
    print(p, re.findall(p, s), re.findall(p, s, re.I))
print(re.findall("^a$", "a\na\n", re.M), re.findall(".", "a\nb", re.S), re.findall(r"a b # comment", "ab", re.X))
print(re.findall(r"\w", "aé1٣_", re.A), re.findall(r"\d", "1٣", re.ASCII), re.findall(r"\s", " \u00a0\x1c", re.A))
print(re.findall(r"[A-Z]", "aBc", re.I | re.A), re.findall("k", "K\u212a", re.A | re.I), re.findall(r"\bé", "é", re.A))

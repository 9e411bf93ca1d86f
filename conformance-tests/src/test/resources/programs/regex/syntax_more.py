# More syntax: verbose mode, braces taken literally, octal and control escapes, class edge cases,
# anchors around newlines, empty lookarounds, conditionals, atomic and possessive forms; templates.
import re
cases = [(r"(?x) [ a ] \  \# # c", "a #"), (r"(?x)a{ 2 }", "a{ 2 }aa"), (r"a{,}", "a{,}aaa"), (r"a{1,}", "aaa"), (r"a{0,0}b", "ab"),
         (r"x{02}", "xx"), (r"\0", "\x00"), (r"\08", "\x008"), (r"[\0-\10]", "\x05"), (r"[\b]", "\x08"),
         (r"\a\f\v\t\r\n", "\a\f\v\t\r\n"), (r"\/\-\!\@\%", "/-!@%"), (r"[-a]", "-"), (r"[a-]", "-"), (r"[\d-]", "-"),
         (r"[^-]", "-a"), (r"[a\-z]", "-"), (r"[\s\S]", "\n"), (r"[^\s\S]", "a"), (r"(?i)[^\W\d]", "é_1"), (r".", "\U0001F600x"),
         (r"[\U0001F600-\U0001F64F]+", "ab\U0001F600\U0001F601c"), (r"(?s)\Z", "a\n"), (r"$", "a\n"), (r"(?m)$", "a\nb\n"),
         (r"^$", ""), (r"^$", "\n"), (r"(?m)^$", "\n\n"), (r"\n$", "a\n\n"), (r"a\b", "a"), (r"\ba", "a"), (r"\B", "a"),
         (r"(?u)\w", "é"), (r"(?a:[\w])", "é"), (r"(?i)(?a:[k])", "\u212a"), (r"[ǅ]", "ǅ"), (r"(?<=^)a", "a"),
         (r"(?<=\b)a", "ba a"), (r"(?<!^)a", "aa"), (r"(?=)", "ab"), (r"(?!)", "ab"), (r"(?<=)", "ab"), (r"a(?=b)|a", "ab ac"),
         (r"(?P<a>x)(?P<b>y)?(?(b)z|w)", "xw xyz"), (r"(?(1)a|b)()", "b"), (r"(a)(?(1))", "a"), (r"((?i)a)", "A"),
         (r"a||b", "b"), (r"|", "a"), (r"(|a)*", "aa"), (r"(a|)+?", "aa"),
         (r"\d{2,}?\d", "12345"), (r"(?>a|ab)c", "abc"), (r"(?>a|ab)c|.", "abc"), (r"(a)++", "aaa"), (r"(?:a|b)?+b", "ab"),
         (r"(?>(?:a|b)*)b", "abab"), (r"((?>a*)b)*", "abaab"), (r"(?i)(?-i:a)A", "aA AA"), (r"(?x:a b)(?-x: )c", "ab c")]
for p, s in cases:
    try:
        r = re.compile(p)
    except re.error as e:
        print(ascii(p), "error", e)
        continue
    print(ascii(p), ascii(r.findall(s)), [m.span() for m in r.finditer(s)], ascii(r.sub("<\\g<0>>", s)), ascii(r.split(s)))
print(re.sub(r"(a)|(b)", r"[\1\2]", "ab"), re.sub(r"a", r"\0\00\101\1010", "a"), re.sub("(?P<x>a)", r"\g<x>\g<1>\g<0>", "a"))
print(re.split(r"(a)(x)?", "1a2ax3", 1), re.split(r"(a)(x)?", "1a2ax3"), re.split(r"(?:a)", "1a2a3", maxsplit=5))
print(re.findall(r"(a)(b)?|(c)", "ab c a"), re.findall(r"((a)b)", "abab"), list(map(lambda m: m.group(), re.finditer(r"\d+", "1 22 333"))))
print(re.compile(r"\d+").findall("1 22 333", 2), re.compile(r"\d+").findall("1 22 333", 2, 5), list(re.compile("a").finditer("aaa", 1, 2)))
m = re.match(r"(?P<w>\w+) (?P<n>\d+)?", "abc ")
print(m.groupdict(), m.groupdict("?"), m.groups(0), m.span("n"), m.start("n"), m.lastgroup, m.lastindex, m.expand(r"\g<w>-\g<n>."))
it = re.finditer(r"\w", "ab")
print(next(it), next(it), next(it, "done"), iter(it) is it)
print(re.match("a", "a").group(0), re.match("(a)", "a")[0], re.match("(a)", "a")[1], re.match("", "").span(), re.search("$", "ab").span())
print(re.sub(r"\s+", lambda m: "_" * len(m.group()), "a  b   c"), re.sub("a", lambda m: m.group().upper(), "banana", 2))
print(re.subn(r"(?i)A", r"\g<0>\g<0>", "aAbA"), re.sub("", "-", "abc", count=2), re.sub("b*", "-", "abc"))

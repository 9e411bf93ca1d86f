# Pattern syntax and matching semantics against sre: anchors, classes, Unicode categories,
# case folding, lookaround, atomic and possessive forms, conditionals, capture rules in repeats.
import re
cases = [
    (r"a+", "caaab"), (r"a*?b", "aaab"), (r"(a|b)*c", "ababc"), (r"(?P<x>\d+)-(?P=x)", "12-12 3-4"),
    (r"\Aab\Z", "ab"), (r"ab$", "ab\n"), (r"ab\Z", "ab\n"), (r"^\w+$", "héllo"), (r"(?i)straße", "STRASSE straße STRAßE"),
    (r"(?i)[a-z]+", "HeLLo WoRLD"), (r"(?i:AB)c", "abc abC"), (r"[^\W\d_]+", "ab1_cd é9"), (r"\d", "٣3"),
    (r"\s+", "a \u00a0\u2003b\tc"), (r"(?a)\w+", "héllo"), (r"(?<=a)b", "ab cb"), (r"(?<!a)b", "ab cb"),
    (r"(?=a)\w", "ba"), (r"(?!a)\w", "ab"), (r"(?>a+)b", "aaab"), (r"(?>a+)a", "aaa"), (r"a*+a", "aaa"), (r"a++b", "aab"),
    (r"(a)?b(?(1)c|d)", "abc bd"), (r"x*", "axxb"), (r"", "abc"), (r"\b", "ab cd"), (r"\B", "ab cd"), (r"\B", ""),
    (r"(?m)^\w", "ab\ncd\n"), (r"(?m)\w$", "ab\ncd\n"), (r"(?s).+", "a\nb"), (r".+", "a\nb"),
    (r"(?x) a  b # comment\n c", "abc"), (r"[\]a-]+", "a]-b"), (r"[]a]", "]"), (r"a{2,3}", "aaaa"), (r"a{,2}", "aaa"),
    (r"a{2}", "aaa"), (r"a{", "a{"), (r"a{1,x}", "a{1,x}"), (r"(a)(b)?", "ac"), (r"(?:a|(b))+", "ab"),
    (r"\x41\u0042\U00000043\101", "ABCA"), (r"[\x41-\x43]+", "ABCD"), (r"(?i)k", "K\u212ak"), (r"(?i)\u212a", "kK"),
    (r"(?i)[k-l]", "\u212aK"), (r"(?i)ς", "Σσς"), (r"(?i)[α-ω]+", "ΑΒΓ"), (r"(?i)ǆ", "ǄǅǆƵ"), (r"\w+", "a\U0001d400b"),
    (r"(?i)i", "İıIi"), (r"(?ai)k", "K\u212a"), (r"(\w+)\s(\w+)", "hello world foo"), (r"(a*)*", "aa"), (r"(a*)+", "aab"),
    (r"(a|ab)(c|bcd)(d*)", "abcd"), (r"((a)|b)*?c", "abac"), (r"(?:(a)|b){2}", "ab"), (r"(a)|(b)", "b"),
    (r"(?P<first>a)(?P<second>b)?", "a"), (r"[\d\s]+", "1 2\t3"), (r"[^abc]", "abcd"), (r"\\", "a\\b"), (r"a|b|", "cab"),
    (r"(?<=\d{3})x", "123x 12x"), (r"(?<=ab|cd)x", "abx cdx"), (r"(a)(?<=(a))", "a"), (r"\bfoo\b", "foo foobar (foo)"),
    (r"(?i)ß", "ẞß"), (r"(?i)[ß]", "ẞß"), (r"(?i)[^a]", "Aa"), (r"(?i)[\w]", "Ş"), (r"(.)\1", "aabbcd"), (r"(?i)(.)\1", "aAbc"),
    (r"a.c", "a\nc abc"), (r"[.]", "a.b"), (r"(?#comment)a", "a"), (r"(?:)", "ab"), (r"(a?)+?b", "aab"), (r"(a+|b+)*?c", "aabbc"),
]
for p, s in cases:
    r = re.compile(p)
    m = r.search(s)
    print(repr(p), r.groups, r.groupindex, m, m and m.groups(), m and m.lastindex, m and m.lastgroup)
    print("  ", r.findall(s), r.sub("<\\g<0>>", s), r.split(s), [x.span() for x in r.finditer(s)], r.fullmatch(s))

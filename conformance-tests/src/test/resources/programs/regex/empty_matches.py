# The empty-match rules of sub, subn, split, findall and finditer since Python 3.7, and the
# zero-width protection of repeats.
import re

for p in ["x*", "", "(?:)", "a|", "\\b", "\\B", "(?=b)", "x*?", "(a|)", "a?"]:
    for s in ["", "a", "ab", "axxb", "bab"]:
        print(repr(p), repr(s), re.sub(p, "-", s), re.split(p, s), re.findall(p, s), [m.span() for m in re.finditer(p, s)])
print(re.subn("a|", "-", "bab"), re.sub("(?:)", "-", "ab", 1), re.split("(x)*", "axxb"), re.split("(?=b)", "abab", 1))
print(re.match("(a?)*", "aa").groups(), re.match("(a*)*", "b").span(), re.match("(a*)+", "aab").groups())
print(re.match("(a|b|)*c", "abc").groups(), re.match("(?:a|())*", "aa").groups(), re.match("(?:()|a)*", "aa").span())
print(re.match("(a?)+?b", "aab").groups(), re.match("(a|)*?b", "aab").groups(), re.match("(?:x*)*y", "xxy").span())
print(re.fullmatch("(?:a*)*", "aaa"), re.fullmatch("(?:a|b)*?", "abab"), re.search("(a*)*$", "baa").span())

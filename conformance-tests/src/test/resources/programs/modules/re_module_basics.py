import re
print(re.findall(r"\d+", "a1b22c333"), re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.split(r"[,;]\s*", "a, b;c"))
m = re.match(r"(?P<key>\w+)=(?P<val>\w*)", "name=bob rest")
print(m.group(0), m.group("key"), m["val"], m.groups(), m.span(), m.groupdict())
print(re.fullmatch(r"\w+", "abc!") is None, re.search(r"^b", "ab\nbc", re.M).start())

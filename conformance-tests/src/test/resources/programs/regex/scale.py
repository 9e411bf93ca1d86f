# Longer inputs: repeated groups and alternations over thousands of characters, and many matches.
import re

s = "hello world, this is a test 123 " * 1500
print(len(re.findall(r"\w+", s)), len(re.sub(r"\s+", " ", s)), len(re.split(r",\s*", s)))
print(len(re.findall(r"[a-z]+\d*", s)), re.search(r"xyz", s), len(re.findall(r"(\w)(\w)", s)))
t = "ab" * 3000
print(re.fullmatch(r"(?:ab)+", t) is not None, re.match(r"(ab)*", t).span(), re.match(r"(ab)*", t).group(1))
print(re.search(r"(a|b)+$", t).span(), re.search(r"(a|b)+$", t).lastindex, re.match(r"(?:a|b)*?$", t).end())
print(re.match(r"(?i)(?:[A-Z]{2})+", t).end(), re.match(r".*?b$", t).end(), re.match(r"(?:ab)++", t).end())
print(re.sub(r"(\d+)", r"<\1>", "a1b22c333" * 200)[:60], len(re.findall(r"\d", "7" * 5000)))

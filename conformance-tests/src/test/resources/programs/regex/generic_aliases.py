# Pattern[str] and Match[str] in annotations, evaluated at definition time as in CPython 3.11.
import re
def f(m: re.Match[str], p: "re.Pattern[str]") -> int:
    return 1
print(f(None, None), re.Match[str], re.Pattern[bytes], re.Match[str] == re.Match[str], re.Pattern[str, int], re.Match[...], re.Match[str].__origin__ is re.Match, re.Match[str].__args__)
print(re.Pattern.__name__, re.Match.__qualname__, re.Match.__module__)

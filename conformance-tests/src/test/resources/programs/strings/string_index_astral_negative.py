s = "x😀y👍🏽z"
for i in range(-len(s), len(s)):
    print(i, s[i], end="; ")
print()
print(s[-4:-1], list(reversed(s)))

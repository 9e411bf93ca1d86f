n = 7 ** 500
s = str(n)
print(len(s), s[:20], s[-20:])
print(sum(int(c) for c in s))
print(int(s) == n)

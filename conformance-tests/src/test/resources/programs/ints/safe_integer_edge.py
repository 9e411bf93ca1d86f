n = 2 ** 53
print(n, n + 1, n + 2, n - 1)
print(n + 1 == n, (n + 1) - n)
print(9007199254740993 * 3)
print(-(2 ** 53) - 1)
print(type(n + 1).__name__)
print(n * n)

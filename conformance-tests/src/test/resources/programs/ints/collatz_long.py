def steps(n):
    c = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        c += 1
    return c
print(steps(27), steps(2 ** 100 + 1))
print(max(range(1, 3000), key=steps))

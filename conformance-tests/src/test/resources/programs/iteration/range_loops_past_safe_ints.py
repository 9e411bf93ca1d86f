# Counting loops over ranges whose bounds pass the safe ints (2**53) or are big ints.
B = 2 ** 53
for j in range(B - 2, B + 2):
    print(j, type(j).__name__)
for j in range(B + 3, B - 1, -2):
    print(j)
for j in range(-B - 1, -B + 2):
    print(j)
print([j - B for j in range(B - 1, B + 3)])
print([j for j in range(2 ** 70, 2 ** 70 + 3)], [j for j in range(-2 ** 70, -2 ** 70 + 2)])
print(sum(1 for j in range(B - 2, B + 2)), sum(j - B for j in range(B, B + 5)))
print(sum(float(j - B) * 0.5 for j in range(B, B + 3)))
print(sum(1.0 / (j - B + 1) for j in range(B, B + 3)))
u = [1.5, 2.5, 3.5]
print(sum(1.0 / (j + 1) * u[j] for j in range(3)))
print({j % 7 for j in range(2 ** 64, 2 ** 64 + 10)}, (B + 1) in range(B - 5, B + 5))
n = 0
for j in range(B - 1, B + 1):
    for k in range(j, j + 2):
        n += k - B
print(n)
x = None
for x in range(2 ** 63 - 1, 2 ** 63 + 1):
    pass
print(x, x == 2 ** 63, hash(x) == hash(2 ** 63))
d = {}
for j in range(B - 1, B + 2):
    d[j] = j - B
print(d[B], d[B + 1], d[B - 1], B + 1 in d)
for j in range(5):
    pass
print(j)
def f(lo, hi):
    out = []
    for i in range(lo, hi, 3):
        out.append(i - lo)
    return out
print(f(B - 4, B + 6), f(0, 7))

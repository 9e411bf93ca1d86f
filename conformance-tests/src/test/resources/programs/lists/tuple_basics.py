t = (1, "two", 3.0, None, (5, 6))
print(t, len(t), t[4][1], t.index(3.0), t.count(None))
print((), (1,), tuple("ab"), tuple([1, 2]), 1, 2 if False else (1, 2))
a, b = (1, 2), (3,)
print(a + b, a * 2, 0 in a, (1, 2) in [(1, 2)])
try:
    t[0] = 5
except TypeError as e:
    print("TypeError:", e)

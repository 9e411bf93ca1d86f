print(list(range(0)), list(range(-3)), list(range(3, 0)), list(range(0, -5, -2)), list(range(-5, 0, 2)))
r = range(10 ** 20, 10 ** 20 + 3)
print(len(r), r[-1], 10 ** 20 + 1 in r, list(r))
print(range(1, 10, 2)[::-1], range(10)[2:5], range(5)[-2], repr(range(0, 5)), range(1, 2, 3))
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(5)[5]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)

# Assigning a non-iterable to a list slice: list's own messages for plain and extended slices.
a = [1, 2, 3, 4]
for lo, hi, step, value in [(0, 1, None, 5), (None, None, 2, 5), (1, 2, 1, None), (None, None, -1, 3.5)]:
    try:
        a[lo:hi:step] = value
    except TypeError as e:
        print("TypeError", e)
s = slice(0, 2)
try:
    a[s] = 7
except TypeError as e:
    print("TypeError", e)
a[1:3] = "xy"
print(a)
class BadIter:
    def __iter__(self):
        raise ValueError("from __iter__")
try:
    a[0:1] = BadIter()
except ValueError as e:
    print("ValueError", e)

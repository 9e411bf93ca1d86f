a = list(range(8))
a[2:4] = ["x", "y", "z"]
print(a)
a[::2] = [0] * len(a[::2])
print(a)
a[1:1] = [9, 9]
print(a)
a[-2:] = []
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print("ValueError:", e)
a[:] = "abc"
print(a)
del a[::2]
print(a)

t = ([1], [2])
t[0].append(9)
print(t)
try:
    t[1] += [3]
except TypeError as e:
    print("TypeError:", e)
print(t)

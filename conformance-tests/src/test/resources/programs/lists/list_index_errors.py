a = [1, 2, 3]
for i in (2, -3, 3, -4):
    try:
        print(i, a[i])
    except IndexError as e:
        print(i, "IndexError:", e)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    a["1"]
except TypeError as e:
    print("TypeError:", e)

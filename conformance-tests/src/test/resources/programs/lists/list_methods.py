a = [3, 1, 4, 1, 5, 9, 2, 6]
a.append(5); a.extend((3, 5)); a.insert(0, 0); a.insert(-1, 7); a.insert(100, 8)
print(a, a.count(5), a.index(5), a.index(5, 6))
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(1); print(a)
a.reverse(); print(a)
b = a.copy(); b.clear(); print(a == b, b, len(a))
try:
    a.remove(42)
except ValueError as e:
    print("ValueError:", e)

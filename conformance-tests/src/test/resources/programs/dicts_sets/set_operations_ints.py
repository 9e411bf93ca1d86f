a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, a <= b, {3} < b, a.isdisjoint({9}))
print(sorted(a.union([7], (8,))), a.intersection(b, {4}), a.difference({1}, {2}))
s = set()
s.add(3); s.update([1, 2]); s.discard(7); s.remove(1)
print(s, len(s), 2 in s, s.pop() in {2, 3})
try:
    s.remove(99)
except KeyError as e:
    print("KeyError:", e)

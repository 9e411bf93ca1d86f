# The same key looked up again right after a get, a store, a removal or a rebuild: counting
# loops, membership-then-store, deletion of the key just read, pairs of ints, sets.
counts = {}
for w in "a b a c b a d a".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)

d = {"x": 1, "y": 2}
print(d["x"], d.get("x"))
del d["x"]
print(d.get("x", "gone"), "x" in d)
try:
    d["x"]
except KeyError as e:
    print("KeyError", e)
d["x"] = 3
print(d, list(d))

# pop / popitem / clear right after a lookup of the same key
d = {1: "one", 2: "two", 3: "three"}
print(d[2], d.pop(2), d.get(2), 2 in d)
print(d[3], d.popitem(), d.get(3, "none"))
print(d[1]); d.clear(); print(d.get(1, "cleared"), len(d))
d[1] = "again"
print(d[1], d)

# 1, 1.0 and True are one key; the first key object stays
d = {}
d[1] = "int"
print(d.get(1.0), d.get(True))
d[True] = "bool"
print(d, d[1.0])

# many deletions force the table to rebuild; lookups of the last key keep working
d = {i: i * i for i in range(40)}
for i in range(30):
    v = d[i]
    del d[i]
    if i in d:
        print("still there", i)
print(d.get(35), d.get(5), len(d), list(d)[:3])
d[5] = "back"
print(list(d)[-2:], d[5])

# pairs of small ints
grid = {}
for x, y in [(0, 0), (1, 0), (0, 0), (0, 1), (1, 0), (0, 0)]:
    grid[(x, y)] = grid.get((x, y), 0) + 1
print(grid)
print(grid[(0, 0)], grid.pop((0, 0)), (0, 0) in grid, grid.get((0, 0)))
grid[(0, 0)] = 9
print(grid)
grid[("a", 0)] = "str item"
print(grid.get((1, 0)), grid[(0, 0)], grid.get(("a", 0)))

# sets
s = set()
for w in "a b a c".split():
    if w not in s:
        s.add(w)
print(sorted(s))
s.discard("a")
print("a" in s, "b" in s)
s.add("a")
print("a" in s, len(s))

# None and strs as keys, NaN keys by identity
d = {None: 0}
d[None] = d[None] + 1
print(d)
nan = float("nan")
d = {nan: 1}
print(d[nan], d.get(nan))

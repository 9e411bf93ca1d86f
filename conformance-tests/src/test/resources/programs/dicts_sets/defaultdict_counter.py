from collections import defaultdict, Counter, OrderedDict
dd = defaultdict(list)
for w in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    dd[w[0]].append(w)
print(dict(dd), dd["z"], len(dd))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["q"], sorted(c.items()))
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(list(od), od == {"b": 2, "a": 1})

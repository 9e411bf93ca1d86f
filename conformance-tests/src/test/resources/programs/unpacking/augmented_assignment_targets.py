d = {"n": [1]}
d["n"] += [2]
d["n"][0] += 10
print(d)
class O:
    v = 1
o = O()
o.v += 1
print(o.v, O.v)
t = ([1],)
t[0].extend([2])
print(t)

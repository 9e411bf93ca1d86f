from fractions import Fraction
d = {0.5: 'half', 1: 'one'}
print(d[Fraction(1, 2)], Fraction(1, 1) in d)
e = {Fraction(1, 2): 'F'}
print(e.get(0.5), 0.5 in e)
e[0.5] = 'G'
print(e)
s = {1, 2, Fraction(3, 1)}
print(3 in s, 3.0 in s, len(s | {3}))
class K:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return o == self.v
    def __hash__(self): return hash(self.v)
t = {K(7): 'k'}
print(t.get(7), t.get(7.0), 7 in t)
t[7] = 'x'
print(len(t), list(t.values()))
del t[7]
print(len(t))
u = {'a': 1, K('a'): 2}
print(len(u), u['a'])

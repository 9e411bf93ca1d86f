fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make(n):
    def inner():
        return n * 10
    return inner
print([make(k)() for k in range(3)])
hs = []
for j in range(3):
    hs.append(lambda: j)
j = 100
print([h() for h in hs])

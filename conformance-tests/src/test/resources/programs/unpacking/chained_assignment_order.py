class Log(list):
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
a = Log([0, 0, 0])
x = a[0] = a[1] = 5
print(x, a)
p = q = []
p.append(1)
print(q, p is q)

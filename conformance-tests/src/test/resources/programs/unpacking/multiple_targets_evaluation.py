def idx(n):
    print("idx", n)
    return n
a = [0, 0, 0]
a[idx(0)], a[idx(1)] = idx(10), idx(20)
print(a)

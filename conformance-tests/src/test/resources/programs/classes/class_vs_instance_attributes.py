class C:
    shared = []
    value = 1
a, b = C(), C()
a.shared.append("x")
a.value = 2
print(b.shared, b.value, C.value, a.value, vars(a))
C.value = 10
print(b.value, a.value)
del a.value
print(a.value)

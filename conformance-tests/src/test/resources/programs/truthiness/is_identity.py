a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, True is True, tuple() is tuple(), type(1) is int)
t = (1, 2)
print(t is t, int is int, print is print)

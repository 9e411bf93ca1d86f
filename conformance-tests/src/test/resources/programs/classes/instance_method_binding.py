class C:
    def m(self):
        return "m of " + type(self).__name__
c = C()
f = c.m
print(f(), C.m(c), f.__self__ is c, f.__name__)
c.m = lambda: "instance attr"
print(c.m(), C.m(c))

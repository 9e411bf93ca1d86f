# A class's __getattribute__ runs for every attribute read, with __getattr__ after an
# AttributeError; object.__getattribute__ is the generic lookup without that fallback.

class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if not name.startswith("__"):
            print("get", name)
        return object.__getattribute__(self, name)
    def m(self):
        return "m"
l = Logged()
print(l.a)
print(getattr(l, "a", 0), hasattr(l, "zz"), l.m())
for i in range(3):
    print(l.a + i)

class Fallback:
    def __getattribute__(self, name):
        if name == "boom":
            raise AttributeError("boom!")
        if name == "other":
            raise KeyError(name)
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return "fallback " + name
f = Fallback()
f.x = 5
print(f.x, f.boom, f.missing, vars(f))
try:
    f.other
except KeyError as e:
    print("KeyError", e)

class NoFallback:
    def __getattr__(self, name):
        return "ga " + name
n = NoFallback()
try:
    object.__getattribute__(n, "zz")
except AttributeError as e:
    print(e)
print(n.zz)

class Const:
    def __getattribute__(self, name):
        return 42
c = Const()
print(c.anything, c.__class__, getattr(c, "q"))
print(type(c).__name__)

class Later:
    def __init__(self):
        self.v = 1
obj = Later()
print(obj.v)
Later.__getattribute__ = lambda self, name: "patched " + name
print(obj.v)
del Later.__getattribute__
print(obj.v)

class Sub(Logged):
    pass
s = Sub()
print(s.a)

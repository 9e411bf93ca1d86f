class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        print("getattr", name)
        if name.startswith("bad"):
            raise AttributeError(f"no {name}")
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
try:
    p.bad_thing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(p, "bad_x"), getattr(p, "bad_y", "default"))

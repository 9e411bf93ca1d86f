class Strict:
    def __setattr__(self, name, value):
        if not name.startswith("ok_"):
            raise AttributeError(f"cannot set {name}")
        print("set", name)
        object.__setattr__(self, name, value)
s = Strict()
s.ok_a = 1
try:
    s.b = 2
except AttributeError as e:
    print("AttributeError:", e)
print(s.ok_a, vars(s))

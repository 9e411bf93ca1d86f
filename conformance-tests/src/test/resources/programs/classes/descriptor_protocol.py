class Typed:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
class Rec:
    w = Typed()
    h = Typed()
r = Rec()
r.w = 3
print(r.w, r.h, type(Rec.w).__name__)
try:
    r.h = "tall"
except TypeError as e:
    print("TypeError:", e)

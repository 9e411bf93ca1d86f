class O:
    pass
o = O()
setattr(o, "x", 1)
setattr(o, "with space", 2)
print(getattr(o, "x"), getattr(o, "with space"), sorted(vars(o)))
delattr(o, "x")
print(hasattr(o, "x"), o.__dict__)
try:
    delattr(o, "x")
except AttributeError as e:
    print("AttributeError:", e)

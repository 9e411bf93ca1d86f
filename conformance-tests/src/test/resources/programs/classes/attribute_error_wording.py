class Thing:
    slot = 1
t = Thing()
for name in ("missing", "slot"):
    try:
        print(getattr(t, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Thing.nope
except AttributeError as e:
    print("AttributeError:", e)
try:
    (1).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "s".uper()
except AttributeError as e:
    print("AttributeError:", e)
try:
    None.x
except AttributeError as e:
    print("AttributeError:", e)

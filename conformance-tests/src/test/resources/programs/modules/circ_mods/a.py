print("a: start")
early = "a-early"
from circ_mods import b
print("a: b.value =", b.value)
late = "a-late"

def f():
    return "a.f"

print("a: end")

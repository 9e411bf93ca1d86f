print("b: start")
from circ_mods import a
seen_early = a.early
print("b: a.early =", seen_early)
try:
    print(a.late)
except AttributeError as e:
    print("b: AttributeError:", e)
try:
    from circ_mods.a import late
except ImportError as e:
    # CPython ends the message with the module's absolute path: left out of the output.
    print("b: ImportError:", str(e).split(" (/")[0])
try:
    a.f()
except AttributeError as e:
    print("b: AttributeError:", e)
value = "b-value"

def call_a():
    return "b calls " + a.f()

print("b: end")

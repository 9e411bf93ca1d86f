# Circular imports: the module being loaded is seen partially initialised.
print("main start")
from circ_mods import a
print("main:", a.late, a.f(), a.b.call_a())
print("main:", a.b.seen_early, a.b.value)

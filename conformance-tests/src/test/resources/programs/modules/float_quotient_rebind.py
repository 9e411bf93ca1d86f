# A function with a raw-double entry point, rebound from another module: sum() loops in its own
# module must call the new binding (and go back to the fast path when the original returns).
import fq_mods.quotients as m

original = m.q
print(m.total(4), m.count(3))
m.q = lambda i, j: i * 10 + j
print(m.total(4), m.count(3))
m.q = original
print(m.total(4), m.count(3))

"""Module docstring."""
import os
import os.path as osp, sys
from . import sibling
from ..pkg.mod import (a as b, c)
from __future__ import annotations
x = y = 1
x: int = 2
(z): int
obj.attr: str
x += 1; x -= 1; x *= 2; x @= m; x /= 2; x //= 2; x %= 2; x **= 2
x <<= 1; x >>= 1; x &= 1; x |= 1; x ^= 1
a, *rest = b, c = [1, 2, 3]
[p, (q, r)] = s
del x, y[0], z.attr
assert x, "message"
assert y
pass
if a:
    pass
elif b:
    pass
else:
    pass
while x:
    break
else:
    continue
for i in range(10):
    continue
else:
    pass
for k, v in d.items(): pass
with open(f) as g, lock:
    pass
with (open(f) as g, open(h) as i):
    pass
try:
    raise ValueError("x") from None
except (TypeError, ValueError) as e:
    raise
except Exception:
    pass
else:
    pass
finally:
    pass
try:
    pass
except* ValueError as eg:
    pass
except* TypeError:
    pass
def f():
    global gx, gy
    def g():
        nonlocal gz
    return
def h(): return 1, 2

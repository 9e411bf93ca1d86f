import math as m
from math import pi, tau as TAU
from collections import namedtuple
import os.path
print(m.floor(pi), round(TAU, 3), os.path.basename("a/b/c.txt"), os.path.splitext("x.tar.gz"))
Pt = namedtuple("Pt", "x y")
p = Pt(1, y=2)
print(p, p.x + p.y, p._replace(x=5), p._asdict(), tuple(p))

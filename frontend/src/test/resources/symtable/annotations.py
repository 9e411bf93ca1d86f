from typing import List
import collections.abc

x: int = 1
y: List[int]

def f(a: int, *b: str, c: "C" = None, **d: float) -> List[int]:
    e: int = 1
    (g): int = 2
    h.attr: int = 3
    return a

class K:
    field: int
    other: str = "x"

def g():
    from os import path
    import sys as system
    return path, system

"""Annotations are not evaluated under the future import."""
from __future__ import annotations

def f(a: Unknown) -> Other:
    b: Third = 1
    return b

class C:
    x: Fourth

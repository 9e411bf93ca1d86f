from __future__ import annotations
class A:
    x: int
    y: Dict[str, a.b] = 2
    z: None
    t: tuple[int,]
print(A.__annotations__, A.y)

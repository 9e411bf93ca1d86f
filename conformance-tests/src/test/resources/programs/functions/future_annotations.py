# Under from __future__ import annotations every annotation is stored as its source text.
from __future__ import annotations

import typing


class Tree:
    children: list[Tree]

    def add(self, child: Tree, *rest: Tree, key: str | None = None, **kw: int) -> typing.Optional[Tree]:
        return None


def f(x: dict[str, int], y: "quoted", z: ..., w: Undefined) -> None:
    pass


count: int = 0
label: NotDefined
print(__annotations__)
print(Tree.__annotations__)
print(Tree.add.__annotations__)
print(f.__annotations__)


def simple(t: Tree, n: int) -> int:
    pass


print(simple.__annotations__)
print(typing.get_type_hints(simple))

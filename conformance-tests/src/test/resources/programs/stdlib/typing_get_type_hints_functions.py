# typing.get_type_hints of functions and methods, string annotations resolved in the module.
from typing import List, Optional, get_type_hints


class Node:
    value: int
    next: "Optional[Node]"

    def link(self, other: "Node", weight: float = 1.0) -> "Node":
        return other


def f(a: int, b: "Node", c: List[int] = None) -> Optional[str]:
    return None


def g(x: "int") -> None:
    pass


def h():
    pass


print(get_type_hints(f))
print(get_type_hints(g))
print(get_type_hints(h))
print(get_type_hints(Node.link))
print(get_type_hints(Node().link))
print(f.__annotations__["return"])
print(g.__annotations__)


def k(x: "Missing"):
    pass


try:
    get_type_hints(k)
except NameError as e:
    print("NameError:", e)

# A typical annotated script: typed dataclasses, Optional defaults, NewType, overload, final,
# cast, get_type_hints of classes, Annotated, ClassVar fields.
from dataclasses import dataclass, field, fields
from typing import (ClassVar, Dict, List, Optional, Union, Any, Callable, Iterator, NewType,
                    overload, final, cast, no_type_check, get_type_hints, Annotated, Final,
                    TYPE_CHECKING)
import typing

if TYPE_CHECKING:
    from collections.abc import Sequence

UserId = NewType('UserId', int)
Handler = Callable[[str], Optional[int]]


@dataclass
class Item:
    name: str
    price: float
    tags: List[str] = field(default_factory=list)
    count: ClassVar[int] = 0
    parent: Optional['Item'] = None
    meta: Dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Order:
    id: UserId
    items: tuple[Item, ...] = ()
    note: Annotated[str, 'free text'] = ''

    def total(self) -> float:
        return sum(i.price for i in self.items)


def find(items: List[Item], name: str, default: Optional[Item] = None) -> Optional[Item]:
    for it in items:
        if it.name == name:
            return it
    return default


def parse(text: str) -> Union[int, float, None]:
    try:
        return int(text)
    except ValueError:
        try:
            return float(text)
        except ValueError:
            return None


def numbers(n: int) -> Iterator[int]:
    yield from range(n)


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


@final
class Leaf:
    LIMIT: Final = 10


@no_type_check
def loose(x: 'not a type') -> 'nor this':
    return x


i = Item('a', 1.5)
o = Order(UserId(7), (i, Item('b', 2.0, ['x'])))
print(i, [f.name for f in fields(Item)], Item.count, o.total(), o)
print([(f.name, f.type) for f in fields(Order)])
print(find([i], 'a'), find([i], 'b'), parse('3'), parse('2.5'), parse('x'), list(numbers(3)))
print(double(2), double('ab'), Leaf.__final__, Leaf.LIMIT, loose(5), loose.__no_type_check__)
print(UserId, UserId(5), UserId.__supertype__, UserId.__name__, Handler, cast(UserId, 3))
print(Item.__annotations__['parent'], get_type_hints(Item, globalns={'Item': Item}))
print(get_type_hints(Order), get_type_hints(Order, include_extras=True)['note'])
print(get_type_hints(Leaf), get_type_hints(loose), typing.get_type_hints(int))
try:
    @dataclass
    class Bad:
        x: ClassVar[list] = field(default_factory=list)
except TypeError as e:
    print('TypeError:', e)
for bad in (lambda: UserId('x', 1), lambda: NewType('X', int)('a', 'b'),
            lambda: type('Sub', (UserId,), {}), lambda: typing.Any(), lambda: typing.List(),
            lambda: typing.Optional[int, str], lambda: typing.List[int, str], lambda: typing.Union[()],
            lambda: get_type_hints(3)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
try:
    UserId(x=1)
except TypeError as e:
    print('TypeError:', e)

# TypeVar and Generic: parameters, substitution, subscripted classes, and the errors.
from typing import TypeVar, Generic, List, Dict, Optional, Union, Tuple

T = TypeVar('T')
K = TypeVar('K', bound=int)
S = TypeVar('S', str, bytes)
C = TypeVar('C', covariant=True)
D = TypeVar('D', contravariant=True)
print(T, K, S, C, D, T.__name__, K.__bound__, S.__constraints__, C.__covariant__, D.__contravariant__, T.__bound__)
print(List[T], Dict[str, T], List[T][int], Dict[K, T][int, str], list[T][int], dict[str, T].__parameters__)
print(T | None, Optional[T], Union[T, int][str], Tuple[T, ...][int], List[T].__parameters__)


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), Stack[int], Stack.__parameters__, Stack[int].__origin__, s.__orig_class__, Stack.__orig_bases__)
print(Stack.__mro__, Stack().items, Stack[int] == Stack[int], Stack[int] == Stack[str])


class Pair(Generic[K, T]):
    pass


class IntPair(Pair[int, T]):
    pass


print(Pair[int, str], Pair[int, T][bytes], IntPair.__parameters__, IntPair[str], IntPair.__orig_bases__)
for bad in (lambda: Pair[int], lambda: Pair[int, str, float], lambda: Generic[int], lambda: Generic[T, T],
            lambda: Stack[int][str], lambda: TypeVar('X', int), lambda: TypeVar('X', bound=int, covariant=True, contravariant=True),
            lambda: isinstance(1, T), lambda: TypeVar('X', int, str, bound=int)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)
    except ValueError as e:
        print('ValueError:', e)
try:
    class Bad(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad2(Generic):
        pass
except TypeError as e:
    print('TypeError:', e)
try:
    class Bad3(List[T], Generic[K]):
        pass
except TypeError as e:
    print('TypeError:', e)

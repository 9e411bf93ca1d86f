# types.GenericAlias (PEP 585) and types.UnionType (PEP 604) on the built-in classes.
from collections import defaultdict, deque, OrderedDict, Counter
import collections.abc

x = list[int]
print(x, x.__origin__, x.__args__, x.__parameters__)
print(dict[str, list[int]], tuple[()], tuple[int, ...], type[int], set[str], frozenset[bytes])
print(defaultdict[str, int], deque[int], OrderedDict[str, int], Counter[str])
print(collections.abc.Iterable[int], collections.abc.Mapping[str, int], collections.abc.Awaitable[int])
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)), type(list[int]()))
for check in (lambda: isinstance([], list[int]), lambda: issubclass(list, dict[str, int])):
    try:
        check()
    except TypeError as e:
        print('TypeError:', e)
try:
    list[int][str]
except TypeError as e:
    print('TypeError:', e)

def f(x: list[int], y: dict[str, int] | None = None) -> tuple[int, ...]:
    return tuple(x)
print(f([1, 2]))

class L(list[int]):
    pass
print(L.__orig_bases__, L.__bases__, L([3]), L.__mro__)
print(list[int].__name__, list[int].__qualname__, list[int].__module__)

class Node:
    pass
print(list[Node], dict[str, Node], list[f], list[...], list[None], list[[int, str]], list['Node'])

print(int | str, int | None, None | int, (int | str).__args__, int | int, list[int] | None)
print(int | str | float, (int | str) | (float | int), type(int | str), type(list[int]))
print(isinstance(1, int | str), isinstance(1.5, int | str), isinstance(None, int | None), issubclass(bool, int | str))
print(int | str == str | int, int | str == int | float, hash(int | str) == hash(str | int))
try:
    1 | list
except TypeError as e:
    print('TypeError:', e)
try:
    int | 'str'
except TypeError as e:
    print('TypeError:', e)
print(dict[str, int] | list[int], list[int] | list[int])

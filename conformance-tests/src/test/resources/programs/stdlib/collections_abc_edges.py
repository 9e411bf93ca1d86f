# collections.abc: the ABCs' checks on built-in types, __subclasshook__, registration, and the
# mixin methods user classes inherit.
import collections
import collections.abc
from collections import OrderedDict
from collections.abc import (Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container,
                             Callable, Collection, Sequence, MutableSequence, Set, MutableSet,
                             Mapping, MutableMapping, MappingView, KeysView, ItemsView, ValuesView,
                             Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
                             ByteString)

print(collections.abc.Iterable is Iterable, collections.abc.Mapping)
print(Sequence, Sequence.__module__, Sequence.__name__, Sequence.__qualname__)
print(sorted(Sequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__))

abcs = [Hashable, Iterable, Iterator, Reversible, Generator, Sized, Container, Callable, Collection,
        Sequence, MutableSequence, Set, MutableSet, Mapping, MutableMapping, MappingView, KeysView,
        ItemsView, ValuesView, Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator,
        ByteString]


def gen():
    yield 1


async def coro():
    pass


async def agen():
    yield 1


c = coro()
values = [[1], (1,), "s", b"b", range(3), {1: 2}, {1}, frozenset(), {}.keys(), {}.values(),
          {}.items(), iter([]), iter(()), iter(""), iter({}), iter(range(2)),
          iter(set()), zip(), map(str, []), gen(), c, agen(), OrderedDict().keys(), 5, 1.5, None, len, print, object(),
          type, lambda: 0, collections.deque(), collections.OrderedDict(), collections.Counter(),
          collections.defaultdict(list), enumerate([])]
for v in values:
    print(type(v).__name__, "".join("1" if isinstance(v, a) else "." for a in abcs))
c.close()

for t in (list, tuple, str, bytes, dict, set, frozenset, int, float, bool, type(None), object, type,
          range, slice):
    print(t.__name__, "".join("1" if issubclass(t, a) else "." for a in abcs))


# __subclasshook__: one-trick ponies by their methods in the MRO; None blocks.
class OnlyIter:
    def __iter__(self):
        return iter([1, 2])


class NoHash:
    __hash__ = None


class Blocked(OnlyIter):
    __iter__ = None


class Sz:
    def __len__(self):
        return 0


class It:
    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration


class Col:
    def __len__(self):
        return 0

    def __iter__(self):
        return iter(())

    def __contains__(self, x):
        return False


for cls in (OnlyIter, NoHash, Blocked, Sz, It, Col):
    print(cls.__name__, "".join("1" if issubclass(cls, a) else "." for a in abcs))


# A Sequence subclass gets __contains__, __iter__, __reversed__, index, count.
class Seq(Sequence):
    def __init__(self, *items):
        self._items = list(items)

    def __getitem__(self, i):
        return self._items[i]

    def __len__(self):
        return len(self._items)


s = Seq(3, 1, 4, 1, 5)
print(list(s), list(reversed(s)), 4 in s, 9 in s, s.index(1), s.index(1, 2), s.count(1))
for args in ((9,), (1, 4), (5, 0, 3)):
    try:
        s.index(*args)
    except ValueError as e:
        print("ValueError", e)
print(isinstance(s, Sequence), isinstance(s, Reversible), isinstance(s, MutableSequence))


class MSeq(MutableSequence):
    def __init__(self):
        self._items = []

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __delitem__(self, i):
        del self._items[i]

    def __len__(self):
        return len(self._items)

    def insert(self, i, v):
        self._items.insert(i, v)

    def __repr__(self):
        return "MSeq(%r)" % self._items


m = MSeq()
m.append(1)
m.extend([2, 3, 4])
m += [5]
print(m, m.pop(), m.pop(0), m)
m.remove(3)
m.reverse()
print(m)
m.clear()
print(m, len(m))
try:
    m.pop()
except IndexError as e:
    print("IndexError", e)
try:
    m.remove(7)
except ValueError as e:
    print("ValueError", e)


# A Mapping subclass gets get, __contains__, keys, items, values, __eq__.
class Map(Mapping):
    def __init__(self, **kw):
        self._d = dict(kw)

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mp = Map(a=1, b=2)
print(mp.get("a"), mp.get("z"), mp.get("z", 0), "a" in mp, "z" in mp)
print(list(mp.keys()), list(mp.items()), list(mp.values()))
print(mp == {"a": 1, "b": 2}, mp == {"a": 1}, mp == [1], mp != {"b": 2, "a": 1})
print(type(mp.keys()).__name__, isinstance(mp.keys(), KeysView), mp.keys() == {"a", "b"})
print(mp.keys() & {"a", "q"}, mp.keys() | {"q"} == {"a", "b", "q"}, ("a", 1) in mp.items())
print(1 in mp.values(), 7 in mp.values(), len(mp.values()))
print(repr(mp.keys())[:14], repr(mp.items())[:15])
print(Map.__hash__, Map.__reversed__)


class MMap(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k]

    def __setitem__(self, k, v):
        self._d[k] = v

    def __delitem__(self, k):
        del self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


mm = MMap()
mm.update({"x": 1}, y=2)
mm.update([("z", 3)])
print(sorted(mm.items()), mm.setdefault("x", 9), mm.setdefault("w", 9), mm.pop("w"), mm.pop("q", 0))
print(mm.popitem(), len(mm))
try:
    mm.pop("nope")
except KeyError as e:
    print("KeyError", e)
mm.clear()
try:
    mm.popitem()
except KeyError as e:
    print("KeyError", e)


# A Set subclass gets comparisons and the operators, built with _from_iterable.
class S(Set):
    def __init__(self, it=()):
        self._items = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return "S(%r)" % self._items


a, b = S([1, 2, 3]), S([2, 3, 4])
print(a & b, a | b, a - b, a ^ b, a <= b, S([2]) < a, a == S([3, 2, 1]), a.isdisjoint([7]))
print(a & [2], [3] | a if False else None, {1, 2, 3} == a, a._hash() == S([3, 1, 2])._hash())
try:
    a & 5
except TypeError as e:
    print("TypeError", e)


class MS(MutableSet):
    def __init__(self, it=()):
        self._s = set(it)

    def __contains__(self, x):
        return x in self._s

    def __iter__(self):
        return iter(sorted(self._s))

    def __len__(self):
        return len(self._s)

    def add(self, x):
        self._s.add(x)

    def discard(self, x):
        self._s.discard(x)


ms = MS([1, 2, 3])
ms |= {9}
ms -= {1}
ms &= {2, 3, 9, 10}
ms ^= {3, 4}
print(list(ms), ms.pop(), list(ms))
ms.remove(4)
try:
    ms.remove(4)
except KeyError as e:
    print("KeyError", e)


# Abstract classes cannot be instantiated; registration makes virtual subclasses.
for cls in (Sequence, Mapping, Iterable, MMap.__mro__[1]):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)


class Incomplete(Mapping):
    def __getitem__(self, k):
        return k


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)


class Plain:
    pass


print(Sequence.register(Plain) is Plain, issubclass(Plain, Sequence), issubclass(Plain, Collection),
      issubclass(Plain, Iterable), isinstance(Plain(), Reversible), issubclass(Plain, Mapping))


# Iterator and Generator mixins.
class Count(Iterator):
    def __init__(self):
        self.n = 0

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(Count()), iter(Count()).__class__.__name__)


class G(Generator):
    def send(self, value):
        return value

    def throw(self, typ, val=None, tb=None):
        raise typ


g = G()
print(next(g), g.send(5))
try:
    g.close()
except RuntimeError as e:
    print("RuntimeError", e)
print(issubclass(G, Iterator), Generator.__abstractmethods__ == frozenset({"send", "throw"}))

"""collections for transpiled programs: deque, defaultdict, Counter and OrderedDict with
CPython 3.11's behaviour (its C types' messages and reprs for deque and defaultdict, and
collections/__init__.py's Counter and OrderedDict, here built on dict, which keeps order)."""

import sys
import _taipan
from operator import itemgetter as _itemgetter
import heapq as _heapq
from _namedtuple import namedtuple


def _as_index(value):
    # PyNumber_Index, with its TypeError: range() converts its argument the same way.
    return range(value).stop


def _type_name(obj):
    return type(obj).__name__


class _deque_iterator:
    def __init__(self, deque, reverse):
        self._deque = deque
        self._state = deque._state
        self._reverse = reverse
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self._deque
        if d._state != self._state:
            raise RuntimeError('deque mutated during iteration')
        n = len(d._items) - d._head
        if self._index >= n:
            raise StopIteration
        i = self._index
        self._index = i + 1
        if self._reverse:
            return d._items[len(d._items) - 1 - i]
        return d._items[d._head + i]


class deque:
    """A list with a moving head: appends at either end are amortised O(1)."""

    __class_getitem__ = classmethod(type(list[int]))

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError('an integer is required')
            if maxlen < 0:
                raise ValueError('maxlen must be non-negative')
        self._maxlen = maxlen
        self._items = []
        self._head = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _compact(self):
        if self._head > 16 and self._head * 2 > len(self._items):
            del self._items[:self._head]
            self._head = 0

    def __len__(self):
        return len(self._items) - self._head

    def __bool__(self):
        return len(self._items) > self._head

    def append(self, x):
        self._state += 1
        if self._maxlen is None:
            self._items.append(x)
            return
        if self._maxlen == 0:
            return
        self._items.append(x)
        if self._maxlen is not None and len(self) > self._maxlen:
            self._head += 1
            self._compact()

    def appendleft(self, x):
        self._state += 1
        if self._maxlen == 0:
            return
        if self._head == 0:
            grow = max(8, len(self._items))
            self._items[0:0] = [None] * grow
            self._head = grow
        self._head -= 1
        self._items[self._head] = x
        if self._maxlen is not None and len(self) > self._maxlen:
            self._items.pop()

    def pop(self):
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        x = self._items.pop()
        if len(self._items) == self._head:
            self._items = []
            self._head = 0
        return x

    def popleft(self):
        if len(self._items) == self._head:
            raise IndexError('pop from an empty deque')
        self._state += 1
        items = self._items
        head = self._head
        x = items[head]
        items[head] = None
        head += 1
        if len(items) == head:
            self._items = []
            head = 0
        elif head > 16 and head * 2 > len(items):
            del items[:head]
            head = 0
        self._head = head
        return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        self._state += 1
        self._items = []
        self._head = 0

    def copy(self):
        return type(self)(self, self._maxlen) if type(self) is not deque else deque(self, self._maxlen)

    def __copy__(self):
        return self.copy()

    def count(self, value):
        n = 0
        state = self._state
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                n += 1
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return n

    def _normalize(self, index):
        if isinstance(index, bool) or not hasattr(type(index), '__index__'):
            raise TypeError(f"sequence index must be integer, not '{_type_name(index)}'")
        i = _as_index(index)
        n = len(self)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('deque index out of range')
        return self._head + i

    def __getitem__(self, index):
        if isinstance(index, bool):
            index = int(index)
        return self._items[self._normalize(index)]

    def __setitem__(self, index, value):
        if isinstance(index, bool):
            index = int(index)
        self._items[self._normalize(index)] = value

    def __delitem__(self, index):
        if isinstance(index, bool):
            index = int(index)
        i = self._normalize(index)
        self._state += 1
        del self._items[i]
        if len(self._items) == self._head:
            self._items = []
            self._head = 0

    def index(self, value, start=0, stop=sys.maxsize):
        n = len(self)
        start = _as_index(start)
        stop = _as_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
            if stop < 0:
                stop = 0
        if stop > n:
            stop = n
        state = self._state
        for i in range(start, stop):
            item = self._items[self._head + i]
            if item is value or item == value:
                return i
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        raise ValueError(f'{value!r} is not in deque')

    def insert(self, index, value):
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError('deque already at its maximum size')
        n = len(self)
        i = _as_index(index)
        if i >= n:
            self.append(value)
            return
        if i <= -n or i == 0:
            self.appendleft(value)
            return
        if i < 0:
            i += n
        self._state += 1
        self._items.insert(self._head + i, value)

    def remove(self, value):
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                self._state += 1
                del self._items[i]
                if len(self._items) == self._head:
                    self._items = []
                    self._head = 0
                return
        raise ValueError(f'{value!r} is not in deque')

    def reverse(self):
        items = self._items[self._head:]
        items.reverse()
        self._items = items
        self._head = 0

    def rotate(self, n=1):
        n = _as_index(n)
        size = len(self)
        if size <= 1:
            return
        n %= size
        if n:
            items = self._items[self._head:]
            self._items = items[-n:] + items[:-n]
            self._head = 0

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __contains__(self, value):
        state = self._state
        for i in range(self._head, len(self._items)):
            item = self._items[i]
            if item is value or item == value:
                return True
            if state != self._state:
                raise RuntimeError('deque mutated during iteration')
        return False

    def __repr__(self):
        if self in _repr_running:
            return '[...]'
        _repr_running.append(self)
        try:
            body = repr(self._items[self._head:])
        finally:
            _repr_running.remove(self)
        if self._maxlen is None:
            return f'{_type_name(self)}({body})'
        return f'{_type_name(self)}({body}, maxlen={self._maxlen})'

    __hash__ = None

    def _compare(self, other, op, reflected):
        if not isinstance(other, deque):
            method = getattr(type(other), reflected, None)
            if method is not None:
                result = method(other, self)
                if result is not NotImplemented:
                    return result
            if op in ('==', '!='):
                return (self is other) == (op == '==')
            raise TypeError(f"'{op}' not supported between instances of 'collections.deque' and '{_type_name(other)}'")
        a = self._items[self._head:]
        b = other._items[other._head:]
        if op == '==':
            return a == b
        if op == '!=':
            return a != b
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b

    def __eq__(self, other):
        return self._compare(other, '==', '__eq__')

    def __ne__(self, other):
        return self._compare(other, '!=', '__ne__')

    def __lt__(self, other):
        return self._compare(other, '<', '__gt__')

    def __le__(self, other):
        return self._compare(other, '<=', '__ge__')

    def __gt__(self, other):
        return self._compare(other, '>', '__lt__')

    def __ge__(self, other):
        return self._compare(other, '>=', '__le__')

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError(f'can only concatenate deque (not "{_type_name(other)}") to deque')
        result = self.copy()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def _times(self, n):
        if not hasattr(type(n), '__index__'):
            raise TypeError(f"can't multiply sequence by non-int of type '{_type_name(n)}'")
        return _as_index(n)

    def __mul__(self, n):
        n = self._times(n)
        result = self.copy()
        items = self._items[self._head:]
        for _ in range(n - 1):
            result.extend(items)
        if n <= 0:
            result.clear()
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        n = self._times(n)
        items = self._items[self._head:]
        if n <= 0:
            self.clear()
        for _ in range(n - 1):
            self.extend(items)
        return self


_repr_running = []


class defaultdict(dict):
    def __init__(self, default_factory=None, /, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError('first argument must be callable or None')
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = value = self.default_factory()
        return value

    def __repr__(self):
        factory = self.default_factory
        if factory is self:
            factory_repr = '...'
        else:
            factory_repr = repr(factory)
        return f'{_type_name(self)}({factory_repr}, {dict.__repr__(self)})'

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.copy()
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = type(self)(self.default_factory, other)
        new.update(self)
        return new


class _odict_view:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{_type_name(self)}({list(self)!r})'


class odict_keys(_odict_view):
    def __iter__(self):
        return iter(dict.keys(self._mapping))

    def __reversed__(self):
        return reversed(dict.keys(self._mapping))

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return dict.keys(self._mapping) == other

    def __and__(self, other):
        return dict.keys(self._mapping) & other

    def __or__(self, other):
        return dict.keys(self._mapping) | other

    def __sub__(self, other):
        return dict.keys(self._mapping) - other

    def __xor__(self, other):
        return dict.keys(self._mapping) ^ other

    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(other)


class odict_values(_odict_view):
    def __iter__(self):
        return iter(dict.values(self._mapping))

    def __reversed__(self):
        return reversed(dict.values(self._mapping))


class odict_items(_odict_view):
    def __iter__(self):
        return iter(dict.items(self._mapping))

    def __reversed__(self):
        return reversed(dict.items(self._mapping))

    def __contains__(self, item):
        return item in dict.items(self._mapping)

    def __eq__(self, other):
        return dict.items(self._mapping) == other


class OrderedDict(dict):
    def __init__(self, other=(), /, **kwds):
        dict.update(self, other, **kwds)

    def popitem(self, last=True):
        if not self:
            raise KeyError('dictionary is empty')
        key = next(reversed(dict.keys(self))) if last else next(iter(dict.keys(self)))
        value = dict.pop(self, key)
        return key, value

    def move_to_end(self, key, last=True):
        if key not in self:
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            dict.__setitem__(self, key, value)
            for k, v in rest:
                dict.__setitem__(self, k, v)

    def keys(self):
        return odict_keys(self)

    def values(self):
        return odict_values(self)

    def items(self):
        return odict_items(self)

    def __repr__(self):
        if not self:
            return f'{_type_name(self)}()'
        if self in _repr_running:
            return '...'
        _repr_running.append(self)
        try:
            return f'{_type_name(self)}({list(dict.items(self))!r})'
        finally:
            _repr_running.remove(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(dict.keys(self)) == list(dict.keys(other))
        return dict.__eq__(self, other)

    def __ne__(self, other):
        result = self.__eq__(other)
        return result if result is NotImplemented else not result

    __hash__ = None

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = self.__class__(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


def _count_elements(mapping, iterable):
    mapping_get = mapping.get
    for elem in iterable:
        mapping[elem] = mapping_get(elem, 0) + 1


class Counter(dict):
    def __init__(self, iterable=None, /, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        if n is None:
            return sorted(self.items(), key=_itemgetter(1), reverse=True)
        return _heapq.nlargest(n, self.items(), key=_itemgetter(1))

    def elements(self):
        return _chain_repeat(self.items())

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError('Counter.fromkeys() is undefined.  Use Counter(iterable) instead.')

    def update(self, iterable=None, /, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    self_get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + self_get(elem, 0)
                else:
                    dict.update(self, iterable)
            else:
                _count_elements(self, iterable)
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        if iterable is not None:
            self_get = self.get
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self_get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = self_get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    def __repr__(self):
        if not self:
            return f'{self.__class__.__name__}()'
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return f'{self.__class__.__name__}({d!r})'

    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count + other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            newcount = count - other[elem]
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = other_count if count < other_count else count
            if newcount > 0:
                result[elem] = newcount
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            newcount = count if count < other_count else other_count
            if newcount > 0:
                result[elem] = newcount
        return result

    def __pos__(self):
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        nonpositive = [elem for elem, count in self.items() if not count > 0]
        for elem in nonpositive:
            del self[elem]
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            count = self[elem]
            if other_count > count:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


class _chain_repeat:
    """Counter.elements(): an itertools.chain object in CPython."""

    def __init__(self, items):
        self._gen = self._run(items)

    @staticmethod
    def _run(items):
        for elem, count in items:
            for _ in range(_as_index(count)):
                yield elem

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


# CPython binds the submodule on import of the package (its start-up has imported collections.abc),
# and registers these classes, which are C types or subclasses of dict's views there.
from collections import abc
_taipan.set_unhashable_name(deque, 'collections.deque')
abc.MutableSequence.register(deque)
abc.KeysView.register(odict_keys)
abc.ValuesView.register(odict_values)
abc.ItemsView.register(odict_items)

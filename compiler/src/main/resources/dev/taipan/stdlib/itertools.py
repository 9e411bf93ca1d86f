"""itertools for transpiled programs: CPython 3.11's C module, as classes with the same
argument checks, laziness and reprs. Each iterator validates its arguments and calls iter() on
its inputs when it is created, as the C types do, then runs a generator over them."""

import sys


def _index(value, message):
    if value is None:
        return None
    try:
        v = _as_index(value)
    except TypeError:
        raise ValueError(message) from None
    if v < 0 or v > sys.maxsize:
        raise ValueError(message)
    return v


def _as_index(value):
    # PyNumber_Index, with its TypeError: range() converts its argument the same way.
    return range(value).stop


class _Iterator:
    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _is_number(x):
    # PyNumber_Check: int, float, or a type with __index__, __int__ or __float__.
    t = type(x)
    return isinstance(x, (int, float)) or hasattr(t, '__index__') or hasattr(t, '__int__') or hasattr(t, '__float__')


class count(_Iterator):
    def __init__(self, start=0, step=1):
        if not _is_number(start) or not _is_number(step):
            raise TypeError('a number is required')
        self._start = start
        self._step = step
        self._gen = self._run()

    def _run(self):
        while True:
            value = self._start
            self._start = value + self._step
            yield value

    def __repr__(self):
        if type(self._step) is int and self._step == 1:
            return f'{type(self).__name__}({self._start!r})'
        return f'{type(self).__name__}({self._start!r}, {self._step!r})'


class cycle(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        saved = []
        for element in it:
            yield element
            saved.append(element)
        if not saved:
            return
        while True:
            for element in saved:
                yield element


class repeat(_Iterator):
    def __init__(self, object, times=None):
        self._object = object
        if times is None:
            self._times = None
        else:
            times = _as_index(times)
            self._times = times if times > 0 else 0

    def __next__(self):
        if self._times is None:
            return self._object
        if self._times > 0:
            self._times -= 1
            return self._object
        raise StopIteration

    def __repr__(self):
        if self._times is None:
            return f'{type(self).__name__}({self._object!r})'
        return f'{type(self).__name__}({self._object!r}, {self._times})'


class accumulate(_Iterator):
    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = self._run(iter(iterable), func, initial)

    @staticmethod
    def _run(it, func, initial):
        total = initial
        if initial is None:
            for total in it:
                break
            else:
                return
        yield total
        for element in it:
            total = total + element if func is None else func(total, element)
            yield total


class chain(_Iterator):
    def __init__(self, *iterables):
        self._gen = self._run(iter(iterables))

    @staticmethod
    def _run(sources):
        for it in sources:
            yield from iter(it)

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._gen = cls._run(iter(iterable))
        return self


class compress(_Iterator):
    def __init__(self, data, selectors):
        self._gen = self._run(iter(data), iter(selectors))

    @staticmethod
    def _run(data, selectors):
        for d in data:
            for s in selectors:
                break
            else:
                return
            if s:
                yield d


class dropwhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if not predicate(x):
                yield x
                break
        for x in it:
            yield x


class takewhile(_Iterator):
    def __init__(self, predicate, iterable):
        self._gen = self._run(predicate, iter(iterable))

    @staticmethod
    def _run(predicate, it):
        for x in it:
            if predicate(x):
                yield x
            else:
                break


class filterfalse(_Iterator):
    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for x in it:
            if not (bool(x) if function is None else function(x)):
                yield x


_marker = object()


class groupby(_Iterator):
    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def _step(self):
        newvalue = next(self._it)
        newkey = newvalue if self._keyfunc is None else self._keyfunc(newvalue)
        self._currvalue = newvalue
        self._currkey = newkey

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey is self._currkey or self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        grouper = _grouper(self, self._tgtkey)
        self._currgrouper = grouper
        return (self._currkey, grouper)


class _grouper(_Iterator):
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __next__(self):
        gbo = self._parent
        if gbo._currgrouper is not self:
            raise StopIteration
        if gbo._currvalue is _marker:
            gbo._step()
        if not (self._tgtkey is gbo._currkey or self._tgtkey == gbo._currkey):
            raise StopIteration
        r = gbo._currvalue
        gbo._currvalue = _marker
        return r


class islice(_Iterator):
    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError('islice expected at least 2 arguments, got 1')
        if len(args) > 3:
            raise TypeError(f'islice expected at most 4 arguments, got {len(args) + 1}')
        if len(args) == 1:
            start, stop, step = 0, _index(args[0], 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.'), 1
        else:
            message = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.'
            start = _index(args[0], message)
            stop = _index(args[1], message)
            step = 1
            if len(args) == 3 and args[2] is not None:
                try:
                    step = _as_index(args[2])
                except TypeError:
                    step = -1
                if step < 1:
                    raise ValueError('Step for islice() must be a positive integer or None.')
            if start is None:
                start = 0
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __next__(self):
        it = self._it
        stop = self._stop
        if it is None:
            raise StopIteration
        if stop is not None and self._cnt >= stop:
            raise StopIteration
        try:
            while self._cnt < self._next:
                next(it)
                self._cnt += 1
            if stop is not None and self._cnt >= stop:
                raise StopIteration
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        self._next += self._step
        if stop is not None and self._next > stop:
            self._next = stop
        return item


class pairwise(_Iterator):
    def __init__(self, iterable):
        self._gen = self._run(iter(iterable))

    @staticmethod
    def _run(it):
        for a in it:
            break
        else:
            return
        for b in it:
            yield (a, b)
            a = b


class starmap(_Iterator):
    def __init__(self, function, iterable):
        self._gen = self._run(function, iter(iterable))

    @staticmethod
    def _run(function, it):
        for args in it:
            yield function(*args)


class _tee_link:
    def __init__(self):
        self.value = _marker
        self.next = None


class _tee(_Iterator):
    def __init__(self, it, link):
        self._source = it
        self._link = link

    def __next__(self):
        link = self._link
        if link.next is None:
            value = next(self._source)
            link.value = value
            link.next = _tee_link()
        self._link = link.next
        return link.value

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2, /):
    n = _as_index(n)
    if n < 0:
        raise ValueError('n must be >= 0')
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it.__copy__()
    else:
        first = _tee(it, _tee_link())
    result = [first]
    for i in range(1, n):
        result.append(first.__copy__())
    return tuple(result)


class zip_longest(_Iterator):
    def __init__(self, *iterables, fillvalue=None):
        self._gen = self._run([iter(it) for it in iterables], fillvalue)

    @staticmethod
    def _run(iterators, fillvalue):
        num_active = len(iterators)
        if not num_active:
            return
        active = [True] * num_active
        while True:
            values = []
            for i, it in enumerate(iterators):
                if not active[i]:
                    values.append(fillvalue)
                    continue
                for value in it:
                    values.append(value)
                    break
                else:
                    num_active -= 1
                    if not num_active:
                        return
                    active[i] = False
                    values.append(fillvalue)
            yield tuple(values)


class product(_Iterator):
    def __init__(self, *iterables, repeat=1):
        repeat = _as_index(repeat)
        if repeat < 0:
            raise ValueError('repeat argument cannot be negative')
        pools = [tuple(pool) for pool in iterables] * repeat
        self._gen = self._run(pools)

    @staticmethod
    def _run(pools):
        n = len(pools)
        for pool in pools:
            if not pool:
                return
        indices = [0] * n
        yield tuple(pool[0] for pool in pools)
        while True:
            i = n - 1
            while i >= 0:
                indices[i] += 1
                if indices[i] < len(pools[i]):
                    break
                indices[i] = 0
                i -= 1
            if i < 0:
                return
            yield tuple(pools[k][indices[k]] for k in range(n))


def _r_argument(r):
    r = _as_index(r)
    if r < 0:
        raise ValueError('r must be non-negative')
    return r


class permutations(_Iterator):
    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_argument(r)
        self._gen = self._run(pool, r)

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(n))
        cycles = list(range(n, n - r, -1))
        yield tuple(pool[i] for i in indices[:r])
        while n:
            for i in reversed(range(r)):
                cycles[i] -= 1
                if cycles[i] == 0:
                    indices[i:] = indices[i + 1:] + indices[i:i + 1]
                    cycles[i] = n - i
                else:
                    j = cycles[i]
                    indices[i], indices[-j] = indices[-j], indices[i]
                    yield tuple(pool[i] for i in indices[:r])
                    break
            else:
                return


class combinations(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _r_argument(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if r > n:
            return
        indices = list(range(r))
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != i + n - r:
                    break
            else:
                return
            indices[i] += 1
            for j in range(i + 1, r):
                indices[j] = indices[j - 1] + 1
            yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_Iterator):
    def __init__(self, iterable, r):
        pool = tuple(iterable)
        self._gen = self._run(pool, _r_argument(r))

    @staticmethod
    def _run(pool, r):
        n = len(pool)
        if not n and r:
            return
        indices = [0] * r
        yield tuple(pool[i] for i in indices)
        while True:
            for i in reversed(range(r)):
                if indices[i] != n - 1:
                    break
            else:
                return
            indices[i:] = [indices[i] + 1] * (r - i)
            yield tuple(pool[i] for i in indices)

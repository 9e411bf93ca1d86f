# asyncio.events: callback handles and the running loop (CPython 3.11 Lib/asyncio/events.py),
# with heapq's sift algorithm (so priority-queue items leave the heap in CPython's order) over a
# `less` function: the loop's timers are ordered by deadline, then by scheduling order.

def _lt(a, b):
    return a < b


def _timer_before(a, b):
    # The loop's clock only moves while it waits (base_events), so timers scheduled in one
    # iteration with one delay share a deadline: they run in scheduling order, as CPython's,
    # whose clock has moved on by a few nanoseconds between them.
    return a._when < b._when or (a._when == b._when and a._seq < b._seq)


def _siftdown(heap, startpos, pos, less=_lt):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if less(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos, less=_lt):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not less(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos, less)


def _heappush(heap, item, less=_lt):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1, less)


def _heappop(heap, less=_lt):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0, less)
        return returnitem
    return lastelt


class Handle:
    """A callback registered with the loop."""

    def __init__(self, callback, args, loop):
        self._loop = loop
        self._callback = callback
        self._args = args
        self._cancelled = False

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._callback = None
            self._args = None

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback',
                'exception': exc,
            })


_timer_seq = 0


class TimerHandle(Handle):
    """A callback registered with the loop for a deadline."""

    def __init__(self, when, callback, args, loop):
        global _timer_seq
        super().__init__(callback, args, loop)
        self._when = when
        self._scheduled = False
        _timer_seq += 1
        self._seq = _timer_seq

    def __hash__(self):
        return hash(self._when)

    def __lt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, TimerHandle):
            return self._when < other._when or self.__eq__(other)
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, TimerHandle):
            return self._when > other._when or self.__eq__(other)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, TimerHandle):
            return (self._when == other._when and
                    self._callback == other._callback and
                    self._args == other._args and
                    self._cancelled == other._cancelled)
        return NotImplemented

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_handle_cancelled(self)
        super().cancel()

    def when(self):
        return self._when


_running_loop = None


def _get_running_loop():
    return _running_loop


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def get_running_loop():
    """Return the running event loop. Raise a RuntimeError if there is none."""
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


# The default policy's loop of the main thread (a program has no other thread): created on
# first need outside a running loop, unless a loop was ever set, as asyncio.run does.
_event_loop = None
_set_called = False
_loop_factory = None  # asyncio.base_events' loop class (set there: it imports this module)


def _set_event_loop(loop):
    global _event_loop, _set_called
    _set_called = True
    _event_loop = loop


def _get_event_loop():
    global _event_loop
    loop = _running_loop
    if loop is not None:
        return loop
    if _event_loop is None and not _set_called:
        _event_loop = _loop_factory()
    if _event_loop is None:
        raise RuntimeError("There is no current event loop in thread 'MainThread'.")
    return _event_loop

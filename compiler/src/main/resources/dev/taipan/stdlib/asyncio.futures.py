# asyncio.futures: Future (CPython 3.11 Lib/asyncio/futures.py, with the messages of the C
# implementation _asyncio that asyncio uses).

from asyncio.exceptions import CancelledError, InvalidStateError
from asyncio.events import _get_event_loop

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


async def _a_coroutine():
    pass


_probe = _a_coroutine()
_coroutine_type = type(_probe)
_probe.close()
del _probe


def isfuture(obj):
    if type(obj) is _coroutine_type:
        return False  # the common case, answered without a failing attribute lookup
    return (hasattr(type(obj), '_asyncio_future_blocking') and
            obj._asyncio_future_blocking is not None)


def _get_loop(fut):
    return fut.get_loop()


_reprlib_maxstring = 30
_reprlib_maxother = 30


def _short_repr(x):
    # reprlib.repr with its default limits, for the values a future's repr shows
    if isinstance(x, str):
        s = repr(x[:_reprlib_maxstring])
        if len(s) > _reprlib_maxstring:
            i = max(0, (_reprlib_maxstring - 3) // 2)
            j = max(0, _reprlib_maxstring - 3 - i)
            s = repr(x[:i] + x[len(x) - j:])
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    if isinstance(x, bool) or x is None:
        return repr(x)
    if isinstance(x, int):
        s = repr(x)
        if len(s) > 40:
            i = max(0, (40 - 3) // 2)
            j = max(0, 40 - 3 - i)
            s = s[:i] + '...' + s[len(s) - j:]
        return s
    s = repr(x)
    if len(s) > _reprlib_maxother:
        i = max(0, (_reprlib_maxother - 3) // 2)
        j = max(0, _reprlib_maxother - 3 - i)
        s = s[:i] + '...' + s[len(s) - j:]
    return s


class Future:
    """A Future: the result of an asynchronous operation, set once."""
    __module__ = '_asyncio'

    # Messages are those of CPython's C implementation (_asyncio), which asyncio uses.
    _state = _PENDING
    _result = None
    _exception = None
    _loop = None
    _source_traceback = None
    _cancel_message = None
    _cancelled_exc = None
    _asyncio_future_blocking = False
    _log_traceback = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._callbacks = []

    def __repr__(self):
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append(f'exception={self._exception!r}')
            else:
                info.append(f'result={_short_repr(self._result)}')
        if self._callbacks:
            raise NotImplementedError('repr() of a future with callbacks')
        return f'<{type(self).__name__} {" ".join(info)}>'

    def get_loop(self):
        loop = self._loop
        if loop is None:
            raise RuntimeError('Future object is not initialized.')
        return loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            exc = CancelledError()
        else:
            exc = CancelledError(self._cancel_message)
        exc.__context__ = self._cancelled_exc
        self._cancelled_exc = None
        return exc

    def cancel(self, msg=None):
        self._log_traceback = False
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self.__schedule_callbacks()
        return True

    def __schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        self._log_traceback = False
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            exc = self._make_cancelled_error()
            raise exc
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        self._log_traceback = False
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered_callbacks = [f for f in self._callbacks if f != fn]
        removed_count = len(self._callbacks) - len(filtered_callbacks)
        if removed_count:
            self._callbacks[:] = filtered_callbacks
        return removed_count

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self.__schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators '
                            'and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self.__schedule_callbacks()
        self._log_traceback = True
        self._loop._unretrieved.append(self)

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)

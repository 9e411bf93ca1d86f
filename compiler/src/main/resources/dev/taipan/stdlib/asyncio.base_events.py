# asyncio.base_events: the event loop asyncio.run creates (CPython 3.11 BaseEventLoop, as
# _UnixSelectorEventLoop): a FIFO ready queue of handles and a heap of timers; each iteration
# waits for the earliest deadline, moves the due timers to the ready queue and runs the handles
# that were ready when it started. There is no I/O. The wait is real (the program is
# synchronous, and a sleep(t) takes t seconds), but loop.time() only moves by the time waited:
# timers are ordered as on an infinitely fast machine, so the order tasks run in does not
# depend on how fast, or how loaded, the machine is. `_taipan_asyncio` (runtime-js modules/asyncio-internal.js) provides
# the clock, the wait, the default exception handler's log and sys.set_asyncgen_hooks.

from _taipan_asyncio import monotonic as _monotonic, block as _block, report as _report
from _taipan_asyncio import set_asyncgen_hooks as _set_asyncgen_hooks
from asyncio.events import Handle, TimerHandle, _heappush, _heappop, _siftup, _timer_before
from asyncio.events import _get_running_loop, _set_running_loop
from asyncio import events
from asyncio.futures import Future, isfuture
from asyncio.tasks import Task, ensure_future, gather


_MIN_SCHEDULED_TIMER_HANDLES = 100
_MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5
_MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_CLOCK_RESOLUTION = 1e-09
_WAIT_OVERHEAD = 1e-06  # a wait takes at least a little longer than asked, as a system call does


def _run_until_complete_cb(fut):
    if not fut.cancelled():
        exc = fut.exception()
        if isinstance(exc, (SystemExit, KeyboardInterrupt)):
            return
    fut.get_loop().stop()


class _UnixSelectorEventLoop:
    """The loop of asyncio.run: BaseEventLoop's scheduling, with a selector that has no I/O."""
    __module__ = 'asyncio.unix_events'

    def __init__(self):
        self._clock = _monotonic()
        self._timer_cancelled_count = 0
        self._closed = False
        self._stopping = False
        self._ready = []
        self._scheduled = []
        self._running = False
        self._asyncgens = []
        self._asyncgens_shutdown_called = False
        self._unretrieved = []

    def time(self):
        return self._clock

    def get_debug(self):
        return False

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        task = Task(coro, loop=self, name=name, context=context)
        return task

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self.call_at(self.time() + delay, callback, *args, context=context)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        _heappush(self._scheduled, timer, _timer_before)
        timer._scheduled = True
        return timer

    def _timer_handle_cancelled(self, handle):
        if handle._scheduled:
            self._timer_cancelled_count += 1

    def stop(self):
        self._stopping = True

    def call_exception_handler(self, context):
        message = context.get('message')
        if not message:
            message = 'Unhandled exception in event loop'
        _report(message, context.get('exception'))

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        _set_asyncgen_hooks(self._asyncgen_firstiter_hook, self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)
            _set_asyncgen_hooks(None, None)

    def run_until_complete(self, future):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        sched_count = len(self._scheduled)
        if (sched_count > _MIN_SCHEDULED_TIMER_HANDLES and
                self._timer_cancelled_count / sched_count > _MIN_CANCELLED_TIMER_HANDLES_FRACTION):
            new_scheduled = []
            for handle in self._scheduled:
                if handle._cancelled:
                    handle._scheduled = False
                else:
                    new_scheduled.append(handle)
            # heapq.heapify
            n = len(new_scheduled)
            for i in reversed(range(n // 2)):
                _siftup(new_scheduled, i, _timer_before)
            self._scheduled = new_scheduled
            self._timer_cancelled_count = 0
        else:
            while self._scheduled and self._scheduled[0]._cancelled:
                self._timer_cancelled_count -= 1
                handle = _heappop(self._scheduled, _timer_before)
                handle._scheduled = False

        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            when = self._scheduled[0]._when
            timeout = min(max(0, when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
        if timeout is None:
            # Nothing can ever wake a selector without I/O: CPython waits forever, and so does this.
            _block(None)
        if timeout > 0:
            # epoll_wait's resolution: the selector waits whole milliseconds, rounded up.
            timeout = -(-timeout * 1e3 // 1) * 1e-3
            _block(timeout)
            self._clock += timeout + _WAIT_OVERHEAD

        end_time = self.time() + _CLOCK_RESOLUTION
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            handle = _heappop(self._scheduled, _timer_before)
            handle._scheduled = False
            self._ready.append(handle)

        todo = self._ready
        self._ready = []
        i = 0
        n = len(todo)
        while i < n:
            handle = todo[i]
            i += 1
            if handle._cancelled:
                continue
            try:
                handle._run()
            except BaseException:
                # SystemExit / KeyboardInterrupt: the handles not run yet stay ready.
                self._ready = todo[i:] + self._ready
                raise

    def _asyncgen_firstiter_hook(self, agen):
        self._asyncgens.append(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if agen in self._asyncgens:
            self._asyncgens.remove(agen)
        if not self._closed:
            self.call_soon(self.create_task, agen.aclose())

    async def shutdown_asyncgens(self):
        self._asyncgens_shutdown_called = True
        if not len(self._asyncgens):
            return
        closing_agens = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[ag.aclose() for ag in closing_agens], return_exceptions=True)
        for result, agen in zip(results, closing_agens):
            if isinstance(result, Exception):
                self.call_exception_handler({
                    'message': f'an error occurred during closing of asynchronous generator {agen!r}',
                    'exception': result,
                })

    async def shutdown_default_executor(self):
        return None

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        self._timer_cancelled_count = 0


events._loop_factory = _UnixSelectorEventLoop

# The `asyncio` package of the Taipan runtime: CPython 3.11's event loop, futures, tasks and
# synchronisation primitives, ported from CPython's pure-Python implementation (Lib/asyncio) so
# that tasks run, and print, in exactly CPython's order: a FIFO ready queue of callbacks, tasks
# stepped one `send` at a time, futures scheduling their done-callbacks with call_soon, timers in
# CPython's heap. Its submodules are internal (asyncio.names declares what programs may use);
# docs/coroutines.md says what is provided and what is not.

from asyncio.exceptions import CancelledError, InvalidStateError, TimeoutError
from asyncio.events import get_running_loop
from asyncio.futures import Future, isfuture
from asyncio.tasks import Task, iscoroutine, create_task, ensure_future, current_task, all_tasks
from asyncio.tasks import sleep, gather, wait_for
from asyncio.locks import Lock, Event, Semaphore, BoundedSemaphore
from asyncio.queues import Queue, LifoQueue, PriorityQueue, QueueEmpty, QueueFull
from asyncio.runners import run

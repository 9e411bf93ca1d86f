# asyncio.runners: asyncio.run (CPython 3.11 Lib/asyncio/runners.py).

from asyncio.events import _get_running_loop, _set_event_loop
from asyncio.tasks import iscoroutine, gather, _tasks_in_creation_order
from asyncio.base_events import _UnixSelectorEventLoop


def _cancel_all_tasks(loop):
    to_cancel = _tasks_in_creation_order(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
            })


def _report_unretrieved(loop):
    # CPython logs these when the future is garbage collected; without reference counting the
    # runtime reports them once the loop is closed.
    for fut in loop._unretrieved:
        if fut._log_traceback:
            fut._log_traceback = False
            loop.call_exception_handler({
                'message': f'{type(fut).__name__} exception was never retrieved',
                'exception': fut._exception,
            })
    loop._unretrieved.clear()


def run(main, *, debug=None):
    """Execute the coroutine and return the result."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError(f'a coroutine was expected, got {main!r}')
    loop = _UnixSelectorEventLoop()
    _set_event_loop(loop)
    try:
        task = loop.create_task(main)
        return loop.run_until_complete(task)
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            _set_event_loop(None)
            loop.close()
            _report_unretrieved(loop)

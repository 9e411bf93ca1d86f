# asyncio.exceptions: the exceptions asyncio raises (CPython 3.11 Lib/asyncio/exceptions.py).
# TimeoutError is the built-in one.

from _taipan_asyncio import TimeoutError


class CancelledError(BaseException):
    """The Future or Task was cancelled."""


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""


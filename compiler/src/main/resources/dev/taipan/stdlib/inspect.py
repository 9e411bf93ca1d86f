"""The part of CPython 3.11's inspect that programs use to classify objects and to ask a generator
or coroutine where it stands; the rest (signatures, source, frames) needs what a transpiled
program does not keep, and programs naming it are routed."""

import sys as _sys
from _taipan import frame_state as _frame_state

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'

def _function():
    pass


def _generator():
    yield


async def _coroutine():
    pass


async def _async_generator():
    yield


class _Method:
    def method(self):
        pass


_FunctionType = type(_function)
_MethodType = type(_Method().method)
_BuiltinFunctionType = type(len)
_ModuleType = type(_sys)
_GeneratorType = type(_generator())
_AsyncGeneratorType = type(_async_generator())
_probe = _coroutine()
_CoroutineType = type(_probe)
_probe.close()
del _probe


def ismodule(object):
    return isinstance(object, _ModuleType)


def isclass(object):
    return isinstance(object, type)


def ismethod(object):
    # The runtime binds methods of built-in types ([].append) as method objects over a built-in
    # function, where CPython has a builtin_function_or_method.
    return isinstance(object, _MethodType) and not isinstance(object.__func__, _BuiltinFunctionType)


def isfunction(object):
    return isinstance(object, _FunctionType)


def isbuiltin(object):
    if isinstance(object, _MethodType):
        return isinstance(object.__func__, _BuiltinFunctionType)
    return isinstance(object, _BuiltinFunctionType)


def isgenerator(object):
    return isinstance(object, _GeneratorType)


def iscoroutine(object):
    return isinstance(object, _CoroutineType)


def isasyncgen(object):
    return isinstance(object, _AsyncGeneratorType)


_GEN_STATES = (GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GEN_CLOSED)
_CORO_STATES = (CORO_CREATED, CORO_RUNNING, CORO_SUSPENDED, CORO_CLOSED)


def getgeneratorstate(generator):
    if isinstance(generator, _GeneratorType):
        return _GEN_STATES[_frame_state(generator)]
    # Any other object is asked as CPython asks it (AttributeError for most).
    if generator.gi_running:
        return GEN_RUNNING
    if generator.gi_suspended:
        return GEN_SUSPENDED
    if getattr(generator, 'gi_frame') is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if isinstance(coroutine, _CoroutineType):
        return _CORO_STATES[_frame_state(coroutine)]
    if coroutine.cr_running:
        return CORO_RUNNING
    if coroutine.cr_suspended:
        return CORO_SUSPENDED
    if getattr(coroutine, 'cr_frame') is None:
        return CORO_CLOSED
    return CORO_CREATED
